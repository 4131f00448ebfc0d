import { describe, expect, it } from 'vitest';
import { hitTest, laneOccupied, markOfEvent } from '../../../src/components/timeline/hit-test.ts';
import type { Layout } from '../../../src/components/timeline/layout.ts';

/** A hand-made layout: marks as [lane, x0, x1, end]. */
function layout(marks: [number, number, number, number][], chunks: [number, number][] = []): Layout {
  const n = marks.length;
  const l: Layout = {
    visible: 0,
    markLanes: 4,
    count: n,
    group: Int32Array.from(marks.map((_, i) => i)),
    member: new Int32Array(n).fill(-1),
    x0: Float32Array.from(marks.map((m) => m[1])),
    x1: Float32Array.from(marks.map((m) => m[2])),
    end: Float32Array.from(marks.map((m) => m[3])),
    lane: Uint8Array.from(marks.map((m) => m[0])),
    laneMarks: [],
    columns: [],
    chunks: chunks.map(([x0, x1]) => ({ x0, x1, total: 5, peakX: (x0 + x1) / 2, peakTotal: 5 })),
    maxColumn: 40,
    aggregated: 0,
  };
  const lanes = Math.max(0, ...marks.map((m) => m[0] + 1));
  l.laneMarks = Array.from({ length: lanes }, (_, lane) =>
    Int32Array.from(marks.map((m, i) => [m, i] as const).filter(([m]) => m[0] === lane).sort((a, b) => a[0][1] - b[0][1]).map(([, i]) => i)),
  );
  return l;
}

// Lanes 10 px high from y = 0.
const GEO = { top: 0, lane: 10, bottom: 40 };
const L = layout(
  [
    [0, 10, 18, 18],
    [0, 30, 38, 60], // with a count label to 60
    [1, 12, 200, 200],
    [2, 100, 108, 108],
  ],
  [[300, 340], [400, 412]],
);

describe('hit test', () => {
  it.each([
    { name: 'on a dot', x: 14, y: 5, expected: { kind: 'mark', mark: 0 } },
    { name: 'just off a dot, within tolerance', x: 20, y: 5, expected: { kind: 'mark', mark: 0 } },
    { name: 'on a count label', x: 55, y: 5, expected: { kind: 'mark', mark: 1 } },
    { name: 'between marks', x: 25, y: 5, expected: null },
    { name: 'on a long bar', x: 150, y: 15, expected: { kind: 'mark', mark: 2 } },
    { name: 'near a lane border picks the nearer', x: 104, y: 21, expected: { kind: 'mark', mark: 3 } },
    { name: 'an aggregated stretch', x: 320, y: 35, expected: { kind: 'chunk', chunk: 0 } },
    { name: 'the second stretch', x: 405, y: 2, expected: { kind: 'chunk', chunk: 1 } },
    { name: 'between stretches', x: 360, y: 35, expected: null },
    { name: 'below the lanes (the axis)', x: 320, y: 60, expected: null },
  ])('$name', ({ x, y, expected }) => {
    expect(hitTest(L, x, y, GEO)).toEqual(expected);
  });

  it('finds the one mark among thousands in a lane by bisection', () => {
    const many = layout(Array.from({ length: 5000 }, (_, i) => [0, i * 10, i * 10 + 8, i * 10 + 8] as [number, number, number, number]));
    expect(hitTest(many, 31_234, 5, GEO)).toEqual({ kind: 'mark', mark: 3123 });
  });

  it.each([
    { lane: 0, x0: 19, x1: 29, expected: false },
    { lane: 0, x0: 19, x1: 31, expected: true },
    { lane: 0, x0: 50, x1: 52, expected: true },
    { lane: 1, x0: 0, x1: 11, expected: false },
    { lane: 3, x0: 0, x1: 999, expected: false },
  ])('laneOccupied($lane, $x0, $x1) = $expected', ({ lane, x0, x1, expected }) => {
    expect(laneOccupied(L, lane, x0, x1)).toBe(expected);
  });

  it('finds the mark of an event: its own dot, else its group’s mark', () => {
    const l = layout([[0, 0, 8, 8], [0, 10, 18, 18]]);
    l.member[0] = 7;
    l.group[1] = 3;
    expect(markOfEvent(l, 7, 0)).toBe(0);
    expect(markOfEvent(l, 9, 3)).toBe(1);
    expect(markOfEvent(l, 9, 4)).toBe(-1);
  });
});
