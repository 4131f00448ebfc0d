// What is under the pointer on the canvas. Marks in a lane are sorted and disjoint (layout.ts), so a
// lane is searched by bisection: O(log n) per pointer move, whatever the number of marks.
import type { Layout } from './layout.ts';

export interface LaneGeometry {
  /** y of the top of lane 0, lane height, and the bottom of the lane area (px). */
  top: number;
  lane: number;
  bottom: number;
}

export type Hit = { kind: 'mark'; mark: number } | { kind: 'chunk'; chunk: number } | null;

/** Index of the last mark in `marks` whose x0 ≤ x, or -1. */
function lastStartingBefore(layout: Layout, marks: Int32Array, x: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layout.x0[marks[mid]!]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The mark nearest to (px, py) within `tolerance` px (its count label counts as part of it), else the
 * aggregated stretch under the pointer, else null.
 */
export function hitTest(layout: Layout, px: number, py: number, geo: LaneGeometry, tolerance = 3): Hit {
  if (py < geo.top - tolerance || py > geo.bottom + tolerance) return null;
  let best = -1;
  let bestDistance = Infinity;
  const laneAt = Math.floor((py - geo.top) / geo.lane);
  for (let l = laneAt - 1; l <= laneAt + 1; l++) {
    const marks = layout.laneMarks[l];
    if (!marks || marks.length === 0) continue;
    const dy = Math.max(0, Math.abs(py - (geo.top + (l + 0.5) * geo.lane)) - geo.lane / 2);
    if (dy > tolerance) continue;
    const at = lastStartingBefore(layout, marks, px + tolerance);
    for (const i of [at, at - 1]) {
      if (i < 0) continue;
      const m = marks[i]!;
      const dx = px < layout.x0[m]! ? layout.x0[m]! - px : px > layout.end[m]! ? px - layout.end[m]! : 0;
      if (dx > tolerance) continue;
      const d = dx + dy;
      if (d < bestDistance) {
        bestDistance = d;
        best = m;
      }
    }
  }
  if (best >= 0) return { kind: 'mark', mark: best };
  // Aggregated stretches: anywhere in the strip below the marks' lanes (or the plot, without one).
  const stripTop = layout.markLanes * geo.lane + geo.top;
  if (py < (geo.bottom - stripTop < 20 ? geo.top : stripTop) || py > geo.bottom) return null;
  const chunks = layout.chunks;
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunks[mid]!.x1 <= px) lo = mid + 1;
    else hi = mid;
  }
  const c = chunks[lo];
  return c && c.x0 <= px ? { kind: 'chunk', chunk: lo } : null;
}

/** Whether any mark in `lane` overlaps [x0, x1] (its count label included). */
export function laneOccupied(layout: Layout, lane: number, x0: number, x1: number): boolean {
  const marks = layout.laneMarks[lane];
  if (!marks || marks.length === 0) return false;
  const at = lastStartingBefore(layout, marks, x1);
  return at >= 0 && layout.end[marks[at]!]! >= x0;
}

/** The mark drawn for an event: its own dot, else its group's mark, else -1 (aggregated or out of view). */
export function markOfEvent(layout: Layout, event: number, group: number): number {
  let groupMark = -1;
  for (let m = 0; m < layout.count; m++) {
    if (layout.member[m] === event) return m;
    if (layout.group[m] === group && layout.member[m] === -1) groupMark = m;
  }
  return groupMark;
}
