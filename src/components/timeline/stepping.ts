// Which event the arrow keys go to: the next or previous of the filtered events in time order. With
// nothing selected, stepping starts from the window on screen rather than from the dataset's first
// event (which may be decades away); a selection hidden by a filter steps from where it would be.
import type { Window } from './geometry.ts';
import { positionOfOrder, type Series } from './series.ts';

/** First index whose event starts at or after t (events sorted by start). */
function firstStartingFrom(s: Series, t: number): number {
  let lo = 0;
  let hi = s.events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.events[mid]!.t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index in `s.events` of the event `delta` steps from the selection (±Infinity: first or last), or
 * -1 when there are no events.
 */
export function stepIndex(s: Series, selectedOrder: number | null, delta: number, window: Window): number {
  const n = s.events.length;
  if (n === 0) return -1;
  const clamp = (i: number) => Math.min(n - 1, Math.max(0, i));
  if (delta === Infinity) return n - 1;
  if (delta === -Infinity) return 0;
  if (selectedOrder !== null) {
    const { at, found } = positionOfOrder(s, selectedOrder);
    if (found) return clamp(at + delta);
    return clamp(delta > 0 ? at + delta - 1 : at + delta);
  }
  if (!window) return delta > 0 ? clamp(delta - 1) : clamp(n + delta);
  return delta > 0 ? clamp(firstStartingFrom(s, window[0]) + delta - 1) : clamp(firstStartingFrom(s, window[1]) + delta);
}
