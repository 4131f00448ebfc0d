import { describe, expect, it } from 'vitest';
import { labelWidth, layoutTimeline, type Layout, type LayoutOptions } from '../../../src/components/timeline/layout.ts';
import { makeSeries, type Series } from '../../../src/components/timeline/series.ts';
import { events, linear, ms, type Spec } from './helpers.ts';
import type { Precision } from '../../../src/lib/schema.ts';

const OPTS: LayoutOptions = { left: 0, right: 1000, lanes: 4, radius: 4, minBar: 8, gap: 2, column: 6, anchor: 0, digit: 6, chunk: 12, strip: 0 };

function lay(specs: Spec[], from: string, to: string, opts: Partial<LayoutOptions> = {}): { s: Series; l: Layout } {
  const s = makeSeries(events(specs));
  const o = { ...OPTS, ...opts };
  const x = linear(from, to, o.left, o.right);
  return { s, l: layoutTimeline(s, x, { ...o, anchor: ms('2000-01-01') * x.k + x.b }) };
}

/** Events a layout accounts for: one per opened dot, a group's count per group mark, plus the aggregated. */
function accounted(s: Series, l: Layout): number {
  let n = l.aggregated;
  for (let m = 0; m < l.count; m++) n += l.member[m]! >= 0 ? 1 : s.count[l.group[m]!]!;
  return n;
}

function expectDisjointLanes(l: Layout, gap: number) {
  for (const lane of l.laneMarks)
    for (let i = 1; i < lane.length; i++) expect(l.x0[lane[i]!]!).toBeGreaterThanOrEqual(l.end[lane[i - 1]!]! + gap - 1e-3);
}

const day = (id: string, d: string, p: Precision = 'day'): Spec => [id, d, d, p];

describe('layout: lanes', () => {
  it.each([
    { name: 'days apart share lane 0', specs: [day('a', '2022-03-01'), day('b', '2022-03-10'), day('c', '2022-03-20')], lanes: [0, 0, 0] },
    { name: 'neighbouring days stack', specs: [day('a', '2022-03-01'), day('b', '2022-03-02'), day('c', '2022-03-05')], lanes: [0, 1, 0] },
    {
      name: 'a month bar and the days in it',
      specs: [['m', '2022-03-01', '2022-03-31', 'month'] as Spec, day('a', '2022-03-05'), day('b', '2022-03-25')],
      lanes: [0, 1, 1],
    },
  ])('$name', ({ specs, lanes }) => {
    // About 3 px per day: a dot (8 px + gap) spans about three days.
    const { s, l } = lay(specs, '2022-01-01', '2022-12-31', { right: 1095 });
    expect(l.count).toBe(specs.length);
    const byEvent = Array.from({ length: l.count }, (_, m) => [s.events[s.members[s.start[l.group[m]!]!]!]!.event.id, l.lane[m]]);
    expect(Object.fromEntries(byEvent)).toEqual(Object.fromEntries(specs.map((sp, i) => [sp[0], lanes[i]])));
    expect(l.aggregated).toBe(0);
  });

  it('draws a bar across its interval and a dot at the middle of its day', () => {
    const { l } = lay([['m', '2022-03-01', '2022-03-31', 'month'], day('d', '2022-06-15')], '2022-01-01', '2023-01-01', { right: 365 });
    const [bar, dot] = [0, 1];
    expect(l.x0[bar]).toBeCloseTo(59, 0);
    expect(l.x1[bar]).toBeCloseTo(90, 0);
    expect((l.x0[dot]! + l.x1[dot]!) / 2).toBeCloseTo(165.5, 0);
    expect(l.x1[dot]! - l.x0[dot]!).toBeCloseTo(8);
  });

  it('gives a group of same-day events one mark with room for its count', () => {
    const specs = Array.from({ length: 12 }, (_, i) => day(`e${i}`, '2022-03-01'));
    const { s, l } = lay(specs, '2022-01-01', '2022-12-31');
    expect(l.count).toBe(1);
    expect(s.count[l.group[0]!]).toBe(12);
    expect(l.member[0]).toBe(-1);
    expect(l.end[0]! - l.x1[0]!).toBeCloseTo(2 + labelWidth(12, OPTS.digit));
  });

  it('opens a group into one dot per event inside its day when zoomed in', () => {
    const specs = Array.from({ length: 12 }, (_, i) => day(`e${i}`, '2022-03-01'));
    const { l } = lay(specs, '2022-02-28', '2022-03-03');
    expect(l.count).toBe(12);
    const [d0, d1] = [1000 / 3, 2000 / 3];
    for (let m = 0; m < l.count; m++) {
      expect(l.member[m]).toBeGreaterThanOrEqual(0);
      expect(l.x0[m]!).toBeGreaterThanOrEqual(d0 - 1e-6);
      expect(l.x1[m]!).toBeLessThanOrEqual(d1 + 1e-6);
    }
    expectDisjointLanes(l, OPTS.gap);
  });
});

