import { describe, expect, it } from 'vitest';
import {
  MIN_SPAN,
  baseDomain,
  bringIntoView,
  sameWindow,
  transformForWindow,
  windowOfTransform,
  zoomWindow,
  type Window,
} from '../../../src/components/timeline/geometry.ts';
import { ms } from './helpers.ts';

const DAY = 86_400_000;
const base = { domain: [ms('2020-01-01'), ms('2024-01-01')] as const, range: [16, 1264] as const };

describe('window ⇄ zoom transform', () => {
  it('zoom 1 is the whole range (null)', () => {
    expect(windowOfTransform({ k: 1, x: 0 }, base)).toBeNull();
    expect(transformForWindow(null, base)).toEqual({ k: 1, x: 0 });
  });
  it.each([
    { name: 'a month', w: [ms('2022-03-01'), ms('2022-04-01')] },
    { name: 'three days', w: [ms('2021-06-10'), ms('2021-06-13')] },
    { name: 'three years', w: [ms('2020-06-01'), ms('2023-06-01')] },
    { name: 'reaching past the domain', w: [ms('2019-06-01'), ms('2020-06-01')] },
  ])('round trip: $name', ({ w }) => {
    const back = windowOfTransform(transformForWindow(w as [number, number], base), base);
    expect(sameWindow(back, w as [number, number])).toBe(true);
    expect(back!.every(Number.isInteger)).toBe(true);
  });
  it.each([
    { a: null, b: null, expected: true },
    { a: [0, 10_000], b: null, expected: false },
    { a: [0, 10_000], b: [999, 9_001], expected: true },
    { a: [0, 10_000], b: [1_001, 10_000], expected: false },
  ] as { a: Window; b: Window; expected: boolean }[])('sameWindow($a, $b) = $expected', ({ a, b, expected }) => {
    expect(sameWindow(a, b)).toBe(expected);
  });
  it('pads the extent by a margin', () => {
    const [a, b] = baseDomain([ms('2022-01-01'), ms('2022-01-02')]);
    expect(a).toBe(ms('2022-01-01') - 2 * DAY);
    expect(b).toBe(ms('2022-01-02') + 2 * DAY);
  });
});

describe('keyboard zoom and panning', () => {
  const domain = base.domain;
  it.each([
    { name: 'in about the middle', w: [ms('2022-01-01'), ms('2022-01-21')], f: 2, at: ms('2022-01-11'), expected: [ms('2022-01-06'), ms('2022-01-16')] },
    { name: 'in about the left edge keeps it', w: [ms('2022-01-01'), ms('2022-01-21')], f: 2, at: ms('2022-01-01'), expected: [ms('2022-01-01'), ms('2022-01-11')] },
    { name: 'no narrower than the minimum', w: [ms('2022-01-01'), ms('2022-01-05')], f: 4, at: ms('2022-01-03'), expected: [ms('2022-01-03') - MIN_SPAN / 2, ms('2022-01-03') + MIN_SPAN / 2] },
    { name: 'out past everything is the whole range', w: [ms('2021-01-01'), ms('2023-01-01')], f: 0.5, at: ms('2022-01-01'), expected: null },
    { name: 'out from the whole range stays whole', w: null, f: 0.5, at: ms('2022-01-01'), expected: null },
    { name: 'kept inside the domain', w: [ms('2020-01-01'), ms('2021-01-01')], f: 0.5, at: ms('2020-01-01'), expected: [ms('2020-01-01'), ms('2020-01-01') + 2 * 366 * DAY] },
  ] as { name: string; w: Window; f: number; at: number; expected: Window }[])('$name', ({ w, f, at, expected }) => {
    expect(zoomWindow(w, f, at, domain)).toEqual(expected);
  });
  it.each([
    { name: 'already in view', w: [0, 100], t: [50, 60], expected: [0, 100] },
    { name: 'overlapping the edge', w: [0, 100], t: [90, 200], expected: [0, 100] },
    { name: 'after: centred on it', w: [0, 100], t: [300, 310], expected: [255, 355] },
    { name: 'no window', w: null, t: [300, 310], expected: null },
  ] as { name: string; w: Window; t: [number, number]; expected: Window }[])('bringIntoView: $name', ({ w, t, expected }) => {
    expect(bringIntoView(w, t[0], t[1])).toEqual(expected);
  });
});
