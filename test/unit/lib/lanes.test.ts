import { describe, expect, it } from 'vitest';
import { packLanes } from '../../../src/lib/lanes.ts';

describe('lane packing', () => {
  it('puts overlapping spans side by side and reuses freed lanes', () => {
    const lanes = packLanes(
      [{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 12, x1: 20 }, { x0: 16, x1: 30 }],
      1,
      5,
    );
    expect([...lanes]).toEqual([0, 1, 0, 1]);
  });
  it('respects the gap', () => {
    expect([...packLanes([{ x0: 0, x1: 10 }, { x0: 11, x1: 20 }], 2, 5)]).toEqual([0, 1]);
  });
  it('sends the overflow to the last lane', () => {
    const spans = Array.from({ length: 5 }, () => ({ x0: 0, x1: 10 }));
    expect([...packLanes(spans, 0, 3)]).toEqual([0, 1, 2, 2, 2]);
  });
});
