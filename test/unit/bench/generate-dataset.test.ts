// The generated benchmark dataset: contract-valid, the same for a seed, offsets pointing at their
// words, the counts asked for, and the spans each precision promises.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/bench/generate-dataset.ts';
import { datasetSchema, describeIssues, type Dataset } from '../../../src/lib/schema.ts';

const small = generateDataset({ events: 5_000, seed: 7 });

const daysBetween = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe('generateDataset', () => {
  it('is valid against the dataset schema', () => {
    const r = datasetSchema.safeParse(small);
    expect(r.success ? 'ok' : describeIssues(r.error)).toBe('ok');
  });

  it.each([
    { name: 'zero events', events: 0, articles: undefined, expectArticles: 0 },
    { name: 'one event', events: 1, articles: undefined, expectArticles: 1 },
    { name: 'ten per article by default', events: 2_000, articles: undefined, expectArticles: 200 },
    { name: 'articles as asked', events: 1_000, articles: 37, expectArticles: 37 },
    { name: 'never more articles than events', events: 5, articles: 50, expectArticles: 5 },
  ])('counts: $name', ({ events, articles, expectArticles }) => {
    const d = generateDataset(articles === undefined ? { events, seed: 3 } : { events, seed: 3, articles });
    expect(d.events).toHaveLength(events);
    expect(d.articles).toHaveLength(expectArticles);
    expect(datasetSchema.safeParse(d).success).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ events: 1_000, seed: 42 }));
    const b = JSON.stringify(generateDataset({ events: 1_000, seed: 42 }));
    const c = JSON.stringify(generateDataset({ events: 1_000, seed: 43 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('has offsets that point at their words', () => {
    for (const e of small.events) {
      for (const t of e.times) expect(e.text.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
      for (const m of e.mentions) expect(e.text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
      expect(e.places).toEqual([...new Set(e.mentions.map((m) => m.place))]);
    }
  });

  it('has unique ids and only the places its events name', () => {
    const ids = (xs: { id: string }[]): number => new Set(xs.map((x) => x.id)).size;
    expect(ids(small.events)).toBe(small.events.length);
    expect(ids(small.articles)).toBe(small.articles.length);
    const named = new Set(small.events.flatMap((e) => e.places));
    expect(new Set(small.places.map((p) => p.id))).toEqual(named);
  });

  it('takes each event’s interval from its time word, or the publication day when undated', () => {
    const published = new Map(small.articles.map((a) => [a.id, a.published.slice(0, 10)]));
    for (const e of small.events) {
      const t = e.times[0];
      if (t) expect([e.start, e.end, e.precision]).toEqual([t.start, t.end, t.precision]);
      else expect([e.start, e.end, e.precision]).toEqual([published.get(e.article), published.get(e.article), 'reported']);
    }
  });

  // Spans each precision must have (inclusive day counts).
  const spans: Array<{ precision: string; ok: (start: string, end: string) => boolean }> = [
    { precision: 'day', ok: (s, e) => s === e },
    { precision: 'week', ok: (s, e) => [1, 6].includes(daysBetween(s, e)) },
    { precision: 'month', ok: (s, e) => s.endsWith('-01') && s.slice(0, 7) === e.slice(0, 7) && daysBetween(s, e) >= 27 },
    { precision: 'season', ok: (s, e) => s.endsWith('-01') && daysBetween(s, e) >= 88 && daysBetween(s, e) <= 91 },
    { precision: 'year', ok: (s, e) => s.endsWith('-01-01') && e === `${s.slice(0, 4)}-12-31` },
    { precision: 'decade', ok: (s, e) => /0-01-01$/.test(s) && e === `${Number(s.slice(0, 4)) + 9}-12-31` },
  ];
  it.each(spans)('gives $precision events the span of a $precision', ({ precision, ok }) => {
    const of = small.events.filter((e) => e.precision === precision);
    expect(of.length).toBeGreaterThan(0);
    for (const e of of) expect(ok(e.start, e.end), `${e.start}..${e.end} ${e.times[0]?.text}`).toBe(true);
  });

  it('is realistic: mostly days, several years, bursts, a long tail of places', () => {
    const d: Dataset = generateDataset({ events: 20_000, seed: 1 });
    const share = (p: string): number => d.events.filter((e) => e.precision === p).length / d.events.length;
    expect(share('day')).toBeGreaterThan(0.4);
    expect(share('reported')).toBeGreaterThan(0.1);
    const years = new Set(d.events.map((e) => e.start.slice(0, 4)));
    for (let y = 2014; y <= 2024; y++) expect(years.has(String(y)), String(y)).toBe(true);
    // Bursts: the busiest month holds far more than an even share.
    const months = new Map<string, number>();
    for (const e of d.events) months.set(e.start.slice(0, 7), (months.get(e.start.slice(0, 7)) ?? 0) + 1);
    expect(Math.max(...months.values())).toBeGreaterThan((5 * d.events.length) / months.size);
    // Zipf-like: the top place is named in many events, most places in few.
    const counts = new Map<string, number>();
    for (const e of d.events) for (const p of e.places) counts.set(p, (counts.get(p) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(d.places.length).toBeGreaterThan(1_000);
    expect(sorted[0]!).toBeGreaterThan(50 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('generates 100 000 events in a few seconds', () => {
    const t0 = performance.now();
    const d = generateDataset({ events: 100_000, seed: 1 });
    expect(d.events).toHaveLength(100_000);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
});
