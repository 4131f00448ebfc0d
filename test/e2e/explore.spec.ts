// The linked timeline, map and detail panel on the bundled sample articles.
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
}

const marks = (page: Page) => page.getByTestId('timeline').locator('.mark[data-event]');
/** N of "showing N / M events". */
const shownCount = async (page: Page) => Number(/(\d+)\s*\//.exec((await page.getByTestId('counts').textContent()) ?? '')?.[1]);
const marker = (page: Page, id: string) => page.getByTestId('map').locator(`.place-marker[data-place="${id}"]`);

test('draws the samples: events from Dec 2021 to Apr 2022 and the places on the map', async ({
  page,
  blockedRequests,
  consoleErrors,
}) => {
  await open(page, '?lang=en');
  await expect(page).toHaveTitle(/Chronomap/);
  expect(await marks(page).count()).toBeGreaterThan(20);
  // It opens on where the news is: December 2021 to April 2022, in the interface language.
  const labels = (await page.getByTestId('timeline').locator('.axis text').allTextContents()).join(' ');
  expect(labels).toMatch(/Dec/);
  expect(labels).toMatch(/Apr/);
  expect(labels).not.toMatch(/1990|2000|2010/);
  for (const id of ['mariupol', 'geneva', 'rome', 'kyiv', 'moscow']) await expect(marker(page, id)).toBeVisible();
  // The basemap is drawn from the bundled file.
  await expect(page.getByTestId('map').locator('path.country').first()).toBeAttached();
  expect(blockedRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('selecting an event shows its evidence and highlights its places', async ({ page }) => {
  await open(page, '?lang=en');
  const mariupolEvent = page.getByTestId('timeline').locator('.mark[data-event]').first();
  await mariupolEvent.dispatchEvent('click');
  const detail = page.getByTestId('event-detail');
  await expect(detail.locator('blockquote.evidence')).toBeVisible();
  await expect(detail.locator('.article .title')).not.toBeEmpty();
  const placeIds = await detail.locator('mark.place').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
  const timeWords = await detail.locator('mark.time').count();
  expect(placeIds.length + timeWords).toBeGreaterThan(0);
  for (const id of new Set(placeIds)) await expect(marker(page, id!)).toHaveClass(/is-highlighted/);
});

test('the sentence marks the date and the places of an event', async ({ page }) => {
  await open(page, '?lang=zh');
  // Step with the keyboard to the first event that has both a time and a place marked.
  await page.getByTestId('timeline').locator('svg').focus();
  const detail = page.getByTestId('event-detail');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await detail.locator('mark.time').count()) > 0 && (await detail.locator('mark.place').count()) > 0) break;
  }
  await expect(detail.locator('mark.time').first()).toBeVisible();
  await expect(detail.locator('mark.place').first()).toBeVisible();
});

test('selecting a place on the map narrows the timeline to its events', async ({ page }) => {
  await open(page, '?lang=en');
  const before = await marks(page).count();
  await marker(page, 'geneva').click();
  await expect(page).toHaveURL(/place=geneva/);
  const after = await marks(page).count();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  // Every event left on the timeline mentions Geneva.
  await marks(page).first().dispatchEvent('click');
  await expect(page.getByTestId('event-detail').locator('mark.place[data-place="geneva"]').first()).toBeVisible();
  // Clicking it again clears the filter.
  await marker(page, 'geneva').click();
  await expect(marks(page)).toHaveCount(before);
});

test('zooming the timeline narrows the map to the events in view', async ({ page }) => {
  await open(page, '?lang=en');
  const map = page.getByTestId('map');
  const placesBefore = await map.locator('.place-marker').count();
  const shownBefore = await shownCount(page);
  // Zoom in with the wheel over the latest day point (the April 2022 Mariupol article).
  const points = await page.getByTestId('timeline').locator('circle.mark').evaluateAll((els) =>
    els.map((e) => ({ x: Number(e.getAttribute('cx')), id: e.getAttribute('data-event') })),
  );
  const latest = points.reduce((a, b) => (b.x > a.x ? b : a));
  const box = (await page.getByTestId('timeline').locator('svg').boundingBox())!;
  await page.mouse.move(box.x + latest.x, box.y + box.height / 2);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -300);
  await expect.poll(async () => map.locator('.place-marker').count()).toBeLessThan(placesBefore);
  await expect(marker(page, 'mariupol')).toBeVisible();
  // The window is in the URL, and the count of events shown drops with it.
  await expect(page).toHaveURL(/[?&]t=2022-0[34]/);
  expect(await shownCount(page)).toBeLessThan(shownBefore);
});

test('the view survives a reload through the URL', async ({ page }) => {
  await open(page, '?lang=en&place=kyiv');
  await marks(page).first().dispatchEvent('click');
  await expect(page).toHaveURL(/event=e-/);
  const url = page.url();
  const text = await page.getByTestId('event-detail').locator('blockquote.evidence').textContent();
  await page.reload();
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toHaveText(text!);
  await expect(marker(page, 'kyiv')).toHaveClass(/is-selected/);
});

test('the interface switches between 中文 and English', async ({ page }) => {
  await open(page, '?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByTestId('counts')).toContainText('个事件');
  await page.getByTestId('language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('counts')).toContainText('events');
  await expect(page).toHaveURL(/lang=en/);
});

test('keyboard alone steps through events and clears the selection', async ({ page }) => {
  await open(page, '?lang=en');
  await page.keyboard.press('Tab');
  await page.getByTestId('timeline').locator('svg').focus();
  await page.keyboard.press('ArrowRight');
  const detail = page.getByTestId('event-detail');
  const first = await detail.locator('blockquote.evidence').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(detail.locator('blockquote.evidence')).not.toHaveText(first!);
  await page.keyboard.press('ArrowLeft');
  await expect(detail.locator('blockquote.evidence')).toHaveText(first!);
});

test('a picture of the app on the samples (README screenshot)', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?lang=zh');
  // Keyboard: a place marker takes focus and Enter selects it, as a click does.
  await marker(page, 'mariupol').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/place=mariupol/);
  await marks(page).nth(1).dispatchEvent('click');
  await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toBeVisible();
  await page.waitForTimeout(800); // the map's fly-to
  const shot = await page.screenshot();
  expect(shot.byteLength).toBeGreaterThan(20_000);
  await info.attach('explorer', { body: shot, contentType: 'image/png' });
  // `UPDATE_SCREENSHOT=1 npm run test:e2e` refreshes the picture in the README.
  if (process.env.UPDATE_SCREENSHOT) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(new URL('./screenshots/explorer.png', import.meta.url), shot);
  }
});
