// The start screen (issue 5): a bare address greets a reader with what the dataset holds and the
// briefings shipped with the site (articles/briefings/ → data/briefings/); Present goes straight into
// presentation mode, Open into the briefing panel, Explore (or Esc) into the explorer. A link that
// carries a view, a presentation or an embed never meets it. Everything here is done with the keyboard.
// These tests turn off the fixtures' default of a tab that has already closed the start screen.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.use({ startScreenSeen: false });

const TITLE = 'From talks to siege';
const ready = (page: Page) => page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout: 30_000 });
const start = (page: Page) => page.getByRole('dialog', { name: /Chronomap/ });
const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
// The article picture in the detail panel lives on the news site; the fixtures block it.
const foreign = (urls: string[]) => urls.filter((u) => !/^https:\/\/chinese\.aljazeera\.net\/wp-content\/uploads\//.test(u));
const errors = (list: string[]) => list.filter((e) => !/^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(e));

/** Opens `path` in a page and records whether the start screen's code was fetched at all. */
async function visit(page: Page, path: string) {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/StartScreen[^/]*\.js$/.test(r.url())) fetched.push(r.url());
  });
  await page.goto(path);
  await ready(page);
  return fetched;
}

test('a bare address shows the dataset and the shipped briefing; Explore goes into the explorer', async ({ page, blockedRequests, consoleErrors }) => {
  await visit(page, '/?lang=en');
  const dialog = start(page);
  await expect(dialog).toBeVisible();
  const total = await page.getByTestId('counts').getAttribute('data-total');
  await expect(dialog.getByTestId('start-dataset')).toContainText(`${total} events`);
  await expect(dialog.getByTestId('start-dataset')).toContainText('Aljazeera');
  const card = dialog.getByTestId('start-briefing').filter({ hasText: TITLE });
  await expect(card).toBeVisible();
  await expect(card).toContainText('3 steps');
  await expect(card).toContainText('Washington and Kyiv confer on the build-up'); // the briefing's description

  // Focus starts on Explore; Enter leaves for the explorer, where the timeline has the keyboard.
  await expect(dialog.getByTestId('start-explore')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('timeline-plot')).toBeFocused();
  expect(await param(page, 'event')).toBeNull();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => param(page, 'event')).not.toBeNull();

  // Closed once, this tab goes straight to the explorer on a bare address; the header brings it back.
  await visit(page, '/?lang=en');
  await expect(page.getByTestId('counts')).toBeVisible();
  await expect(start(page)).toHaveCount(0);
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start-open')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start(page)).toBeVisible();
  await expect(start(page).getByTestId('start-briefing')).toHaveCount(1);
  // Esc closes it without touching the view, and focus goes back to the button that opened it.
  const before = await page.evaluate(() => location.search);
  await page.keyboard.press('Escape');
  await expect(start(page)).toHaveCount(0);
  await expect(page.getByTestId('start-open')).toBeFocused();
  expect(await page.evaluate(() => location.search)).toBe(before);

  expect(foreign(blockedRequests)).toEqual([]);
  expect(errors(consoleErrors)).toEqual([]);
});

test('Present on a shipped briefing enters presentation mode on its first step', async ({ page, consoleErrors }) => {
  await visit(page, '/?lang=en');
  await expect(start(page).getByTestId('start-explore')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(start(page).getByRole('button', { name: 'Present' })).toBeFocused();
  await page.keyboard.press('Enter');

  const presenter = page.getByTestId('presenter');
  await expect(presenter).toHaveAttribute('data-step', '0');
  await expect(start(page)).toHaveCount(0);
  await expect(page.getByTestId('presenter-count')).toHaveText('Step 1 of 3');
  await expect(page.getByTestId('presenter-title')).toContainText('December 2021');
  // The keyboard carries on from the caption bar.
  await expect(page.getByTestId('presenter').getByRole('button', { name: /Next/ })).toBeFocused();
  // The step's view is applied: its window and its event.
  await expect.poll(() => param(page, 't')).toBe('2021-12-05~2021-12-20');
  await expect.poll(() => param(page, 'event')).toBe('e-4483a072-007');
  await page.keyboard.press('ArrowRight');
  await expect(presenter).toHaveAttribute('data-step', '1');
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  // Like ?present=, a shipped briefing is shown without replacing the one this browser saved.
  expect(await page.evaluate(() => localStorage.getItem('chronomap.briefing'))).toBeNull();
  expect(errors(consoleErrors)).toEqual([]);
});

test('Open loads a shipped briefing into the briefing panel', async ({ page, consoleErrors }) => {
  await visit(page, '/?lang=en');
  await expect(start(page).getByTestId('start-explore')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(start(page).getByRole('button', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start(page)).toHaveCount(0);
  await expect(page.getByTestId('briefing-panel')).toBeVisible();
  await expect(page.getByTestId('briefing-step')).toHaveCount(3);
  await expect(page.getByTestId('briefing-title')).toHaveValue(new RegExp(TITLE));
  await expect(page.getByTestId('briefing-title')).toBeFocused();
  expect(errors(consoleErrors)).toEqual([]);
});

test('Esc closes it; a link with a view, a presentation or an embed never shows it', async ({ page, context }) => {
  // A bare address without even a language: greeted, in whatever language the browser asks for.
  expect(await visit(page, '/')).not.toEqual([]);
  await expect(start(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(start(page)).toHaveCount(0);
  await expect(page.getByTestId('timeline-plot')).toBeFocused();

  // Each in a new tab, which has not closed the start screen yet: its code is not even fetched.
  for (const path of [
    '/?lang=en&t=2022-03-01~2022-03-10',
    '/?lang=en&event=e-4483a072-007',
    '/?lang=en&q=Mariupol',
    '/?embed=1&lang=en',
    '/?lang=en&present=road-to-mariupol',
  ]) {
    const tab = await context.newPage();
    expect(await visit(tab, path), path).toEqual([]);
    await expect(start(tab), path).toHaveCount(0);
    await tab.close();
  }
});

test('on a phone the start screen fills the screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, '/?lang=zh&theme=dark');
  const dialog = start(page);
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box && Math.round(box.width)).toBe(390);
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
  await expect(dialog.getByRole('button', { name: '开始浏览' })).toBeInViewport();
  const present = dialog.getByTestId('start-briefing').getByRole('button', { name: '演示' });
  await present.scrollIntoViewIfNeeded();
  await expect(present).toBeInViewport();
});

test('without shipped briefings it still shows the dataset and Explore', async ({ page }) => {
  await page.route('**/data/briefings/index.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await visit(page, '/?lang=en');
  const dialog = start(page);
  await expect(dialog.getByTestId('start-dataset')).toContainText('events');
  await expect(dialog.getByTestId('start-briefings')).toHaveCount(0);
  await expect(dialog.getByTestId('start-explore')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
});
