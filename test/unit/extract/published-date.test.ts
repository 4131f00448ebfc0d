import { describe, expect, it } from 'vitest';
import { parsePublishedDate } from '../../../scripts/extract/published-date.ts';

describe('publication dates in front matter', () => {
  const rows: { name: string; value: unknown; raw?: string; iso: string | null; day?: string }[] = [
    { name: 'RFC 1123 GMT', value: 'Tue, 05 Apr 2022 09:59:09 GMT', iso: '2022-04-05T09:59:09Z', day: '2022-04-05' },
    { name: 'RFC 2822 with offset', value: 'Tue, 05 Apr 2022 01:30:00 +0800', iso: '2022-04-04T17:30:00Z', day: '2022-04-05' },
    { name: 'ISO with Z', value: '2022-04-05T09:59:09Z', iso: '2022-04-05T09:59:09Z', day: '2022-04-05' },
    // The publisher's day is the reference: 00:30 in Beijing is still the previous day in UTC.
    { name: 'ISO +08:00 just after midnight', value: '2022-04-05T00:30:00+08:00', iso: '2022-04-04T16:30:00Z', day: '2022-04-05' },
    { name: 'ISO -05:00 late evening', value: '2022-04-05T22:00:00-05:00', iso: '2022-04-06T03:00:00Z', day: '2022-04-05' },
    { name: 'ISO without offset', value: '2022-04-05T09:59:09', iso: '2022-04-05T09:59:09Z', day: '2022-04-05' },
    { name: 'space-separated', value: '2022-04-05 09:59:09', iso: '2022-04-05T09:59:09Z', day: '2022-04-05' },
    { name: 'fractional seconds', value: '2022-04-05T09:59:09.123Z', iso: '2022-04-05T09:59:09Z', day: '2022-04-05' },
    { name: 'bare day', value: '2022-04-05', iso: '2022-04-05T00:00:00Z', day: '2022-04-05' },
    { name: 'Chinese form', value: '2022年4月5日 09:59', iso: '2022-04-05T09:59:00Z', day: '2022-04-05' },
    { name: 'slashed', value: '2022/4/5 09:59', iso: '2022-04-05T09:59:00Z', day: '2022-04-05' },
    { name: 'YAML Date object', value: new Date(Date.UTC(2022, 3, 5)), iso: '2022-04-05T00:00:00Z', day: '2022-04-05' },
    {
      name: 'YAML Date with the raw offset kept',
      value: new Date('2022-04-04T16:30:00Z'),
      raw: '2022-04-05T00:30:00+08:00',
      iso: '2022-04-04T16:30:00Z',
      day: '2022-04-05',
    },
    { name: 'impossible day', value: '2022-02-30', iso: null },
    { name: 'impossible hour', value: '2022-02-03T25:00:00Z', iso: null },
    { name: 'year out of range', value: '0022-04-05', iso: null },
    { name: 'words', value: 'yesterday', iso: null },
    { name: 'number', value: 20220405, iso: null },
    { name: 'invalid Date object', value: new Date('nope'), iso: null },
  ];
  it.each(rows)('$name', ({ value, raw, iso, day }) => {
    const parsed = parsePublishedDate(value, raw);
    if (iso === null) expect(parsed).toBeNull();
    else expect(parsed).toEqual({ iso, referenceDay: day });
  });
});
