// Search and filters on the samples: each narrows the list and the counts, `/` and Esc work from the
// keyboard, and the filters live in the URL.
import { test, expect } from './fixtures.ts';
import { counts, detail, detailEvent, list, open, rows, serveSamplesWithTwoSources, settledShown } from './explore-helpers.ts';

test('search in Chinese or English narrows the list and the counts', async ({ page, consoleErrors }) => {
  await open(page, '?lang=en');
  const before = await counts(page);
  expect(before.shown).toBeGreaterThan(50);
  await expect(page.getByTestId('counts')).toContainText(`showing ${before.shown} of ${before.total} events`);

  const search = page.getByTestId('search');
  for (const query of ['马里乌波尔', 'Mariupol']) {
    await search.fill(query);
    await expect.poll(async () => (await counts(page)).shown).toBeLessThan(before.shown);
    const shown = await settledShown(page);
    expect(shown).toBeGreaterThan(0);
    await expect(list(page)).toHaveAttribute('aria-label', /Event list/);
    await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(shown));
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
    // The places counted are the places of the events found.
    expect((await counts(page)).places).toBeLessThan(before.places);
  }
  // Both spellings find the Mariupol events (the English name comes from the place names).
  const mariupolRows = await rows(page).evaluateAll((els) => els.filter((e) => e.textContent?.includes('马里乌波尔')).length);
  expect(mariupolRows).toBeGreaterThan(0);

  await search.fill('');
  await expect.poll(async () => (await counts(page)).shown).toBe(before.shown);
  await expect(page).not.toHaveURL(/[?&]q=/);
  expect(consoleErrors).toEqual([]);
});

test('the counts speak Chinese too', async ({ page }) => {
  await open(page, '?lang=zh');
  const c = await counts(page);
  await expect(page.getByTestId('counts')).toHaveText(new RegExp(`显示\\s*${c.shown}\\s*/\\s*${c.total}\\s*个事件\\s*·\\s*${c.places}\\s*个地点`));
  await expect(page.getByTestId('counts')).toHaveAttribute('aria-live', 'polite');
});

test('/ focuses the search from anywhere; Esc clears the search, then the selection, then the filters', async ({ page }) => {
  await open(page, '?lang=en');
  const search = page.getByTestId('search');
  const before = (await counts(page)).shown;

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  // In the search, `/` is just a character.
  await page.keyboard.type('Mariupol/');
  await expect(search).toHaveValue('Mariupol/');
  await search.fill('Mariupol');
  await expect.poll(async () => (await counts(page)).shown).toBeLessThan(before);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect.poll(async () => (await counts(page)).shown).toBe(before);

  // Esc elsewhere: first the selection…
  await page.locator('[data-precision="day"]').click();
  const narrowed = await settledShown(page);
  expect(narrowed).toBeLessThan(before);
  await rows(page).nth(1).click();
  await expect(detail(page).locator('blockquote.evidence')).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=/);
  await page.keyboard.press('Escape');
  await expect(detail(page).locator('blockquote.evidence')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]event=/);
  expect((await counts(page)).shown).toBe(narrowed);
  // …then the filters.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await counts(page)).shown).toBe(before);
  await expect(page).not.toHaveURL(/[?&]prec=/);
});

