import { describe, expect, it } from 'vitest';
import { labelSize, placeLabels, type LabelCandidate } from '../../../src/components/map/label-placement.ts';

const MAP = { width: 600, height: 400 };
const at = (key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  key, x, y, radius: 6, width: 120, height: 17, centred: false, ...extra,
});

describe('placing the permanent map labels', () => {
  it('puts a label right of its symbol when there is room', () => {
    expect(placeLabels([at('kyiv', 100, 100)], MAP, 6)).toEqual(new Map([['kyiv', 'right']]));
  });

  it('moves a label to the left when the right is taken, and drops it when both are', () => {
    // Mariupol's label runs right; Zaporizhzhia just above-left of it would cover it on the right.
    const placed = placeLabels([at('mariupol', 300, 200), at('zaporizhzhia', 250, 190), at('berdiansk', 280, 205)], MAP, 6);
    expect(placed.get('mariupol')).toBe('right');
    expect(placed.get('zaporizhzhia')).toBe('left');
    expect(placed.has('berdiansk')).toBe(false);
  });

  it('never lets a label leave the map', () => {
    expect(placeLabels([at('edge', 560, 100)], MAP, 6).get('edge')).toBe('left');
    expect(placeLabels([at('corner', 560, 395, { width: 700 })], MAP, 6).size).toBe(0);
  });

  it('centres region labels and keeps to the number asked for, in rank order', () => {
    const placed = placeLabels([at('donbas', 300, 100, { centred: true }), at('a', 50, 300), at('b', 50, 350), at('c', 300, 300)], MAP, 3);
    expect([...placed]).toEqual([['donbas', 'centre'], ['a', 'right'], ['b', 'right']]);
  });

  it('sizes Chinese wider than Latin, and counts the other-language name', () => {
    const zh = labelSize({ main: '马里乌波尔', alt: '' });
    const en = labelSize({ main: 'Mariupol', alt: '' });
    expect(zh.width).toBeGreaterThan(en.width);
    expect(labelSize({ main: '马里乌波尔', alt: 'Mariupol' }).width).toBeGreaterThan(zh.width + en.width - 16);
  });
});
