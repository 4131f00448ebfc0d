// "Download this view" (src/components/download): the view's events become a dataset of their own
// with only the articles and places they reference, written by the CLI's exporters; the file is
// named after the window's days; the menu's counts match what each format writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDataset, type ExportFormat } from '../../../scripts/export/index.ts';
import { downloadName, viewDataset, viewFile } from '../../../src/components/download/view-export.ts';
import { MENU_FORMATS, writtenCount } from '../../../src/components/download/written-count.ts';
import { indexDataset } from '../../../src/lib/dataset-index.ts';
import { filterEvents, inWindow } from '../../../src/lib/event-filter.ts';
import { datasetSchema, type Dataset, type NewsEvent } from '../../../src/lib/schema.ts';
import { NO_FILTERS } from '../../../src/state/view.ts';

const event = (id: string, article: string, start: string, places: string[]): NewsEvent => ({
  id,
  article,
  text: `${id}：基辅，"引号"`,
  start,
  end: start,
  precision: 'day',
  times: [],
  mentions: [],
  places,
});

const article = (id: string) => ({ id, file: `${id}.md`, title: `标题 ${id}`, source: '新华社', published: '2022-04-05T00:00:00Z', categories: [] });
const place = (id: string, lat: number, lon: number) => ({ id, name: { zh: id, en: id }, kind: 'city', lat, lon });

const dataset: Dataset = datasetSchema.parse({
  version: 1,
  articles: [article('a-1'), article('a-2'), article('a-3')],
  places: [place('kyiv', 50.45, 30.52), place('lviv', 49.84, 24.03), place('odesa', 46.48, 30.72)],
  events: [
    event('e-1', 'a-1', '2022-03-01', ['kyiv', 'lviv']),
    event('e-2', 'a-2', '2022-03-02', ['odesa']),
    event('e-3', 'a-3', '2022-03-03', []),
    event('e-4', 'a-1', '2022-03-04', ['lviv']),
  ],
});
const pick = (...ids: string[]) => ids.map((id) => ({ event: dataset.events.find((e) => e.id === id)! }));

