// The timeline's data in the form a frame needs: the filtered events as typed arrays, and grouped by
// identical interval. News repeats intervals: 100 000 generated events hold about 4 000 distinct
// (interval, precision) pairs; a year or a decade is named hundreds of times. A group is one mark
// (with a count) wherever its members cannot be told apart, so a frame lays out groups, not events.
// Built once per filter change in O(n); everything per frame is a binary search plus the visible groups.
import type { IndexedEvent } from '../../lib/dataset-index.ts';

/** How a mark is drawn: a day is a dot, an undated (`reported`) sentence a hollow dot, longer a bar. */
export const POINT = 0;
export const REPORTED = 1;
export const BAR = 2;
export type Kind = typeof POINT | typeof REPORTED | typeof BAR;

export function kindOf(precision: string): Kind {
  return precision === 'day' ? POINT : precision === 'reported' ? REPORTED : BAR;
}

export interface Series {
  /** The filtered events, sorted by start, end, id (a subsequence of the index's order). */
  events: readonly IndexedEvent[];
  /** Number of groups. Groups are sorted by start, then end, then kind. */
  groups: number;
  t0: Float64Array;
  t1: Float64Array;
  kind: Uint8Array;
  count: Int32Array;
  /** Members of group g are members[start[g] .. start[g + 1]), event indices in time order. */
  start: Int32Array;
  members: Int32Array;
  /** The group of each event. */
  groupOf: Int32Array;
  /** Prefix maximum of t1: groups are sorted by start, so this finds the first that can reach a window. */
  maxT1: Float64Array;
}

export function makeSeries(events: readonly IndexedEvent[]): Series {
  const n = events.length;
  // One read of each event's precision (the events may sit behind reactive proxies).
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) kinds[i] = kindOf(events[i]!.event.precision);
  const t0: number[] = [];
  const t1: number[] = [];
  const kind: number[] = [];
  const start: number[] = [];
  const members = new Int32Array(n);
  const groupOf = new Int32Array(n);
  let m = 0;
  // Events with one interval are adjacent (the sort is by start, end); within such a run, up to three
  // groups, one per kind, in kind order.
  for (let i = 0; i < n; ) {
    const a = events[i]!;
    let j = i + 1;
    while (j < n && events[j]!.t0 === a.t0 && events[j]!.t1 === a.t1) j++;
    for (let k = 0; k < 3; k++) {
      let first = true;
      for (let e = i; e < j; e++) {
        if (kinds[e] !== k) continue;
        if (first) {
          start.push(m);
          t0.push(a.t0);
          t1.push(a.t1);
          kind.push(k);
          first = false;
        }
        groupOf[e] = start.length - 1;
        members[m++] = e;
      }
    }
    i = j;
  }
  const groups = start.length;
  start.push(m);
  const startArr = Int32Array.from(start);
  const count = new Int32Array(groups);
  const maxT1 = new Float64Array(groups);
  let max = -Infinity;
  for (let g = 0; g < groups; g++) {
    count[g] = startArr[g + 1]! - startArr[g]!;
    max = Math.max(max, t1[g]!);
    maxT1[g] = max;
  }
  return {
    events,
    groups,
    t0: Float64Array.from(t0),
    t1: Float64Array.from(t1),
    kind: Uint8Array.from(kind),
    count,
    start: startArr,
    members,
    groupOf,
    maxT1,
  };
}

/** First index in [0, n) whose value is > x (values ascending). */
function firstAbove(values: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index in [0, n) whose value is >= x (values ascending). */
function firstAtLeast(values: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Groups that may overlap [d0, d1): every overlapping group is in [lo, hi). Callers skip the few in
 * between whose end is still before d0 (a short interval after a long one).
 */
export function groupRange(s: Series, d0: number, d1: number): [number, number] {
  return [firstAbove(s.maxT1, s.groups, d0), firstAtLeast(s.t0, s.groups, d1)];
}

/** Position of the event with index order `order` in the series (or where it would go), by binary search. */
export function positionOfOrder(s: Series, order: number): { at: number; found: boolean } {
  const ev = s.events;
  let lo = 0;
  let hi = ev.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ev[mid]!.order < order) lo = mid + 1;
    else hi = mid;
  }
  return { at: lo, found: lo < ev.length && ev[lo]!.order === order };
}
