// Lane packing for timeline marks: each item goes to the first lane whose last item ends before it
// starts (with a gap in pixels), so overlapping marks sit side by side instead of in a pile. Items
// must come sorted by start. Greedy first-fit is optimal in lane count for intervals sorted by start.

export interface Span {
  x0: number;
  x1: number;
}

/** Lane number per item; items past `maxLanes` share the last lane (the view marks it as crowded). */
export function packLanes(spans: readonly Span[], gap: number, maxLanes: number): Int32Array {
  const lanes = new Int32Array(spans.length);
  const laneEnds: number[] = [];
  spans.forEach((s, i) => {
    let lane = laneEnds.findIndex((end) => end + gap <= s.x0);
    if (lane < 0) {
      lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
      if (lane === laneEnds.length) laneEnds.push(-Infinity);
    }
    lanes[i] = lane;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, s.x1);
  });
  return lanes;
}
