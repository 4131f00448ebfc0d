import { describe, expect, test } from 'vitest';
import { CLUSTER_FROM, clusterPoints, groupPlaces, sameCounts, shouldCluster, spotsOf } from '../../../src/components/map/cluster-input.ts';
import type { Place } from '../../../src/lib/schema.ts';

const place = (id: string, kind: string, extra: Partial<Place> = {}): Place => ({
  id,
  kind,
  name: { zh: id, en: id },
  lat: 50,
  lon: 30,
  ...extra,
});

const places = [
  place('kyiv', 'city', { country: 'UA' }),
  place('donbas', 'area', { country: 'UA' }),
  place('ukraine', 'country', { country: 'UA' }),
  place('black-sea', 'sea'),
  place('kerch-strait', 'strait'),
  place('soviet-union', 'historical-country'),
  place('kremlin', 'landmark', { country: 'RU' }),
  place('nowhere', 'city'),
  place('atlantis', 'country'),
];

describe('groupPlaces', () => {
  const counts = new Map([
    ['kremlin', 2],
    ['kyiv', 5],
    ['donbas', 3],
    ['ukraine', 9],
    ['black-sea', 1],
    ['kerch-strait', 1],
    ['soviet-union', 1],
    ['atlantis', 1],
  ]);
  const g = groupPlaces(counts, places);
  const ids = (list: { place: Place }[]) => list.map((c) => c.place.id);

  test.each([
    ['points: towns and landmarks, in the dataset order', 'points', ['kyiv', 'kremlin']],
    ['areas: regions, historical countries, countries without a code', 'areas', ['donbas', 'soviet-union', 'atlantis']],
    ['water: seas and straits', 'water', ['black-sea', 'kerch-strait']],
    ['countries: with a code, to fill their shape', 'countries', ['ukraine']],
  ] as const)('%s', (_name, key, expected) => expect(ids(g[key])).toEqual(expected));

  test('carries the counts, and leaves out places without events', () => {
    expect(g.points.map((c) => c.count)).toEqual([5, 2]);
    expect([...g.points, ...g.areas, ...g.water, ...g.countries].some((c) => c.place.id === 'nowhere')).toBe(false);
  });
});

describe('sameCounts', () => {
  const a = new Map([
    ['x', 1],
    ['y', 2],
  ]);
  test.each([
    ['no previous counts', null, a, false],
    ['the same', new Map(a), a, true],
    ['a count changed', new Map([['x', 1], ['y', 3]]), a, false],
    ['a place more', new Map([...a, ['z', 1]]), a, false],
    ['other places', new Map([['x', 1], ['z', 2]]), a, false],
  ] as const)('%s', (_name, before, now, same) => expect(sameCounts(before, now)).toBe(same));
});

test.each([
  [0, false],
  [CLUSTER_FROM, false],
  [CLUSTER_FROM + 1, true],
  [5000, true],
])('shouldCluster(%i) = %s', (n, yes) => expect(shouldCluster(n)).toBe(yes));

test('spotsOf: the places the clusterer indexes', () => {
  expect(spotsOf(places).map((p) => p.id)).toEqual(['kyiv', 'kremlin', 'nowhere']);
});

test('clusterPoints: GeoJSON points in [lon, lat], carrying their position in the list', () => {
  expect(clusterPoints([place('kyiv', 'city', { lat: 50.45, lon: 30.52 }), place('rome', 'city', { lat: 41.9, lon: 12.5 })])).toEqual([
    { type: 'Feature', geometry: { type: 'Point', coordinates: [30.52, 50.45] }, properties: { i: 0 } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [12.5, 41.9] }, properties: { i: 1 } },
  ]);
});
