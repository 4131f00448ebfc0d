// The event list: the accessible twin of the timeline and map. In step with the window and the
// filters, linked both ways with the selection, keyboard-driven, and virtualised so that 100 000
// events scroll and search.
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import {
  counts,
  detail,
  detailEvent,
  largeDatasetJson,
  list,
  open,
  rows,
  serveDataset,
  settledShown,
  timelineShowsSelected,
} from './explore-helpers.ts';

const activeRow = (page: Page) => list(page).evaluate((el) => el.getAttribute('aria-activedescendant'));
const selectedRow = (page: Page) => page.getByTestId('event-list').locator('[role="option"][aria-selected="true"]');

async function scrollListTo(page: Page, where: 'end' | number) {
  await list(page).evaluate((el, w) => {
    el.scrollTop = w === 'end' ? el.scrollHeight : w;
  }, where);
}

test('lists the events in view in time order, rendering only the rows in sight', async ({ page }) => {
  await open(page, '?lang=en');
  const { shown } = await counts(page);
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(shown));
  const rendered = await rows(page).evaluateAll((els) =>
    els.map((e) => ({ pos: Number(e.getAttribute('aria-posinset')), start: e.getAttribute('data-start')! })),
  );
  expect(rendered.length).toBeGreaterThan(3);
  expect(rendered.length).toBeLessThan(shown);
  rendered.forEach((r, i) => expect(r.pos).toBe(i + 1));
  const starts = rendered.map((r) => r.start);
  expect([...starts].sort()).toEqual(starts);
  // Each row is named by its date (with precision), its sentence and its source.
  await expect(rows(page).first()).toHaveAccessibleName(/\d{4}.*\b(day|week|month|season|year|decade|reported date)\s*: .+ — .+/);

  await scrollListTo(page, 'end');
  await expect(rows(page).last()).toHaveAttribute('aria-posinset', String(shown));
  await expect(rows(page).last()).toBeInViewport();
});

