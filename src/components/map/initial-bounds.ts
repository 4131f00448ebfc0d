// Where the map opens: around the bulk of the places, weighted by how many events mention each,
// so one mention of Washington or Beijing does not zoom a war map out to the whole world.
import type { Place } from '../../lib/schema.ts';

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

function weightedQuantile(values: { v: number; w: number }[], q: number): number {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const total = sorted.reduce((s, x) => s + x.w, 0);
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= q * total) return x.v;
  }
  return sorted[sorted.length - 1]!.v;
}

/** The 10th–90th percentile box of the places' points, by event count; null when there are none. */
export function initialBounds(places: Place[], counts: Map<string, number>): Bounds | null {
  // A country's reference point says little about where things happen.
  const points = places.filter((p) => p.kind !== 'country');
  if (points.length === 0) return null;
  const lat = points.map((p) => ({ v: p.lat, w: counts.get(p.id) ?? 1 }));
  const lon = points.map((p) => ({ v: p.lon, w: counts.get(p.id) ?? 1 }));
  return {
    south: weightedQuantile(lat, 0.1),
    north: weightedQuantile(lat, 0.9),
    west: weightedQuantile(lon, 0.1),
    east: weightedQuantile(lon, 0.9),
  };
}
