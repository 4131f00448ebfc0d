// "Download this view" (issue 7): the header's Download menu writes the events the list shows —
// search ∩ time window — as GeoJSON, CSV, TimelineJS JSON and dataset JSON, each the same text the
// CLI's exporters write for those events. Driven from the keyboard, read back from the saved files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { counts, list, open, rows, settledShown } from './explore-helpers.ts';
import { exportDataset, CSV_COLUMNS, type ExportFormat } from '../../scripts/export/index.ts';
import { datasetSchema, type Dataset } from '../../src/lib/schema.ts';

// A window from 1 March to 4 April 2022 (the 5 April news falls outside), and a search.
const WINDOW = 't=2022-03-01~2022-04-05';
const FILE_DAYS = 'chronomap-2022-03-01_2022-04-04';
/** The menu's order (src/components/download/written-count.ts). */
const ORDER: ExportFormat[] = ['geojson', 'csv', 'timelinejs', 'json'];

const button = (page: Page) => page.getByTestId('download-button');
const menu = (page: Page) => page.getByTestId('download-menu');
const item = (page: Page, format: ExportFormat) => menu(page).locator(`[data-format="${format}"]`);

async function search(page: Page, query: string) {
  await page.getByTestId('search').fill(query);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
  return settledShown(page);
}

/** Every id the (virtualised) list shows, in its order: scrolls through it, reading the rows. */
async function listedIds(page: Page): Promise<string[]> {
  const n = (await counts(page)).shown;
  const ids: (string | undefined)[] = new Array<string | undefined>(n);
  const read = async () => {
    const seen = await rows(page).evaluateAll((els) => els.map((e) => [Number(e.getAttribute('aria-posinset')), e.getAttribute('data-event')] as const));
    for (const [pos, id] of seen) if (id) ids[pos - 1] = id;
    return Math.max(0, ...seen.map(([pos]) => pos));
  };
  let last = await read();
  await list(page).evaluate((el) => (el.scrollTop = 0));
  while (last < n) {
    const before = last;
    await list(page).evaluate((el) => el.scrollBy(0, el.clientHeight / 2));
    await expect.poll(read).toBeGreaterThan(before);
    last = await read();
  }
  expect(ids.filter(Boolean)).toHaveLength(n);
  return ids as string[];
}

/** Opens the menu from the keyboard, walks to `format` with ↓ and presses Enter. */
async function downloadWithKeys(page: Page, format: ExportFormat): Promise<{ name: string; text: string }> {
  await button(page).focus();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toBeVisible();
  await expect(item(page, 'geojson')).toBeFocused();
  for (let i = 0; i < ORDER.indexOf(format); i++) await page.keyboard.press('ArrowDown');
  await expect(item(page, format)).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  // The menu closes and hands the focus back to its button.
  await expect(menu(page)).toHaveCount(0);
  await expect(button(page)).toBeFocused();
  return { name: download.suggestedFilename(), text: await saved(download) };
}

async function saved(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCSV(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      out.push(row);
      row = [];
      i++;
    } else field += c;
  }
  expect(quoted).toBe(false);
  expect(field + row.join('')).toBe(''); // ends with CRLF
  return out;
}

interface Feature {
  geometry: { type: string; coordinates: [number, number] };
  properties: { event_id: string; place_id: string };
}

