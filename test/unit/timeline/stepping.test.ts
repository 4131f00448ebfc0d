import { describe, expect, it } from 'vitest';
import { makeSeries } from '../../../src/components/timeline/series.ts';
import { stepIndex } from '../../../src/components/timeline/stepping.ts';
import type { Window } from '../../../src/components/timeline/geometry.ts';
import { events, ms } from './helpers.ts';

const all = events([
  ['a', '2022-01-01', '2022-01-01', 'day'],
  ['b', '2022-02-01', '2022-02-01', 'day'],
  ['c', '2022-03-01', '2022-03-01', 'day'],
  ['d', '2022-04-01', '2022-04-01', 'day'],
  ['e', '2022-05-01', '2022-05-01', 'day'],
]);
// A filter that hides c (order 2).
const s = makeSeries(all.filter((e) => e.event.id !== 'c'));
const id = (i: number) => (i < 0 ? null : s.events[i]!.event.id);

describe('stepping through events', () => {
  it.each([
    { name: '→ from b', sel: 1, delta: 1, w: null, expected: 'd' },
    { name: '← from b', sel: 1, delta: -1, w: null, expected: 'a' },
    { name: '← stays on the first', sel: 0, delta: -1, w: null, expected: 'a' },
    { name: '→ stays on the last', sel: 4, delta: 1, w: null, expected: 'e' },
    { name: 'Home', sel: 3, delta: -Infinity, w: null, expected: 'a' },
    { name: 'End', sel: 0, delta: Infinity, w: null, expected: 'e' },
    { name: '→ from a filtered-out selection goes to the next shown', sel: 2, delta: 1, w: null, expected: 'd' },
    { name: '← from a filtered-out selection goes to the previous shown', sel: 2, delta: -1, w: null, expected: 'b' },
    { name: '→ with nothing selected starts at the window', sel: null, delta: 1, w: [ms('2022-03-15'), ms('2022-06-01')], expected: 'd' },
    { name: '← with nothing selected starts at the window’s end', sel: null, delta: -1, w: [ms('2021-12-01'), ms('2022-02-15')], expected: 'b' },
    { name: '→ with nothing selected and no window: the first', sel: null, delta: 1, w: null, expected: 'a' },
    { name: '← with nothing selected and no window: the last', sel: null, delta: -1, w: null, expected: 'e' },
  ] as { name: string; sel: number | null; delta: number; w: Window; expected: string }[])('$name', ({ sel, delta, w, expected }) => {
    expect(id(stepIndex(s, sel, delta, w))).toBe(expected);
  });
  it('has nowhere to go without events', () => {
    expect(stepIndex(makeSeries([]), null, 1, null)).toBe(-1);
  });
});
