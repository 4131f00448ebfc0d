// What the map draws, sorted out of the window's place counts: towns and other spots go to the
// clusterer, regions and waters are drawn as they are (there are few of them and they do not pile up
// on one spot), countries become shapes. Cheap enough to run on every window change: one pass over
// the dataset's places.
import type { Place } from '../../lib/schema.ts';
import { placeShape } from './marker-style.ts';

export interface Counted {
  place: Place;
  count: number;
}

export interface PlaceGroups {
  points: Counted[];
  areas: Counted[];
  water: Counted[];
  countries: Counted[];
}

/**
 * Below this many spots the map draws each one: clustering a handful of towns only hides them
 * (Moscow and its Kremlin, 150 m apart, would merge at every zoom). Above it, they are clustered.
 */
export const CLUSTER_FROM = 50;

export function shouldCluster(points: number): boolean {
  return points > CLUSTER_FROM;
}

/** The spots of a dataset: what the clusterer indexes, once. */
export function spotsOf(places: Iterable<Place>): Place[] {
  return [...places].filter((p) => placeShape(p.kind) === 'point');
}

/** The places with events, grouped by how they are drawn, in the dataset's order. */
export function groupPlaces(counts: Map<string, number>, places: Iterable<Place>): PlaceGroups {
  const groups: PlaceGroups = { points: [], areas: [], water: [], countries: [] };
  for (const place of places) {
    const count = counts.get(place.id);
    if (!count) continue;
    const shape = placeShape(place.kind);
    // A country without an ISO code has no shape to fill; it is drawn as a region.
    if (shape === 'country') (place.country ? groups.countries : groups.areas).push({ place, count });
    else if (shape === 'area') groups.areas.push({ place, count });
    else if (shape === 'water') groups.water.push({ place, count });
    else groups.points.push({ place, count });
  }
  return groups;
}

/** Same places with the same counts: the clusterer's index can be kept as it is. */
export function sameCounts(a: Map<string, number> | null, b: Map<string, number>): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [id, n] of b) if (a.get(id) !== n) return false;
  return true;
}

export interface PointProps {
  /** The spot's position in the list the clusterer was given. */
  i: number;
}

export interface PointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PointProps;
}

/** The clusterer's input: one GeoJSON point per spot, carrying its position in the list. */
export function clusterPoints(places: Place[]): PointFeature[] {
  return places.map((place, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: { i },
  }));
}
