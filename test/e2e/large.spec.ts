// The app on a generated dataset of 100 000 events (scripts/bench/generate-dataset.ts), served in
// place of ./data/events.json: it loads and becomes ready, a search narrows the counts, and a view
// survives a reload through the URL at that size. Speed is measured by `npm run bench`, not here.
import type { Page } from '@playwright/test';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import { test, expect, serveOwnDataset } from './fixtures.ts';

const EVENTS = 100_000;
let body: string | undefined;
/** Generated once per worker (about a second), served to every page of this file. */
const dataset = (): string => (body ??= JSON.stringify(generateDataset({ events: EVENTS, seed: 1 })));

test.describe.configure({ mode: 'serial' });
// Parsing, validating and indexing 100 000 events on a 2-core CI machine takes a few seconds a load.
test.setTimeout(120_000);

async function open(page: Page, query = ''): Promise<void> {
  const json = dataset();
  await serveOwnDataset(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
  await page.goto(`/${query}`);
  await waitReady(page);
}

const waitReady = (page: Page) =>
  page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, undefined, { timeout: 60_000 });

/** [shown, total] from the counts line: its data attributes, or "N / M" / "N of M" in its text. */
async function counts(page: Page): Promise<[number, number]> {
  const el = page.getByTestId('counts');
  const [shown, total] = [await el.getAttribute('data-shown'), await el.getAttribute('data-total')];
  if (shown !== null && total !== null) return [Number(shown), Number(total)];
  const text = (await el.textContent()) ?? '';
  const m = /([\d,\s]+?)\s*(?:\/|of)\s*([\d,\s]+)/.exec(text);
  if (!m) throw new Error(`no counts in "${text}"`);
  return [Number(m[1]!.replace(/\D/g, '')), Number(m[2]!.replace(/\D/g, ''))];
}

const searchBox = (page: Page) => page.locator('input[data-testid=search], [data-testid=search] input').first();

test('loads 100 000 generated events and becomes ready', async ({ page, consoleErrors }) => {
  await open(page, '?lang=en');
  const [shown, total] = await counts(page);
  expect(total).toBe(EVENTS);
  expect(shown).toBeGreaterThan(0);
  for (const id of ['timeline', 'map', 'event-list', 'event-detail']) await expect(page.getByTestId(id)).toBeVisible();
  // The list is virtualised: far fewer rows in the DOM than events shown.
  const rows = await page.getByTestId('event-list').locator('[data-event]').count();
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(500);
  expect(consoleErrors).toEqual([]);
});

test('a search narrows the counts, in Chinese and in English', async ({ page }) => {
  await open(page, '?lang=zh');
  const [before] = await counts(page);
  for (const query of ['马里乌波尔', 'Mariupol']) {
    await searchBox(page).fill(query);
    await expect.poll(async () => (await counts(page))[0], { timeout: 20_000 }).toBeLessThan(before);
    const [narrowed] = await counts(page);
    expect(narrowed, query).toBeGreaterThan(0);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
    await searchBox(page).fill('');
    await expect.poll(async () => (await counts(page))[0], { timeout: 20_000 }).toBe(before);
  }
});

test('a view survives a reload through the URL at 100 000 events', async ({ page }) => {
  await open(page, '?lang=en&q=Mariupol&t=2022-03-01~2022-07-01&prec=day');
  const [shown, total] = await counts(page);
  expect(total).toBe(EVENTS);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(searchBox(page)).toHaveValue('Mariupol');
  // Select an event from the list: it goes into the URL and the detail shows it.
  const row = page.getByTestId('event-list').locator('[data-event]').first();
  const id = await row.getAttribute('data-event');
  await row.click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
  const evidence = (await page.getByTestId('event-detail').textContent()) ?? '';
  expect(evidence).toContain('马里乌波尔');
  const url = page.url();

  await page.reload();
  await waitReady(page);
  expect(page.url()).toBe(url);
  expect(await counts(page)).toEqual([shown, total]);
  await expect(searchBox(page)).toHaveValue('Mariupol');
  await expect(page.getByTestId('event-detail')).toContainText(evidence.slice(0, 40).trim());
});
