import { describe, expect, it } from 'vitest';
import { easeInOut, keyAction, windowAt } from '../../../src/components/briefing/motion.ts';

describe('presenter keys', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'prev'],
    ['ArrowLeft', false, 'prev'],
    ['PageUp', false, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Escape', false, 'exit'],
    ['a', false, null],
  ] as const)('%j (shift %s) → %s', (key, shift, expected) => {
    expect(keyAction(key, shift)).toBe(expected);
  });
});

describe('window animation', () => {
  const domain = [0, 1000] as const;
  it('starts at the first window and ends at the second', () => {
    expect(windowAt([100, 200], [600, 800], 0, domain)).toEqual([100, 200]);
    expect(windowAt([100, 200], [600, 800], 1, domain)).toEqual([600, 800]);
  });
  it('treats null as the whole domain', () => {
    expect(windowAt(null, [400, 500], 0, domain)).toEqual([0, 1000]);
    expect(windowAt([400, 500], null, 1, domain)).toEqual([0, 1000]);
  });
  it('moves the span geometrically: halfway from 1000 to 10 wide is 100 wide', () => {
    const [a, b] = windowAt([0, 1000], [495, 505], 0.5, domain);
    expect(b - a).toBe(100);
    expect((a + b) / 2).toBeCloseTo(500);
  });
  it('pans at constant span linearly', () => {
    expect(windowAt([0, 100], [200, 300], 0.5, domain)).toEqual([100, 200]);
  });
  it('eases in and out', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.25)).toBeLessThan(0.25);
  });
});
