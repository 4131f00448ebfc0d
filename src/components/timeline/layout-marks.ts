// Where each event's mark goes on the timeline: its x span from the scale, its lane from packing.
// Precision is drawn honestly: a day is a point, a week/month/season/year/decade a bar spanning its
// interval, a `reported` date (no time in the sentence) a hollow point.
import type { IndexedEvent } from '../../lib/dataset-index.ts';
import { packLanes } from '../../lib/lanes.ts';

export type MarkShape = 'point' | 'reported' | 'bar';
export interface Mark {
  id: string;
  shape: MarkShape;
  x0: number;
  x1: number;
  cx: number;
  y: number;
  /** Put in the last lane with others because the lanes ran out. */
  crowded: boolean;
}

const POINT_RADIUS = 5;
const MIN_BAR = 8;

/** Anything with a numeric `(ms) => px` call and a visible domain, such as a d3 UTC scale. */
export interface TimeScale {
  (value: number | Date): number;
  domain(): Date[];
}

export function layoutMarks(
  events: readonly IndexedEvent[],
  x: TimeScale,
  lanes: { top: number; lane: number; maxLanes: number },
): Mark[] {
  const [d0, d1] = x.domain().map((d) => d.getTime()) as [number, number];
  const visible = events.filter((e) => e.t1 > d0 && e.t0 < d1);
  const spans = visible.map((e) => {
    const a = x(e.t0);
    const b = x(e.t1);
    const precision = e.event.precision;
    const shape: MarkShape = precision === 'day' ? 'point' : precision === 'reported' ? 'reported' : 'bar';
    if (shape === 'bar' && b - a >= MIN_BAR) return { shape, x0: a, x1: b, cx: (a + b) / 2 };
    const cx = (a + b) / 2;
    const half = shape === 'bar' ? MIN_BAR / 2 : POINT_RADIUS;
    return { shape, x0: cx - half, x1: cx + half, cx };
  });
  const laneOf = packLanes(spans, 2, lanes.maxLanes);
  const laneEnds = new Map<number, number>();
  return visible.map((e, i) => {
    const lane = laneOf[i]!;
    const s = spans[i]!;
    const crowded = lane === lanes.maxLanes - 1 && (laneEnds.get(lane) ?? -Infinity) > s.x0;
    laneEnds.set(lane, Math.max(laneEnds.get(lane) ?? -Infinity, s.x1));
    return { id: e.event.id, ...s, y: lanes.top + lanes.lane * (lane + 0.5), crowded };
  });
}
