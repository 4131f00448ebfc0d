import { describe, expect, it } from 'vitest';
import { BAR, POINT, REPORTED, groupRange, makeSeries, positionOfOrder } from '../../../src/components/timeline/series.ts';
import { events, ms } from './helpers.ts';

const list = events([
  ['a', '2022-01-01', '2022-12-31', 'year'],
  ['b', '2022-03-01', '2022-03-01', 'day'],
  ['c', '2022-03-01', '2022-03-01', 'reported'],
  ['d', '2022-03-01', '2022-03-01', 'day'],
  ['e', '2022-03-01', '2022-03-31', 'month'],
  ['f', '2022-03-02', '2022-03-02', 'day'],
  ['g', '2010-01-01', '2019-12-31', 'decade'],
]);

describe('series: events grouped by identical interval and kind', () => {
  const s = makeSeries(list);
  it('makes one group per (interval, kind), in time order', () => {
    const groups = Array.from({ length: s.groups }, (_, g) => ({
      kind: s.kind[g],
      count: s.count[g],
      ids: Array.from(s.members.subarray(s.start[g], s.start[g + 1])).map((e) => list[e]!.event.id),
    }));
    expect(groups).toEqual([
      { kind: BAR, count: 1, ids: ['g'] },
      { kind: BAR, count: 1, ids: ['a'] },
      { kind: POINT, count: 2, ids: ['b', 'd'] },
      { kind: REPORTED, count: 1, ids: ['c'] },
      { kind: BAR, count: 1, ids: ['e'] },
      { kind: POINT, count: 1, ids: ['f'] },
    ]);
  });
  it('knows each event’s group', () => {
    expect(Array.from(s.groupOf)).toEqual(list.map((e) => ({ g: 0, a: 1, b: 2, d: 2, c: 3, e: 4, f: 5 })[e.event.id]));
  });
  it.each([
    { name: 'a day inside everything', w: ['2022-03-02', '2022-03-03'], expected: ['a', 'e', 'f'] },
    { name: 'before the data', w: ['2000-01-01', '2001-01-01'], expected: [] },
    { name: 'the 2010s only', w: ['2015-01-01', '2016-01-01'], expected: ['g'] },
  ])('groupRange covers every group overlapping the window: $name', ({ w, expected }) => {
    const [d0, d1] = [ms(w[0]!), ms(w[1]!)];
    const [lo, hi] = groupRange(s, d0, d1);
    const found = new Set<string>();
    for (let g = lo; g < hi; g++) {
      if (s.t1[g]! <= d0) continue;
      for (let k = s.start[g]!; k < s.start[g + 1]!; k++) found.add(list[s.members[k]!]!.event.id);
    }
    expect([...found].sort()).toEqual([...expected].sort());
  });
  it('finds an event by its order, or where it would be', () => {
    const odd = makeSeries(list.filter((_, i) => i % 2 === 1));
    expect(positionOfOrder(odd, 3)).toEqual({ at: 1, found: true });
    expect(positionOfOrder(odd, 4)).toEqual({ at: 2, found: false });
    expect(positionOfOrder(odd, 99)).toEqual({ at: 3, found: false });
  });
  it('handles no events', () => {
    const empty = makeSeries([]);
    expect(empty.groups).toBe(0);
    expect(groupRange(empty, 0, 1)).toEqual([0, 0]);
  });
});
