import { describe, expect, it } from 'vitest';
import { advance, defaultSpeed, sweepWindow } from '../../../src/components/briefing/playback.ts';

const DAY = 86_400_000;
const extent = [Date.UTC(2022, 0, 1), Date.UTC(2022, 3, 1)] as const; // 90 days

describe('playback', () => {
  it.each([
    { name: '90 days in a minute at a day a second', extent, seconds: 60, expected: 'week' },
    { name: '90 days in 100 s', extent, seconds: 100, expected: 'day' },
    { name: '60 years', extent: [Date.UTC(1962, 0, 1), Date.UTC(2022, 0, 1)] as const, seconds: 60, expected: 'decade' },
  ])('picks a speed: $name', ({ extent: e, seconds, expected }) => {
    expect(defaultSpeed(e, seconds)).toBe(expected);
  });

  it('advances by speed × time and stops at the end', () => {
    expect(advance(extent[0], 2000, 'day', extent)).toBe(extent[0] + 2 * DAY);
    expect(advance(extent[0], 500, 'week', extent)).toBe(extent[0] + 3.5 * DAY);
    expect(advance(extent[1] - DAY, 10_000, 'month', extent)).toBe(extent[1]);
  });

  it('sweeps from the range start, at least a day wide', () => {
    expect(sweepWindow(extent[0] + 10 * DAY, extent)).toEqual([extent[0], extent[0] + 10 * DAY]);
    expect(sweepWindow(extent[0], extent)).toEqual([extent[0], extent[0] + DAY]);
    expect(sweepWindow(extent[0] + 5 * DAY, [extent[0] + 3600_000, extent[1]])).toEqual([extent[0], extent[0] + 5 * DAY]);
  });
});
