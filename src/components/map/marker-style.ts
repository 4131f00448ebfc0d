// How a place looks on the map. The kind decides the symbol — a town is a dot, a region or area a
// dashed disc, a sea or strait a wavy ring, a country its own shape on the basemap (a country is not
// a pinpoint) — and the event count decides the size: area grows with the count, so a square-root radius.

export type Shape = 'point' | 'area' | 'water' | 'country';

/** Kinds drawn as a disc around a label point: they name a stretch of land, not a spot. */
const AREA_KINDS = new Set(['region', 'area', 'continent', 'historical-country', 'province', 'state', 'oblast', 'district']);
const WATER_KINDS = new Set(['sea', 'strait', 'river', 'lake', 'gulf', 'bay', 'ocean', 'channel']);

export function placeShape(kind: string): Shape {
  if (kind === 'country') return 'country';
  if (AREA_KINDS.has(kind)) return 'area';
  if (WATER_KINDS.has(kind)) return 'water';
  return 'point';
}

function sqrtScale(count: number, min: number, max: number, step: number): number {
  return Math.round(Math.min(max, min + step * Math.sqrt(Math.max(0, count - 1))));
}

/** Diameter in px of a town's dot: 12 px for one event, 40 px from about 32 events. */
export function markerSize(count: number): number {
  return sqrtScale(count, 12, 40, 5);
}

/** Diameter in px of a region's disc: larger than a town's, since it stands for an area. */
export function areaSize(count: number): number {
  return sqrtScale(count, 26, 72, 6);
}

/**
 * Diameter in px of a cluster bubble, by the summed event count of its places (it holds a number).
 * At most 46 px: clusters are at least 60 px apart (the clusterer's radius), so bubbles never cover
 * each other.
 */
export function clusterSize(sum: number): number {
  return Math.round(Math.min(46, 24 + 1.6 * Math.log2(Math.max(1, sum))));
}

export function sizeFor(shape: Shape, count: number): number {
  return shape === 'area' ? areaSize(count) : markerSize(count);
}

/**
 * Fill opacity of a mentioned country's shape: 0.1 for the least mentioned, up to 0.45 for the most,
 * on a square-root scale so one very busy country does not wash out the rest.
 */
export function countryShade(count: number, max: number): number {
  if (max <= 0 || count <= 0) return 0;
  return Math.round((0.1 + 0.35 * Math.sqrt(Math.min(1, count / max))) * 100) / 100;
}
