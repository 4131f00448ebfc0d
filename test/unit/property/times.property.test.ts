// Properties of the time resolver (scripts/extract/times), for any text and any publication day:
// it never throws, every result is a real, ordered day interval of sane years, every result points at
// its words in the sentence, results come in order without overlapping, and the work grows linearly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimes, newTimeContext, type TimeContext } from '../../../scripts/extract/times/index.ts';
import { anyText, dateText, expectDay, expectInterval, expectSpans, referenceDay } from './arbitraries.ts';
import { GROWTH_LIMIT, GROWTH_LIMIT_WITH_GC, describeGrowth, repeatTo, settledGrowth } from './timing.ts';

// PROPERTY_RUNS=50000 for a long hunt.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500);

function check(sentence: string, ctx: TimeContext): void {
  const found = extractTimes(sentence, ctx);
  expectSpans(sentence, found);
  for (const t of found) expectInterval(t, `"${t.text}" in ${JSON.stringify(sentence)}, published ${ctx.reference}`);
  if (ctx.last) expectInterval(ctx.last, `context.last after ${JSON.stringify(sentence)}`);
  if (ctx.dateline) expectDay(ctx.dateline, `context.dateline after ${JSON.stringify(sentence)}`);
}

describe('extractTimes on any input', { timeout: 120_000 }, () => {
  it('never throws on any string, and gives valid intervals', () => {
    fc.assert(
      fc.property(anyText, referenceDay, (text, day) => check(text, newTimeContext(day))),
      { numRuns: RUNS },
    );
  });

  it('never throws on text made of date words, and gives valid intervals pointing at their words', () => {
    fc.assert(
      fc.property(dateText(['基辅', '乌克兰', '北京']), referenceDay, (text, day) => check(text, newTimeContext(day))),
      { numRuns: RUNS * 2 },
    );
  });

  it('keeps a valid context through the sentences of an article (同日, 次日, datelines)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(dateText(), anyText), { minLength: 1, maxLength: 8 }), referenceDay, (sentences, day) => {
        const ctx = newTimeContext(day);
        for (const s of sentences) check(s, ctx);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  // The `since: 'span'` option (not used by the prebuild) is left out of the random properties
  // until this is fixed in times/: found by fast-check (1 run in ~50 000), reported to the lead.
  // `X以来` becomes one span and `来年初` another, overlapping on 来. When it is fixed, this test
  // fails: drop `.fails` and add 'span' to the property above.
  it.fails("since: 'span' — X以来 followed by 年初/年底 gives overlapping spans", () => {
    for (const s of ['除夕以来年初', '3月以来年底', '去年以来年初']) check(s, newTimeContext('2022-04-05', { since: 'span' }));
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(dateText(), referenceDay, (text, day) => {
        expect(extractTimes(text, newTimeContext(day))).toEqual(extractTimes(text, newTimeContext(day)));
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it('refuses a malformed publication day up front, accepts every real one', () => {
    for (const bad of ['', '2022-02-30', '2022-4-5', 'yesterday', '2022-04-05T00:00:00Z'])
      expect(() => newTimeContext(bad), bad).toThrow();
    fc.assert(fc.property(referenceDay, (day) => void newTimeContext(day)));
  });

  it('resolves the edges of its range: 1900-01-01 and 2100-12-31 with relative words', () => {
    for (const day of ['1900-01-01', '2100-12-31']) {
      const ctx = newTimeContext(day);
      for (const s of ['去年', '明年', '上个月', '下个月', '昨天', '明天', '上周五', '下周一', '本世纪', '上世纪80年代', '明年2月至3月'])
        check(s, ctx);
    }
  });
});

describe('extractTimes grows linearly with its input', { timeout: 120_000 }, () => {
  const ctx = () => newTimeContext('2022-04-05');
  const units = ['日', '1', '１', '2022年', '乌克兰', '年', '月', '号', '周', '星期', '，', '后', '前', '至', '～', '12月', '3日', '上周', '去年', '今年', '5日至', '2022年3月', '2022年3月5日至4月', '上周五', '80年代', '中旬', '冬季', '世纪', '-', ' '];
  it.each(units)('on %j repeated', async (unit) => {
    const g = await settledGrowth((n) => repeatTo(unit, n), (s) => extractTimes(s, ctx()));
    expect(g.ratio, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT);
    expect(g.ratioWithGc, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT_WITH_GC);
  });

  it('on random date text repeated', async () => {
    const samples = fc.sample(dateText(['基辅']).filter((s) => s.length >= 10), { numRuns: 6, seed: 7 });
    for (const sample of samples) {
      const g = await settledGrowth((n) => repeatTo(sample, n), (s) => extractTimes(s, ctx()));
      expect(g.ratio, `${JSON.stringify(sample)}: ${describeGrowth(g)}`).toBeLessThan(GROWTH_LIMIT);
      expect(g.ratioWithGc, `${JSON.stringify(sample)}: ${describeGrowth(g)}`).toBeLessThan(GROWTH_LIMIT_WITH_GC);
    }
  });
});
