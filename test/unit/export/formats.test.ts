// The dataset's ways out (scripts/export): GeoJSON, CSV and TimelineJS from one hand-made dataset
// full of awkward text — commas, quotes, line breaks, markup, formulas, Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  EXPORT_FORMATS,
  exportDataset,
  isExportFormat,
  toCSV,
  toGeoJSON,
  toTimelineJS,
} from '../../../scripts/export/index.ts';
import { csvField, inertCell } from '../../../scripts/export/csv.ts';
import { timelineDates } from '../../../scripts/export/timelinejs.ts';
import { datasetSchema, type Dataset, type NewsEvent } from '../../../src/lib/schema.ts';
import { parseCSV } from './csv-reader.ts';

const event = (id: string, over: Partial<NewsEvent>): NewsEvent => ({
  id,
  article: 'a-1',
  text: '基辅4日发生爆炸。',
  start: '2022-04-04',
  end: '2022-04-04',
  precision: 'day',
  times: [{ text: '4日', offset: 2, start: '2022-04-04', end: '2022-04-04', precision: 'day' }],
  mentions: [{ text: '基辅', offset: 0, place: 'kyiv' }],
  places: ['kyiv'],
  ...over,
});

const TRICKY = '他说："停火，立即"\n<script>alert(1)</script> & \'引号\'';

const dataset: Dataset = datasetSchema.parse({
  version: 1,
  articles: [
    {
      id: 'a-1',
      file: 'one.md',
      title: '标题，带"引号"\n和换行',
      source: 'Aljazeera 半岛网',
      published: '2022-04-05T09:59:09Z',
      categories: ['新闻'],
      image: 'https://example.com/a.jpg?w=1,2',
      url: 'https://example.com/news?id=1&x=2,3',
    },
    { id: 'a-2', file: 'two.md', title: '', source: '', published: '2021-12-27T00:00:00Z', categories: [] },
  ],
  places: [
    { id: 'kyiv', name: { zh: '基辅', en: 'Kyiv' }, kind: 'city', lat: 50.4547, lon: 30.5238, country: 'UA' },
    { id: 'mariupol', name: { zh: '马里乌波尔', en: 'Mariupol' }, kind: 'city', lat: 47.0951, lon: 37.5413, country: 'UA' },
    { id: 'atlantic', name: { zh: '大西洋', en: 'Atlantic Ocean' }, kind: 'sea', lat: 14.6, lon: -28.7 },
  ],
  events: [
    event('e-1-001', { mentions: [{ text: '基辅', offset: 0, place: 'kyiv' }, { text: '马里乌波尔', offset: 8, place: 'mariupol' }], places: ['kyiv', 'mariupol'], text: '基辅4日发生爆炸，马里乌波尔停火。' }),
    event('e-1-002', { text: TRICKY, times: [], mentions: [], places: [], precision: 'reported', start: '2022-04-05', end: '2022-04-05' }),
    event('e-1-003', { text: '=HYPERLINK("http://evil")，大西洋', mentions: [], places: ['atlantic'], times: [], precision: 'reported', start: '2022-04-05', end: '2022-04-05' }),
    event('e-2-001', { article: 'a-2', text: '明年2月至3月', precision: 'month', start: '2022-02-01', end: '2022-03-31', places: [], mentions: [] }),
    event('e-2-002', { article: 'a-2', text: '2022年', precision: 'year', start: '2022-01-01', end: '2022-12-31', places: ['kyiv'] }),
    event('e-2-003', { article: 'a-2', text: '上世纪80年代', precision: 'decade', start: '1980-01-01', end: '1989-12-31', places: [], mentions: [] }),
    event('e-2-004', { article: 'a-2', text: '今年冬季', precision: 'season', start: '2021-12-01', end: '2022-02-28', places: [], mentions: [] }),
    event('e-2-005', { article: 'a-2', text: '上周', precision: 'week', start: '2021-12-20', end: '2021-12-26', places: [], mentions: [] }),
    event('e-2-006', { article: 'a-2', text: '本月', precision: 'month', start: '2021-12-01', end: '2021-12-31', places: [], mentions: [] }),
  ],
});

