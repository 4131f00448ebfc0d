// How many events a download of the view writes, for the menu ("142 events") before any export
// code has loaded. Kept apart from view-export.ts because the menu needs it at once and it must not
// pull the exporters into the first download.
import type { ExportFormat } from '../../../scripts/export/index.ts';
import type { NewsEvent } from '../../lib/schema.ts';

/** The formats the menu offers, in its order: the map's, the spreadsheet's, TimelineJS, the dataset itself. */
export const MENU_FORMATS: readonly ExportFormat[] = ['geojson', 'csv', 'timelinejs', 'json'];

/**
 * Events written in `format`: all of them, except in GeoJSON, where an event without a place has no
 * point to stand at and is left out (scripts/export/geojson.ts).
 */
export function writtenCount(events: readonly { event: NewsEvent }[], format: ExportFormat): number {
  if (format !== 'geojson') return events.length;
  let n = 0;
  for (const { event } of events) if (event.places.length > 0) n++;
  return n;
}