describe('layout: aggregation', () => {
  it('folds a stretch too dense for the lanes into columns, counted by kind', () => {
    // 4 lanes; 9 distinct days within a few px of each other.
    const specs: Spec[] = [];
    for (let i = 1; i <= 9; i++) specs.push(day(`d${i}`, `2022-03-0${i}`), day(`r${i}`, `2022-03-0${i}`, 'reported'));
    const { s, l } = lay(specs, '2020-01-01', '2025-01-01');
    expect(l.aggregated).toBeGreaterThan(0);
    const byKind = l.columns.reduce((acc, c) => acc.map((v, k) => v + c.counts[k]!), [0, 0, 0]);
    expect(byKind[2]).toBe(0);
    expect(byKind[0]! + byKind[1]!).toBe(l.aggregated);
    expect(l.columns.every((c) => c.total === c.counts[0] + c.counts[1] + c.counts[2])).toBe(true);
    expect(accounted(s, l)).toBe(l.visible);
    expect(l.chunks.reduce((n, c) => n + c.total, 0)).toBe(l.aggregated);
  });

  it('keeps long bars as bars while the short marks under them are folded', () => {
    const specs: Spec[] = [['y', '2022-01-01', '2022-12-31', 'year']];
    for (let i = 0; i < 40; i++) specs.push(day(`d${i}`, `2022-06-${String(1 + (i % 9)).padStart(2, '0')}`));
    const { s, l } = lay(specs, '2020-01-01', '2025-01-01');
    const year = Array.from({ length: l.count }, (_, m) => m).find((m) => s.events[s.members[s.start[l.group[m]!]!]!]!.event.id === 'y');
    expect(year).toBeDefined();
    expect(l.aggregated).toBeGreaterThan(0);
    expect(accounted(s, l)).toBe(l.visible);
  });
});

describe('layout: the aggregate strip', () => {
  const dense: Spec[] = [];
  for (let i = 1; i <= 9; i++) dense.push(day(`d${i}`, `2022-03-0${i}`), day(`r${i}`, `2022-03-0${i}`, 'reported'));
  it('takes the bottom lanes for the columns when anything is aggregated', () => {
    const { s, l } = lay(dense, '2020-01-01', '2025-01-01', { strip: 1 });
    expect(l.markLanes).toBe(3);
    expect(Math.max(...Array.from(l.lane))).toBeLessThan(3);
    expect(l.laneMarks).toHaveLength(3);
    expect(accounted(s, l)).toBe(l.visible);
  });
  it('leaves every lane to the marks when nothing is', () => {
    const { l } = lay(dense.slice(0, 4), '2022-03-01', '2022-03-08', { strip: 1 });
    expect(l.aggregated).toBe(0);
    expect(l.markLanes).toBe(4);
  });
});

describe('layout: invariants on random data', () => {
  const precisions: Precision[] = ['day', 'day', 'day', 'reported', 'reported', 'week', 'month', 'season', 'year', 'decade'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

  it.each([
    { name: '5 years wide', from: '2018-01-01', to: '2023-01-01' },
    { name: 'one year', from: '2021-01-01', to: '2022-01-01' },
    { name: 'one month', from: '2021-06-01', to: '2021-07-01' },
    { name: 'three days', from: '2021-06-10', to: '2021-06-13' },
  ])('lanes disjoint and every visible event accounted for: $name', ({ from, to }) => {
    const specs: Spec[] = [];
    for (let i = 0; i < 3000; i++) {
      const p = precisions[Math.floor(rnd() * precisions.length)]!;
      const start = ms('2018-01-01') + Math.floor(rnd() * 5 * 365) * 86_400_000;
      const len = { day: 0, reported: 0, week: 6, month: 29, season: 90, year: 364, decade: 3652 }[p as string] ?? 0;
      specs.push([`e${i}`, iso(start), iso(start + len * 86_400_000), p]);
    }
    const { s, l } = lay(specs, from, to, { lanes: 10, right: 1280, strip: 3 });
    expectDisjointLanes(l, OPTS.gap);
    expect(accounted(s, l)).toBe(l.visible);
    expect(Math.max(...Array.from(l.lane), 0)).toBeLessThan(10);
  });
});
