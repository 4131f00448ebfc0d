import { describe, expect, it } from 'vitest';
import { positionOfOrder, revealScrollTop, visibleRange } from '../../../src/components/list/virtual-list.ts';

type Args = [number, number, number, number, number];

describe('visibleRange', () => {
  const rows: { name: string; args: Args; expected: { start: number; end: number } }[] = [
    { name: 'empty list', args: [0, 500, 50, 0, 4], expected: { start: 0, end: 0 } },
    { name: 'top of a long list', args: [0, 500, 50, 100_000, 4], expected: { start: 0, end: 14 } },
    { name: 'middle, partial rows both ends', args: [1025, 500, 50, 100_000, 2], expected: { start: 18, end: 33 } },
    { name: 'end of a 100 000-row list', args: [100_000 * 50 - 500, 500, 50, 100_000, 4], expected: { start: 99_986, end: 100_000 } },
    { name: 'scrolled past the end (overscroll)', args: [1e9, 500, 50, 10, 4], expected: { start: 10, end: 10 } },
    { name: 'negative scroll (rubber band)', args: [-80, 500, 50, 100, 0], expected: { start: 0, end: 10 } },
    { name: 'short list fits', args: [0, 500, 50, 3, 4], expected: { start: 0, end: 3 } },
    { name: 'no viewport yet', args: [0, 0, 50, 100, 4], expected: { start: 0, end: 4 } },
  ];
  it.each(rows)('$name', ({ args, expected }) => {
    expect(visibleRange(...args)).toEqual(expected);
  });
});

describe('revealScrollTop', () => {
  // index, scrollTop, viewport, rowHeight, count
  const rows: { name: string; args: Args; expected: number }[] = [
    { name: 'visible row: no scroll', args: [5, 0, 500, 50, 100], expected: 0 },
    { name: 'just below: to the bottom edge', args: [10, 0, 500, 50, 100], expected: 50 },
    { name: 'just above: to the top edge', args: [3, 200, 500, 50, 100], expected: 150 },
    { name: 'far away: centred', args: [5000, 0, 500, 50, 100_000], expected: 5000 * 50 - 225 },
    { name: 'far away near the end: clamped', args: [99_999, 0, 500, 50, 100_000], expected: 100_000 * 50 - 500 },
    { name: 'first row from far: clamped to 0', args: [0, 400_000, 500, 50, 100_000], expected: 0 },
    { name: 'out of range: unchanged', args: [200, 40, 500, 50, 100], expected: 40 },
    { name: 'no viewport: unchanged', args: [50, 40, 0, 50, 100], expected: 40 },
  ];
  it.each(rows)('$name', ({ args, expected }) => {
    expect(revealScrollTop(...args)).toBe(expected);
  });
});

describe('positionOfOrder', () => {
  const list = [1, 4, 9, 10, 42, 99_999].map((order) => ({ order }));
  const rows = [
    { order: 1, expected: 0 },
    { order: 10, expected: 3 },
    { order: 99_999, expected: 5 },
    { order: 5, expected: -1 },
    { order: 0, expected: -1 },
    { order: 100_000, expected: -1 },
  ];
  it.each(rows)('order $order → $expected', ({ order, expected }) => {
    expect(positionOfOrder(list, order)).toBe(expected);
  });
  it('finds every element of a large sorted list', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ order: i * 3 }));
    for (const i of [0, 1, 777, 50_000, 99_999]) expect(positionOfOrder(big, i * 3)).toBe(i);
    expect(positionOfOrder([], 3)).toBe(-1);
  });
});