describe('formats', () => {
  it('are four, and only those', () => {
    expect(EXPORT_FORMATS).toEqual(['json', 'geojson', 'csv', 'timelinejs']);
    expect(isExportFormat('csv')).toBe(true);
    expect(isExportFormat('xml')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });

  it('json is the dataset as the prebuild writes it', () => {
    expect(exportDataset(dataset, 'json')).toBe(JSON.stringify(dataset) + '\n');
  });

  it.each(EXPORT_FORMATS)('%s is deterministic, and the same for a copy of the dataset', (format) => {
    const copy = JSON.parse(JSON.stringify(dataset)) as Dataset;
    expect(exportDataset(copy, format)).toBe(exportDataset(dataset, format));
  });

  it('use no Node or DOM API, so the app can export too', () => {
    const dir = new URL('../../../scripts/export/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/from ['"](node:|fs|path|os|crypto)|\b(Buffer|process|document|window|globalThis)\b/);
    }
  });
});

describe('GeoJSON', () => {
  const fc = toGeoJSON(dataset);

  it('has one Point per event and place, at [lon, lat], and none for events without places', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.id)).toEqual(['e-1-001/kyiv', 'e-1-001/mariupol', 'e-1-003/atlantic', 'e-2-002/kyiv']);
    expect(fc.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [37.5413, 47.0951] });
    expect(fc.features[2]!.geometry.coordinates).toEqual([-28.7, 14.6]);
  });

  it('carries the event, its article and its place', () => {
    expect(fc.features[1]!.properties).toEqual({
      event_id: 'e-1-001',
      text: '基辅4日发生爆炸，马里乌波尔停火。',
      start: '2022-04-04',
      end: '2022-04-04',
      precision: 'day',
      date_text: '4日',
      place_id: 'mariupol',
      place_zh: '马里乌波尔',
      place_en: 'Mariupol',
      place_kind: 'city',
      place_country: 'UA',
      article_id: 'a-1',
      article_title: '标题，带"引号"\n和换行',
      article_source: 'Aljazeera 半岛网',
      article_published: '2022-04-05T09:59:09Z',
      article_url: 'https://example.com/news?id=1&x=2,3',
    });
    expect(fc.features[3]!.properties.article_url).toBeNull();
    expect(fc.features[2]!.properties.place_country).toBeNull();
  });

  it('is JSON that reads back to the same values, Chinese as written', () => {
    const text = exportDataset(dataset, 'geojson');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(fc);
    expect(text).toContain('马里乌波尔');
    expect(text).toContain('标题，带\\"引号\\"\\n和换行');
  });

  it('leaves out a place the dataset has no record of', () => {
    const partial = { ...dataset, places: dataset.places.filter((p) => p.id !== 'kyiv') };
    expect(toGeoJSON(partial).features.map((f) => f.id)).toEqual(['e-1-001/mariupol', 'e-1-003/atlantic']);
  });
});

