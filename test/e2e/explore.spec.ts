// The linked timeline, map, list and detail panel on the bundled sample articles. The timeline and
// the map are drawn by other parts; these tests reach them only through their stable hooks
// (data-testid, the focusable timeline plot, map markers with data-place) and select events from the list.
import { test, expect, serveOwnDataset } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
}

/** The list's rows: every event in the window, in time order (only those in sight are in the DOM). */
const rows = (page: Page) => page.getByTestId('event-list').locator('[role="option"][data-event]');
/** The timeline's keyboard target. */
const timelinePlot = (page: Page) => page.getByTestId('timeline').locator('[tabindex="0"]').first();
/** N of "showing N of M events" (the counts carry their numbers as data attributes). */
const shownCount = async (page: Page) => Number(await page.getByTestId('counts').getAttribute('data-shown'));
const marker = (page: Page, id: string) => page.getByTestId('map').locator(`.place-marker[data-place="${id}"]`);

test('draws the samples: events from Dec 2021 to Apr 2022 and the places on the map', async ({
  page,
  blockedRequests,
  consoleErrors,
}) => {
  await open(page, '?lang=en');
  await expect(page).toHaveTitle(/Chronomap/);
  expect(await shownCount(page)).toBeGreaterThan(20);
  // It opens on where the news is: December 2021 to April 2022, in the interface language.
  // (The main axis, not the overview strip's, which spans every year the articles mention.)
  const labels = (
    await page
      .getByTestId('timeline')
      .locator('.axis text')
      .evaluateAll((els) => els.filter((e) => !e.closest('[data-testid="timeline-overview"]')).map((e) => e.textContent))
  ).join(' ');
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
  await rows(page).first().click();
  const detail = page.getByTestId('event-detail');
  await expect(detail.locator('blockquote.evidence')).toBeVisible();
  await expect(detail.locator('.article .title')).not.toBeEmpty();
  const placeIds = await detail.locator('mark.place').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
  const timeWords = await detail.locator('mark.time').count();
  expect(placeIds.length + timeWords).toBeGreaterThan(0);
  for (const id of new Set(placeIds))
    if ((await marker(page, id!).count()) > 0) await expect(marker(page, id!)).toHaveClass(/is-highlighted/);
});

test('the sentence marks the date and the places of an event', async ({ page }) => {
  await open(page, '?lang=zh');
  // Step with the keyboard to the first event that has both a time and a place marked.
  await timelinePlot(page).focus();
  const detail = page.getByTestId('event-detail');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await detail.locator('mark.time').count()) > 0 && (await detail.locator('mark.place').count()) > 0) break;
  }
  await expect(detail.locator('mark.time').first()).toBeVisible();
  await expect(detail.locator('mark.place').first()).toBeVisible();
});

test('selecting a place on the map narrows the list to its events', async ({ page }) => {
  await open(page, '?lang=en');
  const before = await shownCount(page);
  await marker(page, 'geneva').click();
  await expect(page).toHaveURL(/place=geneva/);
  await expect.poll(() => shownCount(page)).toBeLessThan(before);
  expect(await shownCount(page)).toBeGreaterThan(0);
  // Every event left mentions Geneva.
  await rows(page).first().click();
  await expect(page.getByTestId('event-detail').locator('mark.place[data-place="geneva"]').first()).toBeVisible();
  // Clicking it again clears the filter.
  await marker(page, 'geneva').click();
  await expect.poll(() => shownCount(page)).toBe(before);
});

test('zooming the timeline narrows the list and the map to the events in view', async ({ page }) => {
  await open(page, '?lang=en');
  const map = page.getByTestId('map');
  const placesBefore = await map.locator('.place-marker').count();
  const shownBefore = await shownCount(page);
  // Zoom in with the wheel near the right end of the window (the April 2022 articles).
  const box = (await timelinePlot(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.93, box.y + box.height / 2);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -300);
  await expect.poll(async () => map.locator('.place-marker').count()).toBeLessThan(placesBefore);
  // The window is in the URL, and the count of events shown drops with it.
  await expect(page).toHaveURL(/[?&]t=2022-0[34]/);
  await expect.poll(() => shownCount(page)).toBeLessThan(shownBefore);
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(await shownCount(page)));
});

test('the view survives a reload through the URL', async ({ page }) => {
  await open(page, '?lang=en&place=kyiv');
  await rows(page).first().click();
  await expect(page).toHaveURL(/event=e-/);
  // (The map may add its extent once it has brought the event's places into view.)
  const params = () => {
    const p = new URL(page.url()).searchParams;
    p.delete('map');
    return p.toString();
  };
  const url = params();
  const text = await page.getByTestId('event-detail').locator('blockquote.evidence').textContent();
  await page.reload();
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  expect(params()).toBe(url);
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
  await timelinePlot(page).focus();
  await page.keyboard.press('ArrowRight');
  const detail = page.getByTestId('event-detail');
  const first = await detail.locator('blockquote.evidence').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(detail.locator('blockquote.evidence')).not.toHaveText(first!);
  await page.keyboard.press('ArrowLeft');
  await expect(detail.locator('blockquote.evidence')).toHaveText(first!);
  await page.keyboard.press('Escape');
  await expect(detail.locator('blockquote.evidence')).toHaveCount(0);
});