describe('viewDataset', () => {
  it.each([
    { name: 'one event: its article and places only', ids: ['e-4'], articles: ['a-1'], places: ['lviv'] },
    { name: 'places in the dataset order, each once', ids: ['e-4', 'e-1'], articles: ['a-1'], places: ['kyiv', 'lviv'] },
    { name: 'an event without places keeps its article', ids: ['e-3'], articles: ['a-3'], places: [] },
    { name: 'everything', ids: ['e-1', 'e-2', 'e-3', 'e-4'], articles: ['a-1', 'a-2', 'a-3'], places: ['kyiv', 'lviv', 'odesa'] },
    { name: 'nothing shown', ids: [], articles: [], places: [] },
  ])('$name', ({ ids, articles, places }) => {
    const sub = viewDataset(dataset, pick(...ids));
    expect(sub.version).toBe(dataset.version);
    expect(sub.events.map((e) => e.id)).toEqual(ids); // the list's order, not the dataset's
    expect(sub.articles.map((a) => a.id)).toEqual(articles);
    expect(sub.places.map((p) => p.id)).toEqual(places);
    expect(datasetSchema.safeParse(sub).success).toBe(true);
  });

  it('leaves the dataset as it was', () => {
    const before = JSON.stringify(dataset);
    viewDataset(dataset, pick('e-2'));
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('downloadName', () => {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  it.each<{ name: string; range: [number, number]; format: ExportFormat; expected: string }>([
    { name: 'a window ending at midnight ends the day before', range: [day('2022-02-01'), day('2022-04-01')], format: 'geojson', expected: 'chronomap-2022-02-01_2022-03-31.geojson' },
    { name: 'a window ending within a day keeps that day', range: [day('2022-02-01') + 3_600_000, day('2022-03-31') + 60_000], format: 'csv', expected: 'chronomap-2022-02-01_2022-03-31.csv' },
    { name: 'one day', range: [day('2022-03-05'), day('2022-03-06')], format: 'json', expected: 'chronomap-2022-03-05_2022-03-05.json' },
    { name: 'TimelineJS says so, beside the dataset JSON', range: [day('2022-02-01'), day('2022-04-01')], format: 'timelinejs', expected: 'chronomap-2022-02-01_2022-03-31.timelinejs.json' },
  ])('$name', ({ range, format, expected }) => {
    expect(downloadName(range, format)).toBe(expected);
  });
});

describe('viewFile', () => {
  const range: [number, number] = [Date.parse('2022-03-01'), Date.parse('2022-03-05')];

  it.each(EXPORT_FORMATS)('%s is the CLI export of the cut-down dataset', (format) => {
    const file = viewFile(dataset, pick('e-1', 'e-3'), range, format);
    expect(file.text).toBe(exportDataset(viewDataset(dataset, pick('e-1', 'e-3')), format));
    expect(file.name).toMatch(/^chronomap-2022-03-01_2022-03-04\./);
  });

  it('GeoJSON holds the view events with places, as [lon, lat] points', () => {
    const geo = JSON.parse(viewFile(dataset, pick('e-1', 'e-3'), range, 'geojson').text) as {
      features: { geometry: { coordinates: number[] }; properties: { event_id: string; place_id: string } }[];
    };
    expect(geo.features.map((f) => [f.properties.event_id, f.properties.place_id, f.geometry.coordinates])).toEqual([
      ['e-1', 'kyiv', [30.52, 50.45]],
      ['e-1', 'lviv', [24.03, 49.84]],
    ]);
  });

  it('CSV: one row per event and place, an unplaced event on one row, BOM first as from the CLI', () => {
    const file = viewFile(dataset, pick('e-1', 'e-3'), range, 'csv');
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    expect(file.text.startsWith('\uFEFFevent_id,')).toBe(true);
    const lines = file.text.trimEnd().split('\r\n').slice(1);
    expect(lines.map((l) => l.split(',')[0])).toEqual(['e-1', 'e-1', 'e-3']);
  });
});

describe('writtenCount', () => {
  it('the menu offers the four formats', () => {
    expect([...MENU_FORMATS].sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it.each(MENU_FORMATS)('%s: the count is the events the file holds', (format) => {
    const shown = pick('e-1', 'e-2', 'e-3');
    const sub = viewDataset(dataset, shown);
    const text = exportDataset(sub, format);
    const written =
      format === 'geojson'
        ? new Set((JSON.parse(text) as { features: { properties: { event_id: string } }[] }).features.map((f) => f.properties.event_id)).size
        : format === 'timelinejs'
          ? (JSON.parse(text) as { events: unknown[] }).events.length
          : format === 'json'
            ? (JSON.parse(text) as Dataset).events.length
            : new Set(text.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0])).size;
    expect(writtenCount(shown, format)).toBe(written);
    expect(writtenCount(shown, format)).toBe(format === 'geojson' ? 2 : 3);
  });
});

describe('on the samples', () => {
  // The committed golden dataset of the samples (a fresh clone has no public/data yet).
  const samples = datasetSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/samples.golden.json', import.meta.url), 'utf8')));
  const index = indexDataset(samples);

  it('a filtered, windowed view writes exactly the events the list shows', () => {
    const filtered = filterEvents(index, { ...NO_FILTERS, precisions: ['day'] });
    const shown = inWindow(filtered, index.focus);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(samples.events.length);
    const sub = JSON.parse(viewFile(samples, shown, index.focus, 'json').text) as unknown;
    const parsed = datasetSchema.parse(sub);
    expect(parsed.events.map((e) => e.id)).toEqual(shown.map((e) => e.event.id));
    expect(new Set(parsed.events.map((e) => e.article))).toEqual(new Set(parsed.articles.map((a) => a.id)));
    expect(new Set(parsed.events.flatMap((e) => e.places))).toEqual(new Set(parsed.places.map((p) => p.id)));
  });
});
