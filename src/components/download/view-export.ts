// "Download this view": the events the list shows (filters ∩ time window) as a dataset of their
// own, written by the same export code as the CLI (scripts/export), so a file from the app and one
// from `npm run dataset -- --format …` are the same text for the same events. Pure (no DOM); the
// menu imports this module only when opened, so the exporters stay out of the first download.
import { EXPORT_FILES, exportDataset, type ExportFormat } from '../../../scripts/export/index.ts';
import { toDay } from '../../lib/days.ts';
import type { Dataset, NewsEvent } from '../../lib/schema.ts';

/**
 * The dataset cut down to `events`: those events in the order given (the list's time order), and
 * only the articles and places they reference, in the dataset's order. Same version, so the result
 * validates as a dataset and opens in the app like the original.
 */
export function viewDataset(dataset: Dataset, events: readonly { event: NewsEvent }[]): Dataset {
  const articleIds = new Set<string>();
  const placeIds = new Set<string>();
  for (const { event } of events) {
    articleIds.add(event.article);
    for (const p of event.places) placeIds.add(p);
  }
  return {
    version: dataset.version,
    articles: dataset.articles.filter((a) => articleIds.has(a.id)),
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    events: events.map((e) => e.event),
  };
}

/**
 * `chronomap-2022-02-01_2022-03-31.geojson`: the first and last day of `range` (ms UTC, end
 * exclusive, as the view's window). Both JSON kinds end in .json, so TimelineJS's name says so.
 */
export function downloadName(range: readonly [number, number], format: ExportFormat): string {
  const first = toDay(range[0]);
  // The window ends just after its last instant; a window ending at midnight does not show that day.
  const last = toDay(Math.max(range[0], range[1] - 1));
  const kind = format === 'timelinejs' ? '.timelinejs' : '';
  return `chronomap-${first}_${last}${kind}.${EXPORT_FILES[format].extension}`;
}

export interface ViewFile {
  name: string;
  mediaType: string;
  text: string;
}

/** The file a download of this view in `format` writes. */
export function viewFile(
  dataset: Dataset,
  events: readonly { event: NewsEvent }[],
  range: readonly [number, number],
  format: ExportFormat,
): ViewFile {
  return {
    name: downloadName(range, format),
    mediaType: EXPORT_FILES[format].mediaType,
    text: exportDataset(viewDataset(dataset, events), format),
  };
}