test('a picture of the app on the samples (README screenshot)', async ({ page }, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?lang=zh');
  // Keyboard: a place marker takes focus and Enter selects it, as a click does.
  await marker(page, 'mariupol').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/place=mariupol/);
  await rows(page).nth(1).click();
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

// The detail panel's evidence, themes: the explorer's own parts (list, filters, detail, settings).

const detailPanel = (page: Page) => page.getByTestId('event-detail');
/** A 1×1 PNG, served in place of the articles' remote pictures (the fixtures block the network). */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

test('the detail panel says how each date was resolved, by which rule', async ({ page }) => {
  await open(page, '?lang=zh&event=e-12ab07f5-002');
  const detail = detailPanel(page);
  await expect(detail.locator('h2')).toHaveText('2022年4月5日');
  const time = detail.locator('.times li').first();
  await expect(time).toContainText('周二（5日）');
  await expect(time).toContainText('2022年4月5日');
  await expect(time).toContainText('日');
  await expect(time.locator('code')).toHaveText('weekday-with-day');
  await page.getByTestId('language').click();
  await expect(time).toContainText('5 Apr 2022 (day, rule weekday-with-day)');

  // A `reported` event has no date of its own: the publication day stands in, and it says so.
  await page.goto('/?lang=en&event=e-12ab07f5-001');
  await expect(detail.getByTestId('reported-note')).toHaveText('No date in the sentence: the publication day (5 Apr 2022) stands in.');
  await expect(detail.locator('.times li')).toHaveCount(0);
});

test('the detail panel lists the other events of the article, in order, and selects them', async ({ page }) => {
  await page.route('https://chinese.aljazeera.net/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
  await open(page, '?lang=en&event=e-12ab07f5-002');
  const detail = detailPanel(page);
  const others = detail.getByTestId('article-events').getByRole('button');
  const ids = await others.evaluateAll((els) => els.map((e) => e.getAttribute('data-event')!));
  expect(ids.length).toBeGreaterThan(5);
  expect(ids).toEqual([...ids].sort());
  expect(ids.every((id) => id.startsWith('e-12ab07f5-'))).toBe(true);
  await expect(others.and(page.locator('[aria-current="true"]'))).toHaveAttribute('data-event', 'e-12ab07f5-002');
  // The places are buttons, named in both languages.
  await expect(detail.locator('.places button[data-place="mariupol"]')).toHaveText(/Mariupol\s*马里乌波尔/);
  await others.nth(4).click();
  await expect(page).toHaveURL(new RegExp(`event=${ids[4]}`));
  await expect(detail.locator('h2[data-event]')).toHaveAttribute('data-event', ids[4]!);
  await expect(page.getByTestId('event-list').locator(`[data-event="${ids[4]}"]`)).toHaveAttribute('aria-selected', 'true');

  // The article: title, source, publication day, and its picture, fetched without a referrer.
  const article = detail.getByTestId('article');
  await expect(article).toContainText('俄罗斯允许乌克兰军队撤离马里乌波尔');
  await expect(article).toContainText('Aljazeera 半岛网 · Published 5 Apr 2022');
  const img = article.locator('img');
  await expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('alt', /Article image: 俄罗斯允许乌克兰军队撤离马里乌波尔/);
  await expect(img).toHaveAttribute('src', /^https:\/\/chinese\.aljazeera\.net\//);
});

test('article links open safely, and only http(s) pictures and links are used', async ({ page }) => {
  await serveOwnDataset(page, async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    for (const a of data.articles) {
      a.url = a.id === 'a-12ab07f5' ? 'https://news.example.org/mariupol' : 'javascript:alert(1)';
      a.image = a.id === 'a-12ab07f5' ? 'data:image/png;base64,AAAA' : 'javascript:alert(1)';
    }
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  await open(page, '?lang=en&event=e-12ab07f5-002');
  const article = detailPanel(page).getByTestId('article');
  const link = article.getByRole('link', { name: /Open the article/ });
  await expect(link).toHaveAttribute('href', 'https://news.example.org/mariupol');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(link).toHaveAttribute('rel', /noreferrer/);
  await expect(article.locator('img')).toHaveCount(0);
  await page.goto('/?lang=en&event=e-4483a072-002');
  await expect(detailPanel(page).getByTestId('article')).toBeVisible();
  await expect(detailPanel(page).getByTestId('article').locator('a, img')).toHaveCount(0);
});

test('the theme toggle switches light and dark, and the choice survives a reload', async ({ page }) => {
  await open(page, '?lang=en');
  const html = page.locator('html');
  const theme = page.getByTestId('theme');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(theme).toHaveText(/Theme: auto/);
  const light = await background();
  await theme.click();
  await expect(theme).toHaveText(/Theme: light/);
  await expect(page).toHaveURL(/[?&]theme=light/);
  await theme.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/[?&]theme=dark/);
  expect(await background()).not.toBe(light);
  await page.reload();
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveText(/Theme: dark/);
  // Back to auto: the system's choice, followed live.
  await theme.click();
  await expect(page).not.toHaveURL(/theme=/);
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
});
