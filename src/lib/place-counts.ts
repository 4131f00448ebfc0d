// Events per place in a time window. Runs on every zoom frame at up to 100 000 events, so without
// other filters it does not walk the events: each place keeps its events' starts and ends sorted,
// and the events overlapping [w0, w1) number #(start < w1) − #(end ≤ w0) (an event that ends by w0
// also starts before w1). With other filters active the caller counts the filtered events directly.
import type { IndexedEvent } from './dataset-index.ts';

export interface PlaceTimes {
  starts: Float64Array;
  ends: Float64Array;
}

/** `byPlace`: each place's events in start order, as DatasetIndex.eventsByPlace keeps them. */
export function placeTimes(byPlace: ReadonlyMap<string, readonly IndexedEvent[]>): Map<string, PlaceTimes> {
  const out = new Map<string, PlaceTimes>();
  for (const [p, list] of byPlace) {
    // Plain loops: Float64Array.from with a mapping function is several times slower.
    const starts = new Float64Array(list.length);
    const ends = new Float64Array(list.length);
    for (let i = 0; i < list.length; i++) {
      starts[i] = list[i]!.t0;
      ends[i] = list[i]!.t1;
    }
    out.set(p, { starts, ends: ends.sort() });
  }
  return out;
}

/** How many values of a sorted array are < x (or ≤ x with `orEqual`). */
function countBelow(sorted: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x || (orEqual && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function countsInWindow(times: Map<string, PlaceTimes>, w: [number, number]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [p, { starts, ends }] of times) {
    const n = countBelow(starts, w[1], false) - countBelow(ends, w[0], true);
    if (n > 0) counts.set(p, n);
  }
  return counts;
}

export function countEvents(events: readonly IndexedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const p of e.event.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}
