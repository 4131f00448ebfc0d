// CSV (RFC 4180) for spreadsheets: a header row, then one row per event and place (an event without
// places gets one row with the place columns empty). CRLF line ends, fields quoted when they hold a
// comma, a double quote or a line break, and a UTF-8 byte-order mark first so that Excel reads the
// Chinese as UTF-8 rather than as the system code page.
//
// A text cell that starts with = + - @ (or a tab or carriage return) would be run as a formula by
// Excel and LibreOffice ("CSV injection"); such a cell is written with a leading apostrophe, as
// OWASP advises. Only text columns are treated so: numbers (lat, lon) and dates are written as is.
import type { Dataset } from '../../src/lib/schema.ts';
import { eventPlaces, webAddress } from './rows.ts';

export const CSV_COLUMNS = [
  'event_id', 'start', 'end', 'precision', 'date_text', 'text',
  'place_id', 'place_zh', 'place_en', 'place_kind', 'place_country', 'lat', 'lon',
  'article_id', 'article_title', 'article_source', 'article_published', 'article_url',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Columns whose cells are numbers or machine-made values, never neutralised as formulas. */
const PLAIN: ReadonlySet<Column> = new Set(['start', 'end', 'lat', 'lon', 'article_published']);

const BOM = '\uFEFF';
const EOL = '\r\n';

/** One field, quoted per RFC 4180 when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell that a spreadsheet would not run as a formula. */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCSV(dataset: Dataset): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { event, article, place, placeId } of eventPlaces(dataset, true)) {
    const row: Record<Column, string> = {
      event_id: event.id,
      start: event.start,
      end: event.end,
      precision: event.precision,
      date_text: event.times[0]?.text ?? '',
      text: event.text,
      place_id: placeId ?? '',
      place_zh: place?.name.zh ?? '',
      place_en: place?.name.en ?? '',
      place_kind: place?.kind ?? '',
      place_country: place?.country ?? '',
      lat: place ? String(place.lat) : '',
      lon: place ? String(place.lon) : '',
      article_id: event.article,
      article_title: article?.title ?? '',
      article_source: article?.source ?? '',
      article_published: article?.published ?? '',
      article_url: webAddress(article?.url) ?? '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(PLAIN.has(c) ? row[c] : inertCell(row[c]))).join(','));
  }
  return BOM + lines.join(EOL) + EOL;
}