describe('CSV', () => {
  const text = toCSV(dataset);
  const rows = parseCSV(text.slice(1));
  const byEvent = (id: string) => rows.filter((r) => r[0] === id);

  it('starts with a UTF-8 byte-order mark and a header row, with CRLF line ends', () => {
    expect(text.startsWith('\uFEFFevent_id,start,end,precision,')).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(text.replace(/"[^"]*"/g, '').split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  });

  it('has one row per event and place, and one for an event without places', () => {
    expect(rows.slice(1).map((r) => `${r[0]}/${r[6]}`)).toEqual([
      'e-1-001/kyiv', 'e-1-001/mariupol', 'e-1-002/', 'e-1-003/atlantic', 'e-2-001/', 'e-2-002/kyiv', 'e-2-003/', 'e-2-004/', 'e-2-005/', 'e-2-006/',
    ]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(byEvent('e-1-002')[0]!.slice(6, 13)).toEqual(['', '', '', '', '', '', '']);
  });

  it('quotes commas, double quotes and line breaks, and reads back to the same text', () => {
    const row = byEvent('e-1-002')[0]!;
    expect(row[5]).toBe(TRICKY);
    expect(row[14]).toBe('标题，带"引号"\n和换行');
    expect(row[17]).toBe('https://example.com/news?id=1&x=2,3');
    expect(text).toContain('"他说：""停火，立即""\n<script>');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('基辅')).toBe('基辅');
  });

  it('writes numbers as numbers, and text that a spreadsheet would run as a formula with an apostrophe', () => {
    const row = byEvent('e-1-003')[0]!;
    expect(row[5]).toBe('\'=HYPERLINK("http://evil")，大西洋');
    expect([row[11], row[12]]).toEqual(['14.6', '-28.7']);
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(inertCell(bad)).toBe(`'${bad}`);
    expect(inertCell('2022年')).toBe('2022年');
  });
});

describe('TimelineJS', () => {
  const doc = toTimelineJS(dataset);
  const slide = (id: string) => doc.events.find((e) => e.unique_id === id)!;

  it('has a title slide and one slide per event, keyed by the event id', () => {
    expect(doc.title).toEqual({ text: { headline: 'Chronomap', text: '9 events from 2 articles' } });
    expect(doc.events.map((e) => e.unique_id)).toEqual(dataset.events.map((e) => e.id));
  });

  it('dates each slide to the event’s precision', () => {
    expect(slide('e-1-001').start_date).toEqual({ year: 2022, month: 4, day: 4 });
    expect(slide('e-1-001').end_date).toBeUndefined();
    expect(slide('e-2-001')).toMatchObject({ start_date: { year: 2022, month: 2 }, end_date: { year: 2022, month: 3 } });
    expect(slide('e-2-006').start_date).toEqual({ year: 2021, month: 12 });
    expect(slide('e-2-006').end_date).toBeUndefined();
    expect(slide('e-2-002').start_date).toEqual({ year: 2022 });
    expect(slide('e-2-002').end_date).toBeUndefined();
    expect(slide('e-2-003')).toMatchObject({ start_date: { year: 1980 }, end_date: { year: 1989 } });
    expect(slide('e-2-004')).toMatchObject({ start_date: { year: 2021, month: 12 }, end_date: { year: 2022, month: 2 } });
    expect(slide('e-2-005')).toMatchObject({ start_date: { year: 2021, month: 12, day: 20 }, end_date: { year: 2021, month: 12, day: 26 } });
    expect(timelineDates({ start: '2022-04-05', end: '2022-04-07', precision: 'day' })).toEqual({
      start_date: { year: 2022, month: 4, day: 5 },
      end_date: { year: 2022, month: 4, day: 7 },
    });
  });

  it('marks a publication date standing in for the event’s', () => {
    expect(slide('e-1-002').display_date).toBe('2022-04-05 (reported)');
    expect(slide('e-1-001').display_date).toBeUndefined();
  });

  it('takes the headline from the title, else the places, else the sentence; all escaped as HTML', () => {
    expect(slide('e-1-001').text.headline).toBe('标题，带&quot;引号&quot;\n和换行');
    expect(slide('e-2-002').text.headline).toBe('基辅');
    expect(slide('e-2-001').text.headline).toBe('明年2月至3月');
    expect(slide('e-1-002').text.text).toBe('他说：&quot;停火，立即&quot;\n&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;引号&#39;');
    expect(JSON.stringify(doc)).not.toMatch(/<script/);
  });

  it('shows the article’s picture, linked to the article, and groups by source', () => {
    expect(slide('e-1-001').media).toEqual({ url: 'https://example.com/a.jpg?w=1,2', link: 'https://example.com/news?id=1&x=2,3', credit: 'Aljazeera 半岛网' });
    expect(slide('e-1-001').group).toBe('Aljazeera 半岛网');
    expect(slide('e-2-001').media).toBeUndefined();
    expect(slide('e-2-001').group).toBeUndefined();
  });

  it('never links to anything but a web address', () => {
    const hostile = { ...dataset, articles: dataset.articles.map((a) => ({ ...a, image: 'javascript:alert(1)', url: 'data:text/html,x' })) };
    expect(toTimelineJS(hostile).events.every((e) => e.media === undefined)).toBe(true);
    expect(toGeoJSON(hostile).features.every((f) => f.properties.article_url === null)).toBe(true);
  });

  it('gives TimelineJS only https pictures, which its viewer loads by itself', () => {
    const plain = { ...dataset, articles: dataset.articles.map((a) => ({ ...a, image: 'http://example.com/a.jpg' })) };
    expect(toTimelineJS(plain).events.every((e) => e.media === undefined)).toBe(true);
  });
});
