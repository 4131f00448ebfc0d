// Shared fast-check arbitraries and invariants for the time resolver and the place matcher.
import fc from 'fast-check';
import { expect } from 'vitest';
import { PRECISIONS } from '../../../src/lib/schema.ts';

/** Any day from 1900 to 2100, as the publication day of an article. */
export const referenceDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any string: every code point, lone surrogates and controls included. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** What Chinese dates are made of: digits of both widths, date words, ranges, separators, punctuation. */
export const DATE_TOKENS = [
  ...'0123456789０１２３４５６７８９',
  ...'年月日号周星期今昨明去上下本前后至到～—、，。',
  ...'一二三四五六七八九十百千零〇两廿卅初中旬底末季春夏秋冬早晚时点分半天第次当同翌此这那近间起自从以来迄',
  '星期', '周末', '礼拜', '上旬', '中旬', '下旬', '月初', '月底', '年底', '年初', '季度', '世纪', '年代', '早些时候', '晚些时候',
  '凌晨', '上午', '下午', '晚上', '当天', '同日', '次日', '翌日', '当年', '同年', '此前', '过去', '以来', '至今', '期间', '前夕',
  '农历', '正月', '腊月', '除夕', '春节', '国庆', '元旦', '圣诞', '新华社', '电', '公元', '公元前',
  '2022', '2021', '1999', '1900', '2100', '9999', '0000', '12', '31', '29', '30', '2月', '30日', '29日', '31日', '13月', '0月', '0日',
  '-', '/', '.', ':', ' ', '(', '（', ')', '）', '"', '“', '”', '《', '》', '\n', '\t',
] as const;

/** CJK-heavy text built from date tokens, with the occasional place name. */
export function dateText(places: readonly string[] = []): fc.Arbitrary<string> {
  const token = places.length ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...DATE_TOKENS) }, { weight: 1, arbitrary: fc.constantFrom(...places) }) : fc.constantFrom(...DATE_TOKENS);
  return fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));
}

/** Words around place names: affixes that make demonyms, organisations, titles, and separators. */
export const PLACE_AFFIXES = [
  ...'人市州省县镇村区军方北南东西中部新大小的和与及、，。（）《》“”',
  '地区', '表示', '总统', '政府', '报', '邮报', '电视台', '大学', '人民', '共和国', '联邦', '方面', '以北', '附近', '一带',
  ' ', '\n', '1', '4日', '2022年',
] as const;

export function placeText(surfaces: readonly string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...surfaces) },
    { weight: 2, arbitrary: fc.constantFrom(...PLACE_AFFIXES) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  );
  return fc.array(token, { maxLength: 30 }).map((parts) => parts.join(''));
}

/** Spans that point into `sentence`, in order, none overlapping the one before. */
export function expectSpans(sentence: string, spans: readonly { text: string; offset: number }[]): void {
  let end = 0;
  for (const s of spans) {
    expect(s.text.length, `empty span in ${JSON.stringify(sentence)}`).toBeGreaterThan(0);
    expect(Number.isInteger(s.offset) && s.offset >= 0, `offset ${s.offset}`).toBe(true);
    expect(sentence.startsWith(s.text, s.offset), `"${s.text}" at ${s.offset} of ${JSON.stringify(sentence)}`).toBe(true);
    expect(s.offset, `overlap or disorder at "${s.text}"@${s.offset} in ${JSON.stringify(sentence)}`).toBeGreaterThanOrEqual(end);
    end = s.offset + s.text.length;
  }
}

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2200;

/** A real calendar day, YYYY-MM-DD, with a year within MIN_YEAR..MAX_YEAR. */
export function expectDay(day: string, context: string): void {
  expect(day, context).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y);
  expect(date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d, `${day} is not a calendar day (${context})`).toBe(true);
  expect(y, `${day}: year out of bounds (${context})`).toBeGreaterThanOrEqual(MIN_YEAR);
  expect(y, `${day}: year out of bounds (${context})`).toBeLessThanOrEqual(MAX_YEAR);
}

export function expectInterval(t: { start: string; end: string; precision: string }, context: string): void {
  expectDay(t.start, context);
  expectDay(t.end, context);
  expect(t.start <= t.end, `${t.start} after ${t.end} (${context})`).toBe(true);
  expect(PRECISIONS as readonly string[]).toContain(t.precision);
}
