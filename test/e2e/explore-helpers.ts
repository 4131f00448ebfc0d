// Shared steps of the explorer's browser tests (list, filters, detail, themes, a11y): opening the app,
// reading the counts, finding rows, and serving another dataset in place of the samples.
import type { Page } from '@playwright/test';
import { expect, serveOwnDataset } from './fixtures.ts';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import type { Dataset } from '../../src/lib/schema.ts';

export async function open(page: Page, query = '', timeout = 30_000) {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout });
}

/** The numbers of "showing N of M events · P places" (also data attributes of the counts). */
export async function counts(page: Page) {
  const el = page.getByTestId('counts');
  const read = async (name: string) => Number(await el.getAttribute(`data-${name}`));
  return { shown: await read('shown'), total: await read('total'), places: await read('places') };
}

/** Waits for the shown count to settle after a debounced or animated change, then returns it. */
export async function settledShown(page: Page) {
  let last = -1;
  await expect
    .poll(async () => {
      const now = (await counts(page)).shown;
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [200, 200, 300] })
    .toBe(true);
  return last;
}

export const list = (page: Page) => page.getByTestId('event-list').getByRole('listbox');
export const rows = (page: Page) => page.getByTestId('event-list').getByRole('option');
export const detail = (page: Page) => page.getByTestId('event-detail');

/** The id of the event the detail panel shows. */
export const detailEvent = (page: Page) => detail(page).locator('h2[data-event]').getAttribute('data-event');

/** Whether the timeline draws `id` as selected (its selected mark carries `data-event`). */
export async function timelineShowsSelected(page: Page, id: string): Promise<boolean> {
  return (await page.getByTestId('timeline').locator(`[data-event="${id}"]`).count()) > 0;
}

/** Serves `dataset` instead of ./data/events.json for this page. */
export async function serveDataset(page: Page, body: string | Dataset) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  await serveOwnDataset(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
}

/** The samples with a second source and category on one article, so those filters have a choice. */
export async function serveSamplesWithTwoSources(page: Page) {
  await serveOwnDataset(page, async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as Dataset;
    const article = data.articles.find((a) => a.id === 'a-4483a072') ?? data.articles[0]!;
    article.source = '测试通讯社';
    article.categories = ['测试类别'];
    await route.fulfill({ response, body: JSON.stringify(data), contentType: 'application/json' });
  });
}

const generated = new Map<string, string>();

/** A generated dataset as JSON text (about 5 s and 40 MB for 100 000 events), made once per worker. */
export function largeDatasetJson(events: number, seed = 1): string {
  const key = `${events}/${seed}`;
  let text = generated.get(key);
  if (!text) generated.set(key, (text = JSON.stringify(generateDataset({ events, seed }))));
  return text;
}
