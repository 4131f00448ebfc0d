import { describe, expect, it } from 'vitest';
import { formatWhen } from '../../../src/components/list/format-when.ts';

describe('formatWhen', () => {
  const rows = [
    { p: 'day', s: '2022-04-04', e: '2022-04-04', zh: '2022年4月4日', en: '4 Apr 2022' },
    { p: 'day', s: '2022-04-04', e: '2022-04-06', zh: '2022年4月4日 – 2022年4月6日', en: '4 Apr 2022 – 6 Apr 2022' },
    { p: 'reported', s: '2022-04-05', e: '2022-04-05', zh: '2022年4月5日', en: '5 Apr 2022' },
    { p: 'week', s: '2022-03-14', e: '2022-03-20', zh: '2022年3月14日起的一周', en: 'week of 14 Mar 2022' },
    { p: 'month', s: '2022-01-01', e: '2022-01-31', zh: '2022年1月', en: 'Jan 2022' },
    { p: 'month', s: '2022-02-01', e: '2022-03-31', zh: '2022年2月–3月', en: 'Feb – Mar 2022' },
    { p: 'month', s: '2021-12-01', e: '2022-01-31', zh: '2021年12月–2022年1月', en: 'Dec 2021 – Jan 2022' },
    { p: 'month', s: '2022-02-10', e: '2022-02-20', zh: '2022年2月10日 – 2022年2月20日', en: '10 Feb 2022 – 20 Feb 2022' },
    { p: 'season', s: '2022-03-01', e: '2022-05-31', zh: '2022年春季', en: 'spring 2022' },
    { p: 'season', s: '2021-12-01', e: '2022-02-28', zh: '2021年冬季', en: 'winter 2021–22' },
    { p: 'season', s: '2022-04-01', e: '2022-06-30', zh: '2022年4月–6月', en: 'Apr – Jun 2022' },
    { p: 'year', s: '2014-01-01', e: '2014-12-31', zh: '2014年', en: '2014' },
    { p: 'year', s: '2021-01-01', e: '2022-12-31', zh: '2021–2022年', en: '2021–2022' },
    { p: 'decade', s: '2010-01-01', e: '2019-12-31', zh: '2010年代', en: '2010s' },
    { p: 'decade', s: '2012-01-01', e: '2019-12-31', zh: '2012–2019年', en: '2012–2019' },
  ] as const;
  it.each(rows)('$p $s..$e', ({ p, s, e, zh, en }) => {
    expect(formatWhen('zh', s, e, p)).toBe(zh);
    expect(formatWhen('en', s, e, p)).toBe(en);
  });
});