test('a click on a row selects the event: detail, timeline and URL follow', async ({ page }) => {
  await open(page, '?lang=en');
  const row = rows(page).nth(2);
  const id = (await row.getAttribute('data-event'))!;
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(selectedRow(page)).toHaveCount(1);
  expect(await detailEvent(page)).toBe(id);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
  await expect.poll(() => timelineShowsSelected(page, id)).toBe(true);
  // The row is labelled with the sentence the detail panel shows.
  const sentence = (await detail(page).locator('blockquote.evidence').textContent())!.trim();
  await expect(row).toHaveAccessibleName(new RegExp(sentence.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('an event selected on the timeline is highlighted in the list and scrolled into view', async ({ page }) => {
  await open(page, '?lang=en');
  // Select the first event listed, then scroll the list away from it to the end.
  await rows(page).first().click();
  const start = (await detailEvent(page))!;
  await scrollListTo(page, 'end');
  await expect(page.getByTestId('event-list').locator(`[data-event="${start}"]`)).toHaveCount(0);
  // Step on the timeline with the keyboard: the list brings each newly selected row back into view.
  await page.getByTestId('timeline').locator('[tabindex="0"]').first().focus();
  let previous = start;
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => detailEvent(page)).not.toBe(previous);
    const id = (await detailEvent(page))!;
    const row = page.getByTestId('event-list').locator(`[role="option"][data-event="${id}"]`);
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(row).toBeInViewport();
    await expect(selectedRow(page)).toHaveCount(1);
    previous = id;
  }
});

test('the keyboard: arrows move, Home/End jump, Enter selects; hover is shared', async ({ page }) => {
  await open(page, '?lang=en');
  const { shown } = await counts(page);
  await list(page).focus();
  // Focus lands on the first row in sight.
  await expect.poll(() => activeRow(page)).toMatch(/^event-row-/);
  const first = await activeRow(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = await activeRow(page);
  expect(third).not.toBe(first);
  await expect(page.locator(`#${third}`)).toHaveAttribute('aria-posinset', '3');
  // The keyboard's row is the hovered event too, so the map and timeline can show it.
  await expect(page.locator(`#${third}`)).toHaveClass(/hovered/);
  await page.keyboard.press('Enter');
  expect(await detailEvent(page)).toBe(third!.replace('event-row-', ''));
  await page.keyboard.press('End');
  const last = page.locator(`#${await activeRow(page)}`);
  await expect(last).toHaveAttribute('aria-posinset', String(shown));
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(`#${await activeRow(page)}`)).toHaveAttribute('aria-posinset', String(shown - 1));
  await page.keyboard.press('Home');
  await expect(page.locator(`#${await activeRow(page)}`)).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press(' ');
  expect(await detailEvent(page)).toBe((await activeRow(page))!.replace('event-row-', ''));
  // A visible focus ring on the keyboard's row.
  const outline = await page.locator(`#${await activeRow(page)}`).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');

  // Pointer hover marks the row as hovered.
  const other = rows(page).nth(1);
  await other.hover();
  await expect(other).toHaveClass(/hovered/);
});

test('the list follows the timeline window', async ({ page }) => {
  await open(page, '?lang=en&t=2022-03-01~2022-04-01');
  const narrow = await counts(page);
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(narrow.shown));
  const starts = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-start')!));
  // Everything listed overlaps March 2022 (long events may start earlier).
  expect(starts.every((s) => s < '2022-04-01')).toBe(true);
  await page.getByRole('button', { name: 'All years' }).click();
  await expect.poll(async () => (await counts(page)).shown).toBe(narrow.total);
});

test.describe('100 000 events', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the list scrolls to the last events and search narrows it', async ({ page }, info) => {
    const body = largeDatasetJson(100_000);
    await serveDataset(page, body);
    const t0 = Date.now();
    await open(page, '?lang=en', 120_000);
    info.annotations.push({ type: 'ready-ms', description: String(Date.now() - t0) });
    console.log(`100 000 events: ready in ${Date.now() - t0} ms`);
    const all = await counts(page);
    expect(all.total).toBe(100_000);
    expect(all.shown).toBeGreaterThan(10_000);
    // Only the rows in sight are in the DOM.
    expect(await rows(page).count()).toBeLessThan(60);

    await scrollListTo(page, 'end');
    await expect(rows(page).last()).toHaveAttribute('aria-posinset', String(all.shown));
    await expect(rows(page).last()).toBeInViewport();
    await scrollListTo(page, Math.floor((all.shown / 2) * 74));
    await expect.poll(async () => Number(await rows(page).first().getAttribute('aria-posinset'))).toBeGreaterThan(all.shown / 2 - 60);

    // Scrolling through the list keeps only a screenful of rows in the DOM; the frame rate is
    // recorded (it depends on the machine's load, so it is reported rather than asserted).
    const scroll = await list(page).evaluate(async (el) => {
      const frames: number[] = [];
      let maxRows = 0;
      const start = performance.now();
      await new Promise<void>((done) => {
        const step = (now: number) => {
          frames.push(now);
          maxRows = Math.max(maxRows, el.querySelectorAll('[role="option"]').length);
          el.scrollTop -= 600;
          if (now - start < 1000) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      return { fps: (frames.length - 1) / ((frames.at(-1)! - frames[0]!) / 1000), maxRows };
    });
    info.annotations.push({ type: 'scroll-fps', description: scroll.fps.toFixed(1) });
    console.log(`100 000 events: list scroll ${scroll.fps.toFixed(1)} fps, at most ${scroll.maxRows} rows in the DOM`);
    expect(scroll.maxRows).toBeLessThan(60);

    for (const query of ['马里乌波尔', 'Mariupol']) {
      const t1 = Date.now();
      await page.getByTestId('search').fill(query);
      await expect.poll(async () => (await counts(page)).shown, { timeout: 20_000 }).toBeLessThan(all.shown);
      info.annotations.push({ type: `search-ms ${query}`, description: String(Date.now() - t1) });
      console.log(`100 000 events: search "${query}" shown in ${Date.now() - t1} ms (debounce 150 ms included)`);
      const found = await settledShown(page);
      expect(found).toBeGreaterThan(0);
      await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(found));
      await scrollListTo(page, 'end');
      await expect(rows(page).last()).toHaveAttribute('aria-posinset', String(found));
      if (query === 'Mariupol') break;
      await page.getByTestId('search').fill('');
      await expect.poll(async () => (await counts(page)).shown, { timeout: 20_000 }).toBe(all.shown);
    }
    await rows(page).last().click();
    await expect(detail(page).locator('blockquote.evidence')).toContainText(/马里乌波尔/);
  });
});