test('each format writes exactly the events the list shows, from the keyboard', async ({ page, consoleErrors }) => {
  await open(page, `?lang=en&${WINDOW}`);
  const windowOnly = (await counts(page)).shown;
  const n = await search(page, 'Ukraine');
  expect(n).toBeGreaterThan(5);
  expect(n).toBeLessThan(windowOnly); // the search narrows…
  const listed = await listedIds(page);
  const total = (await counts(page)).total;
  expect(n).toBeLessThan(total);

  // The dataset JSON: a valid dataset holding the listed events and only what they reference.
  const json = await downloadWithKeys(page, 'json');
  expect(json.name).toBe(`${FILE_DAYS}.json`);
  const parsed = datasetSchema.safeParse(JSON.parse(json.text));
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const dataset = parsed.data as Dataset;
  expect(dataset.events.map((e) => e.id)).toEqual(listed);
  expect(new Set(dataset.places.map((p) => p.id))).toEqual(new Set(dataset.events.flatMap((e) => e.places)));
  expect(new Set(dataset.articles.map((a) => a.id))).toEqual(new Set(dataset.events.map((e) => e.article)));
  const placed = dataset.events.filter((e) => e.places.length > 0).map((e) => e.id);
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));

  // GeoJSON: one point per event and place, at the place's [lon, lat]; events without a place have no point.
  const geo = await downloadWithKeys(page, 'geojson');
  expect(geo.name).toBe(`${FILE_DAYS}.geojson`);
  const collection = JSON.parse(geo.text) as { type: string; features: Feature[] };
  expect(collection.type).toBe('FeatureCollection');
  const geoIds = [...new Set(collection.features.map((f) => f.properties.event_id))];
  expect(new Set(geoIds)).toEqual(new Set(listed.filter((id) => placed.includes(id))));
  expect(geoIds.length).toBeGreaterThan(0);
  for (const f of collection.features) {
    const place = placeById.get(f.properties.place_id)!;
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
  }

  // CSV: the header, then one row per event and place (one for an event without places), Chinese intact.
  const csv = await downloadWithKeys(page, 'csv');
  expect(csv.name).toBe(`${FILE_DAYS}.csv`);
  expect(csv.text.startsWith('\uFEFF')).toBe(true); // as the CLI writes it, so Excel reads UTF-8
  const [header, ...records] = parseCSV(csv.text.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  const expectedRows = dataset.events.reduce((sum, e) => sum + Math.max(1, e.places.length), 0);
  expect(records).toHaveLength(expectedRows);
  expect(new Set(records.map((r) => r[0]))).toEqual(new Set(listed));
  const zh = header!.indexOf('place_zh');
  expect(records.some((r) => r[zh] === '乌克兰')).toBe(true);
  const textCol = header!.indexOf('text');
  expect(records.map((r) => r[textCol])).toContain(dataset.events[0]!.text);

  // TimelineJS: one slide per event, dated with start_date objects.
  const tl = await downloadWithKeys(page, 'timelinejs');
  expect(tl.name).toBe(`${FILE_DAYS}.timelinejs.json`);
  const doc = JSON.parse(tl.text) as { events: { unique_id: string; start_date: { year: number; month?: number } }[] };
  expect(doc.events.map((e) => e.unique_id)).toEqual(listed);
  doc.events.forEach((slide, i) => {
    const start = dataset.events[i]!.start;
    expect(typeof slide.start_date).toBe('object');
    expect(slide.start_date.year).toBe(Number(start.slice(0, 4)));
  });

  // The app's files are the CLI's, byte for byte, for the same events.
  expect(geo.text).toBe(exportDataset(dataset, 'geojson'));
  expect(csv.text).toBe(exportDataset(dataset, 'csv'));
  expect(tl.text).toBe(exportDataset(dataset, 'timelinejs'));

  // The menu says how many events each file holds.
  await button(page).click();
  await expect(item(page, 'csv')).toHaveAttribute('data-count', String(n));
  await expect(item(page, 'csv')).toContainText(`${n} events`);
  await expect(item(page, 'geojson')).toHaveAttribute('data-count', String(geoIds.length));
  expect(consoleErrors).toEqual([]);
});

test('changing the search changes the count in the menu and in the file', async ({ page }) => {
  await open(page, `?lang=en&${WINDOW}`);
  const wide = await search(page, 'Ukraine');
  await button(page).click();
  await expect(item(page, 'json')).toHaveAttribute('data-count', String(wide));

  // Esc closes the menu and returns the focus, and leaves the search alone (no page-wide Esc).
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(button(page)).toBeFocused();
  await expect(page.getByTestId('search')).toHaveValue('Ukraine');

  const narrow = await search(page, 'Mariupol');
  expect(narrow).toBeGreaterThan(0);
  expect(narrow).not.toBe(wide);
  await button(page).click();
  for (const format of ['csv', 'timelinejs', 'json'] as const) await expect(item(page, format)).toContainText(`${narrow} events`);
  const [download] = await Promise.all([page.waitForEvent('download'), item(page, 'timelinejs').click()]);
  const doc = JSON.parse(await saved(download)) as { events: unknown[] };
  expect(doc.events).toHaveLength(narrow);
  expect(await listedIds(page)).toHaveLength(narrow);
});

test('↑ opens on the last item, Tab leaves the menu, a press outside closes it', async ({ page }) => {
  await open(page, `?lang=en&${WINDOW}`);
  await button(page).focus();
  await expect(button(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'json')).toBeFocused();
  await expect(button(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(menu(page)).toHaveRole('menu');
  await page.keyboard.press('ArrowDown'); // wraps to the first
  await expect(item(page, 'geojson')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item(page, 'json')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu(page)).toHaveCount(0);

  await button(page).focus();
  await page.keyboard.press(' ');
  await expect(item(page, 'geojson')).toBeFocused();
  await page.getByTestId('event-detail').click();
  await expect(menu(page)).toHaveCount(0);
});

// Accessibility of the open menu, with axe-core as in a11y.spec.ts.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

for (const lang of ['zh', 'en'] as const)
  test(`the open menu speaks ${lang} and has no serious axe violation`, async ({ page }) => {
    await open(page, `?lang=${lang}&${WINDOW}`);
    const n = (await counts(page)).shown;
    await button(page).click();
    await expect(button(page)).toHaveText(lang === 'zh' ? '下载' : 'Download');
    await expect(menu(page)).toHaveAccessibleName(lang === 'zh' ? '下载当前视图' : 'Download this view');
    await expect(item(page, 'csv')).toHaveAccessibleName(lang === 'zh' ? `CSV（表格） ${n} 个事件` : `CSV (spreadsheet) ${n} events`);
    await expect(item(page, 'json')).toContainText(lang === 'zh' ? '数据集 JSON' : 'Dataset JSON');

    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
  });

test('on a phone the open menu stays on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, `?lang=zh&${WINDOW}`);
  await button(page).click();
  await expect(item(page, 'geojson')).toBeFocused();
  const box = (await menu(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});
