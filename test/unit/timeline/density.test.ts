import { describe, expect, it } from 'vitest';
import { densityBins, densityPath } from '../../../src/components/timeline/density.ts';
import { makeSeries } from '../../../src/components/timeline/series.ts';
import { events, ms } from './helpers.ts';

describe('density', () => {
  // Ten bins of a day each over 1–10 March 2022.
  const domain: [number, number] = [ms('2022-03-01'), ms('2022-03-11')];
  it.each([
    { name: 'a day adds one to its bin', specs: [['a', '2022-03-03', '2022-03-03', 'day']], expected: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0] },
    { name: 'a group adds its count', specs: [['a', '2022-03-01', '2022-03-01', 'day'], ['b', '2022-03-01', '2022-03-01', 'reported']], expected: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    { name: 'a week is spread over its days', specs: [['w', '2022-03-02', '2022-03-05', 'week']], expected: [0, 0.25, 0.25, 0.25, 0.25, 0, 0, 0, 0, 0] },
    { name: 'outside the domain clamps to the edge bins', specs: [['o', '2022-02-01', '2022-02-01', 'day'], ['p', '2022-04-01', '2022-04-01', 'day']], expected: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
  ] as const)('$name', ({ specs, expected }) => {
    const bins = densityBins(makeSeries(events(specs.map((s) => [...s]))), domain, 10);
    expect(Array.from(bins).map((v) => +v.toFixed(6))).toEqual(expected);
  });
  it('keeps the total: every event adds exactly one', () => {
    const specs = [['y', '2022-01-01', '2022-12-31', 'year'], ['d', '2022-03-04', '2022-03-04', 'day']] as const;
    const bins = densityBins(makeSeries(events(specs.map((s) => [...s]))), [ms('2022-01-01'), ms('2023-01-01')], 73);
    expect(bins.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 9);
  });
  it('draws a step area, nothing when empty', () => {
    expect(densityPath(Float64Array.from([0, 4, 1]), 10, 2, 50, 40)).toBe('M10,50V50H12V10H14V30H16V50Z');
    expect(densityPath(new Float64Array(3), 0, 1, 10, 10)).toBe('');
  });
});
