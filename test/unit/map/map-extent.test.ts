import { describe, expect, test } from 'vitest';
import { clusterBbox, nearestLon, roundExtent, sameExtent } from '../../../src/components/map/map-extent.ts';
import { viewFromParams, viewToParams } from '../../../src/state/view.ts';

test('roundExtent rounds as the URL writes, so a round trip compares equal', () => {
  const e = roundExtent({ lat: 48.123456789, lon: 37.987654321, zoom: 5.123456 });
  expect(e).toEqual({ lat: 48.1235, lon: 37.9877, zoom: 5.12 });
  const back = viewFromParams(viewToParams({ map: e })).map!;
  expect(sameExtent(back, e)).toBe(true);
  expect(back).toEqual(e);
});

describe('sameExtent', () => {
  const a = { lat: 48, lon: 37, zoom: 5 };
  test.each([
    ['identical', a, a, true],
    ['within rounding', a, { lat: 48.0001, lon: 36.9999, zoom: 5.01 }, true],
    ['moved', a, { lat: 48.01, lon: 37, zoom: 5 }, false],
    ['zoomed', a, { lat: 48, lon: 37, zoom: 5.25 }, false],
    ['one missing', a, null, false],
    ['both missing', null, null, true],
  ])('%s', (_name, x, y, same) => expect(sameExtent(x, y)).toBe(same));
});

describe('nearestLon: the world copy in view', () => {
  test.each([
    [30, 30, 30],
    [-170, 170, 190],
    [170, -170, -190],
    [10, 200, 370],
    [-100, 100, 260],
    [-100, 70, -100],
    [-179, 10, 181],
    [-150, 10, -150],
  ])('nearestLon(%f, centre %f) = %f', (lon, centre, out) => expect(nearestLon(lon, centre)).toBe(out));
});

describe('clusterBbox', () => {
  test.each([
    ['a normal view', { south: 40, west: 20, north: 55, east: 45 }, [20, 40, 45, 55]],
    ['poles clamped', { south: -89, west: 0, north: 89, east: 10 }, [0, -85, 10, 85]],
    ['wider than the world', { south: -60, west: -250, north: 70, east: 200 }, [-180, -60, 180, 70]],
    ['across the antimeridian', { south: 40, west: 150, north: 70, east: 210 }, [150, 40, 210, 70]],
  ])('%s', (_name, box, out) => expect(clusterBbox(box)).toEqual(out));
});