test('each filter narrows: place, country, precision, source, category; clear all restores', async ({ page }) => {
  await serveSamplesWithTwoSources(page);
  await open(page, '?lang=en');
  const all = (await counts(page)).shown;

  // Place: from an event's place buttons in the detail panel; the chip removes it.
  await rows(page).first().click();
  const placeButton = detail(page).locator('.places button[data-place]').first();
  const placeId = await placeButton.getAttribute('data-place');
  await placeButton.click();
  await expect(page).toHaveURL(new RegExp(`[?&]place=${placeId}`));
  const chip = page.getByTestId('place-chip');
  await expect(chip).toBeVisible();
  const byPlace = await settledShown(page);
  expect(byPlace).toBeLessThanOrEqual(all);
  expect(byPlace).toBeGreaterThan(0);
  await chip.getByRole('button').click();
  await expect(chip).toHaveCount(0);
  await expect.poll(async () => (await counts(page)).shown).toBe(all);

  // Country, source, category: menus built from the data, with names and counts.
  const country = page.getByTestId('filter-country');
  await expect(country.locator('option[value="UA"]')).toHaveText(/Ukraine \(\d+\)/);
  await country.selectOption('CH');
  const byCountry = await settledShown(page);
  expect(byCountry).toBeLessThan(all);
  expect(byCountry).toBeGreaterThan(0);
  await expect(page).toHaveURL(/[?&]country=CH/);
  await country.selectOption('');

  const source = page.getByTestId('filter-source');
  await expect(source.locator('option')).toHaveCount(3);
  await source.selectOption('测试通讯社');
  const bySource = await settledShown(page);
  expect(bySource).toBeGreaterThan(0);
  expect(bySource).toBeLessThan(all);
  await expect(rows(page).first()).toContainText('测试通讯社');
  await source.selectOption('');

  const category = page.getByTestId('filter-category');
  await category.selectOption('测试类别');
  await expect.poll(async () => (await counts(page)).shown).toBe(bySource);
  await category.selectOption('');
  await expect.poll(async () => (await counts(page)).shown).toBe(all);

  // Precision toggles combine: week or month.
  await page.locator('[data-precision="week"]').click();
  const weeks = await settledShown(page);
  await page.locator('[data-precision="month"]').click();
  const weeksOrMonths = await settledShown(page);
  expect(weeks).toBeGreaterThan(0);
  expect(weeksOrMonths).toBeGreaterThan(weeks);
  expect(weeksOrMonths).toBeLessThan(all);
  await expect(page.locator('[data-precision="week"]')).toHaveAttribute('aria-pressed', 'true');
  for (const precision of await rows(page).locator('.precision').allTextContents()) expect(precision).toMatch(/^(week|month)$/);

  // Clear all.
  await country.selectOption('UA');
  await page.getByTestId('search').fill('Kyiv');
  await expect.poll(async () => (await counts(page)).shown).toBeLessThan(weeksOrMonths);
  await page.getByTestId('clear-filters').click();
  await expect.poll(async () => (await counts(page)).shown).toBe(all);
  await expect(page.getByTestId('search')).toHaveValue('');
  await expect(country).toHaveValue('');
  await expect(page.locator('[data-precision][aria-pressed="true"]')).toHaveCount(0);
  await expect(page.getByTestId('clear-filters')).toBeDisabled();
});

test('filters survive a reload through the URL', async ({ page }) => {
  await open(page, '?lang=en&q=Mariupol&country=UA&prec=day,reported');
  await expect(page.getByTestId('search')).toHaveValue('Mariupol');
  await expect(page.getByTestId('filter-country')).toHaveValue('UA');
  await expect(page.locator('[data-precision="day"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-precision="reported"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-precision="year"]')).toHaveAttribute('aria-pressed', 'false');
  const first = await counts(page);
  expect(first.shown).toBeGreaterThan(0);

  // Change one from the interface; the URL follows; a reload brings all of it back.
  await page.locator('[data-precision="reported"]').click();
  await expect(page).toHaveURL(/[?&]prec=day(&|$)/);
  await rows(page).first().click();
  const selected = await detailEvent(page);
  // Everything but the map's extent, which the map may add once it has flown to the selection.
  const params = () => {
    const p = new URL(page.url()).searchParams;
    p.delete('map');
    return p.toString();
  };
  const url = params();
  const second = await counts(page);
  await page.reload();
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  expect(params()).toBe(url);
  expect(await counts(page)).toEqual(second);
  await expect(page.getByTestId('search')).toHaveValue('Mariupol');
  await expect(page.locator('[data-precision="reported"]')).toHaveAttribute('aria-pressed', 'false');
  expect(await detailEvent(page)).toBe(selected);
  await expect(rows(page).and(page.locator('[aria-selected="true"]'))).toHaveCount(1);
});

test('on a phone the filters fold behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '?lang=en');
  const fold = page.getByRole('button', { name: /^Filters/ });
  const country = page.getByTestId('filter-country');
  await expect(fold).toBeVisible();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(country).toBeHidden();
  // The search stays in sight.
  await expect(page.getByTestId('search')).toBeVisible();
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await country.selectOption('UA');
  await expect(page).toHaveURL(/country=UA/);
  await expect(fold).toHaveText(/Filters \(1\)/);
  // Every part is reachable in one column.
  for (const id of ['timeline', 'map', 'event-list', 'event-detail']) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    await expect(page.getByTestId(id)).toBeInViewport();
  }
});
