// The dataset's ways out: `npm run dataset -- --format json|geojson|csv|timelinejs`, and later the
// app's "download this view". Pure functions of a Dataset, free of Node and DOM APIs; the same
// dataset always gives the same text.
import type { Dataset } from '../../src/lib/schema.ts';
import { toCSV } from './csv.ts';
import { geoJSONText } from './geojson.ts';
import { timelineJSText } from './timelinejs.ts';

export { toCSV, CSV_COLUMNS } from './csv.ts';
export { toGeoJSON, type EventFeatureCollection, type EventPlaceFeature, type EventPlaceProperties } from './geojson.ts';
export { toTimelineJS, type TimelineDocument, type TimelineSlide } from './timelinejs.ts';

export const EXPORT_FORMATS = ['json', 'geojson', 'csv', 'timelinejs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name extension and media type of each format, for a download. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  json: { extension: 'json', mediaType: 'application/json' },
  geojson: { extension: 'geojson', mediaType: 'application/geo+json' },
  csv: { extension: 'csv', mediaType: 'text/csv;charset=utf-8' },
  timelinejs: { extension: 'json', mediaType: 'application/json' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The dataset as the text of a file in `format` (json: the dataset itself, as the prebuild writes it). */
export function exportDataset(dataset: Dataset, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(dataset) + '\n';
    case 'geojson':
      return geoJSONText(dataset);
    case 'csv':
      return toCSV(dataset);
    case 'timelinejs':
      return timelineJSText(dataset);
  }
}
