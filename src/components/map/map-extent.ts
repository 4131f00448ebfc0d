// The map's extent as plain numbers: rounded as the URL writes it, compared with a tolerance, and
// the few conversions between the map's bounds and what the clusterer wants.
import type { MapExtent } from '../../state/view.ts';

/** Rounded as viewToParams writes it, so a value read back from the URL compares equal. */
export function roundExtent(e: MapExtent): MapExtent {
  return { lat: +e.lat.toFixed(4), lon: +e.lon.toFixed(4), zoom: +e.zoom.toFixed(2) };
}

/** Equal within what the URL keeps; a map that has arrived where it was sent compares equal. */
export function sameExtent(a: MapExtent | null, b: MapExtent | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.lat - b.lat) < 2e-4 && Math.abs(a.lon - b.lon) < 2e-4 && Math.abs(a.zoom - b.zoom) < 0.02;
}

/**
 * The copy of a longitude nearest to the map's centre. The basemap draws Russia whole east of 180°,
 * so a view can be centred at 170° and show 200°; a place at -170° belongs at 190° there.
 */
export function nearestLon(lon: number, centerLon: number): number {
  return lon + 360 * Math.round((centerLon - lon) / 360);
}

export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The clusterer's [west, south, east, north]; a view wider than the world asks for all of it. */
export function clusterBbox(b: Box): [number, number, number, number] {
  const south = Math.max(-85, b.south);
  const north = Math.min(85, b.north);
  if (b.east - b.west >= 360) return [-180, south, 180, north];
  return [b.west, south, b.east, north];
}
