import { expect, test } from 'vitest';
import { initialBounds } from '../../../src/components/map/initial-bounds.ts';
import type { Place } from '../../../src/lib/schema.ts';

const p = (id: string, lat: number, lon: number, kind = 'city'): Place => ({ id, kind, name: { zh: id, en: id }, lat, lon });

test('no places: no bounds', () => expect(initialBounds([], new Map())).toBeNull());

test('countries alone say nothing about where things happen', () => {
  expect(initialBounds([p('russia', 60, 100, 'country')], new Map([['russia', 50]]))).toBeNull();
});

test('one place: a box around that point', () => {
  expect(initialBounds([p('kyiv', 50.45, 30.52)], new Map([['kyiv', 3]]))).toEqual({ south: 50.45, north: 50.45, west: 30.52, east: 30.52 });
});

test('one mention far away does not stretch the box around the bulk of the events', () => {
  const places = [p('kyiv', 50.45, 30.52), p('mariupol', 47.1, 37.54), p('washington', 38.9, -77), p('russia', 60, 100, 'country')];
  const counts = new Map([
    ['kyiv', 40],
    ['mariupol', 40],
    ['washington', 1],
    ['russia', 100],
  ]);
  const b = initialBounds(places, counts)!;
  expect(b.west).toBeGreaterThan(0);
  expect(b).toEqual({ south: 47.1, north: 50.45, west: 30.52, east: 37.54 });
});
