// The dataset's compact twin, as a deployed build serves it (src/lib/compact-dataset.ts,
// scripts/vite-pin-dataset.ts): the app reads the twin instead of data/events.json and shows the
// same events with the same evidence; a twin that is missing or broken costs nothing but the detour.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/schema.ts';
import { test, expect } from './fixtures.ts';

const samples = (): Dataset => JSON.parse(readFileSync(join(process.env.CHRONOMAP_DIST ?? 'dist', 'data', 'events.json'), 'utf8')) as Dataset;

/** Opens the app, recording which dataset files it asked for. */
async function open(page: Page, query: string): Promise<string[]> {
  const asked: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/data/') && path.endsWith('.json') && !path.includes('/briefings/')) asked.push(path.replace(/^.*\/data\//, ''));
  });
  await page.goto(`/${query}`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  return asked;
}

test('the app reads the twin alone, and shows every event of the dataset with its marked evidence', async ({ page, consoleErrors }) => {
  const dataset = samples();
  const asked = await open(page, '?lang=en');
  expect(asked).toHaveLength(1);
  expect(asked[0]).toMatch(/^events\.[0-9a-f]{10}\.compact\.json$/);
  await expect(page.getByTestId('counts')).toHaveAttribute('data-total', String(dataset.events.length));
  expect(consoleErrors).toEqual([]);

  // An event with both a date and a place word: the sentence comes back with both marked, by offset.
  const event = dataset.events.find((e) => e.times.length > 0 && e.mentions.length > 0)!;
  await page.goto(`/?lang=en&event=${encodeURIComponent(event.id)}`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  const evidence = page.getByTestId('event-detail').locator('blockquote.evidence');
  await expect(evidence).toContainText(event.text.slice(0, 12));
  await expect(evidence.locator('mark.time').first()).toHaveText(event.times[0]!.text);
  await expect(evidence.locator('mark.place').first()).toHaveText(event.mentions[0]!.text);
});

test('an embed pinned to this build’s dataset reads its twin too', async ({ page }) => {
  const pinned = readdirSync(join(process.env.CHRONOMAP_DIST ?? 'dist', 'data')).find((f) => /^events\.[0-9a-f]{10}\.json$/.test(f))!;
  const asked = await open(page, `?embed=1&lang=en&data=data/${pinned}`);
  expect(asked).toEqual([pinned.replace(/\.json$/, '.compact.json')]);
  await expect(page.getByTestId('timeline')).toBeVisible();
});

test('a download of the view from the twin is the dataset’s own records, lists and all', async ({ page }) => {
  const dataset = samples();
  await open(page, '?lang=en&t=2022-03-01~2022-04-05');
  await page.getByTestId('download-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-menu').locator('[data-format="json"]').click()]);
  const written = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Dataset;
  expect(written.events.length).toBeGreaterThan(0);
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  for (const event of written.events) expect(event).toEqual(byId.get(event.id));
});

test('a broken twin is passed over for data/events.json, without a word to the reader', async ({ page }) => {
  await page.route('**/data/*.compact.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"chronomap-compact","version":1' }));
  const asked = await open(page, '?lang=en');
  expect(asked.at(-1)).toBe('events.json');
  await expect(page.getByTestId('counts')).toHaveAttribute('data-total', String(samples().events.length));
  await expect(page.getByRole('alert')).toHaveCount(0);
});
