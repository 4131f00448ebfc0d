import { describe, expect, test } from 'vitest';
import { areaSize, clusterSize, countryShade, markerSize, placeShape, sizeFor } from '../../../src/components/map/marker-style.ts';

describe('placeShape: the kind decides the symbol', () => {
  test.each([
    ['city', 'point'],
    ['town', 'point'],
    ['village', 'point'],
    ['landmark', 'point'],
    ['island', 'point'],
    ['something-new', 'point'],
    ['region', 'area'],
    ['area', 'area'],
    ['continent', 'area'],
    ['historical-country', 'area'],
    ['sea', 'water'],
    ['strait', 'water'],
    ['river', 'water'],
    ['country', 'country'],
  ])('%s → %s', (kind, shape) => expect(placeShape(kind)).toBe(shape));
});

describe('sizes grow with the event count, within bounds', () => {
  test.each([
    [0, 12],
    [1, 12],
    [2, 17],
    [5, 22],
    [10, 27],
    [100, 40],
    [100_000, 40],
  ])('markerSize(%i) = %i', (count, size) => expect(markerSize(count)).toBe(size));

  test.each([
    [1, 26],
    [5, 38],
    [1000, 72],
  ])('areaSize(%i) = %i', (count, size) => expect(areaSize(count)).toBe(size));

  test('a region is drawn larger than a town with the same count', () => {
    for (const n of [1, 3, 10, 30]) expect(sizeFor('area', n)).toBeGreaterThan(sizeFor('point', n));
  });

  test.each([
    [1, 24],
    [2, 26],
    [64, 34],
    [20_000, 46],
    [1_000_000, 46],
  ])('clusterSize(%i) = %i', (sum, size) => expect(clusterSize(sum)).toBe(size));

  test('cluster bubbles never shrink as their sum grows', () => {
    let last = 0;
    for (let n = 1; n < 5000; n += 7) {
      expect(clusterSize(n)).toBeGreaterThanOrEqual(last);
      last = clusterSize(n);
    }
  });
});

describe('countryShade: fill opacity by count', () => {
  test.each([
    [0, 10, 0],
    [5, 0, 0],
    [4, 100, 0.17],
    [36, 100, 0.31],
    [100, 100, 0.45],
    [200, 100, 0.45],
  ])('countryShade(%i, %i) = %f', (count, max, shade) => expect(countryShade(count, max)).toBe(shade));
});
