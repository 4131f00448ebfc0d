// The map on the samples and on a generated 100 000-event dataset: markers by kind, countries as
// shapes, place selection by mouse and keyboard, hover and selection linked with the list, the
// extent in the URL, the opt-in online tiles, clusters, and no serious accessibility violation.
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import type { Dataset } from '../../src/lib/schema.ts';
import { test, expect, serveOwnDataset } from './fixtures.ts';

interface MapStats {
  updates: number;
  lastMs: number;
  maxMs: number;
  clustered: boolean;
  indexBuilds: number;
  markers: number;
  created: number;
  extent: { lat: number; lon: number; zoom: number } | null;
}

const map = (page: Page) => page.getByTestId('map');
const marker = (page: Page, id: string) => map(page).locator(`.place-marker[data-place="${id}"]`);
const shape = (page: Page, id: string) => map(page).locator(`path.country-shape[data-place="${id}"]`);
const clusters = (page: Page) => map(page).locator('.place-cluster');
const stats = (page: Page) => page.evaluate(() => (window as unknown as { __chronomap_map_stats: MapStats }).__chronomap_map_stats);
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function open(page: Page, query = '', timeout = 30_000) {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout });
  await expect(map(page)).toHaveAttribute('data-updated', /[1-9]/);
}

/** N of "showing N of M events": the counts' data attribute, or the first number of its text. */
async function shown(page: Page): Promise<number> {
  const el = page.getByTestId('counts');
  const attr = await el.getAttribute('data-shown');
  if (attr !== null) return Number(attr);
  return Number(/(\d+)/.exec((await el.textContent()) ?? '')?.[1]);
}

/** The dataset the page was served, as the app reads it. */
const served = (page: Page) => page.evaluate(() => fetch('./data/events.json').then((r) => r.json())) as Promise<Dataset>;

async function centre(locator: Locator) {
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

test.describe('on the samples', () => {
  test('towns are markers, regions discs, countries shapes; the basemap is local', async ({ page, blockedRequests, consoleErrors }) => {
    await open(page, '?lang=en');
    for (const id of ['mariupol', 'geneva', 'rome', 'kyiv', 'moscow']) {
      await expect(marker(page, id)).toBeVisible();
      await expect(marker(page, id)).toHaveClass(/kind-point/);
    }
    await expect(map(page).locator('path.country').first()).toBeAttached();
    // A country is not a pinpoint: Ukraine is its own outline, shaded by its event count.
    await expect(shape(page, 'ukraine')).toBeAttached();
    await expect(marker(page, 'ukraine')).toHaveCount(0);
    const box = (await shape(page, 'ukraine').boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect(Number(await shape(page, 'ukraine').evaluate((el) => getComputedStyle(el).fillOpacity))).toBeGreaterThan(0);
    await expect(shape(page, 'ukraine')).toHaveAttribute('aria-label', /Ukraine 乌克兰, country · \d+ events/);
    // Areas are drawn differently from towns.
    await expect(map(page).locator('.place-marker.kind-area').first()).toBeVisible();
    // Bilingual names: the accessible name and the permanent labels of the largest places.
    await expect(marker(page, 'mariupol')).toHaveAttribute('aria-label', /Mariupol 马里乌波尔 · \d+ events?/);
    expect(await map(page).locator('.place-label').count()).toBeGreaterThan(0);
    expect(await map(page).locator('.place-label .alt').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    // Too few towns to cluster: every one is drawn.
    expect((await stats(page)).clustered).toBe(false);
    expect(blockedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a click on a place filters the timeline to its events, a second click clears it', async ({ page }) => {
    await open(page, '?lang=en');
    const before = await shown(page);
    await marker(page, 'geneva').click();
    await expect(page).toHaveURL(/place=geneva/);
    await expect.poll(() => shown(page)).toBeLessThan(before);
    expect(await shown(page)).toBeGreaterThan(0);
    await expect(marker(page, 'geneva')).toHaveAttribute('aria-pressed', 'true');
    await expect(marker(page, 'geneva')).toHaveClass(/is-selected/);
    await marker(page, 'geneva').click();
    await expect(page).not.toHaveURL(/place=/);
    await expect.poll(() => shown(page)).toBe(before);
  });

  test('a country shape is clickable and focusable like a marker', async ({ page }) => {
    await open(page, '?lang=en');
    const before = await shown(page);
    await shape(page, 'ukraine').dispatchEvent('click');
    await expect(page).toHaveURL(/place=ukraine/);
    await expect.poll(() => shown(page)).toBeLessThan(before);
    await expect(shape(page, 'ukraine')).toHaveClass(/is-selected/);
    await shape(page, 'ukraine').focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/place=/);
  });

  test('keyboard: markers take focus, Enter and Space toggle the place filter', async ({ page }) => {
    await open(page, '?lang=zh');
    const before = await shown(page);
    await marker(page, 'rome').focus();
    await expect(marker(page, 'rome')).toBeFocused();
    // Focus shows the bilingual name, as hovering does.
    await expect(map(page).locator('.map-tip')).toContainText('罗马');
    await expect(map(page).locator('.map-tip')).toContainText('Rome');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/place=rome/);
    await expect.poll(() => shown(page)).toBeLessThan(before);
    // The marker keeps its element (and the focus) through the redraw.
    await expect(marker(page, 'rome')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/place=/);
    await expect.poll(() => shown(page)).toBe(before);
  });

  test('hovering an event in the list highlights its places; hovering a place names it', async ({ page }) => {
    await open(page, '?lang=en');
    const data = await served(page);
    const placesOf = new Map(data.events.map((e) => [e.id, e.places]));
    const rows = page.getByTestId('event-list').locator('[data-event]');
    await expect(rows.first()).toBeVisible();
    // The first visible row whose event has a place drawn as a marker.
    let row: Locator | null = null;
    let places: string[] = [];
    for (let i = 0; i < Math.min(20, await rows.count()); i++) {
      const id = (await rows.nth(i).getAttribute('data-event'))!;
      const drawn = [];
      for (const p of placesOf.get(id) ?? []) if ((await marker(page, p).count()) > 0) drawn.push(p);
      if (drawn.length && (await rows.nth(i).isVisible())) {
        row = rows.nth(i);
        places = drawn;
        break;
      }
    }
    expect(row, 'a list row with a place on the map').not.toBeNull();
    await expect(map(page).locator('.is-highlighted')).toHaveCount(0);
    await row!.hover();
    for (const p of places) await expect(marker(page, p)).toHaveClass(/is-highlighted/);
    await page.mouse.move(0, 0);
    await expect(map(page).locator('.place-marker.is-highlighted')).toHaveCount(0);

    // And the other way: hovering a marker shows its names and counts.
    await marker(page, 'kyiv').hover();
    await expect(map(page).locator('.map-tip')).toContainText(/Kyiv 基辅 · \d+ events?/);
  });

  test('an event selected elsewhere highlights its places and brings them into view', async ({ page }) => {
    // Open over the Americas, far from the events.
    await open(page, '?lang=en&map=15.0000,-95.0000,5');
    const data = await served(page);
    const target = data.events.find((e) => e.places.includes('mariupol'))!;
    await page.locator('input[data-testid=search], [data-testid=search] input').first().fill('Mariupol');
    const row = page.getByTestId('event-list').locator('[data-event]').first();
    await expect(row).toBeVisible();
    await row.click();
    // The address follows the view a moment after a change (writes are coalesced).
    await expect.poll(() => urlParam(page, 'event') ?? '').toMatch(/^e-/);
    const selected = urlParam(page, 'event') ?? '';
    const selectedPlaces = data.events.find((e) => e.id === selected)?.places ?? target.places;
    const town = selectedPlaces.find((p) => data.places.find((q) => q.id === p)?.kind === 'city') ?? 'mariupol';
    await expect(marker(page, town)).toHaveClass(/is-highlighted/);
    // The map flew there, and the extent it ended at is in the URL.
    await expect.poll(() => urlParam(page, 'map')).not.toBe('15.0000,-95.0000,5');
    const box = (await map(page).boundingBox())!;
    await expect
      .poll(async () => {
        const c = await centre(marker(page, town));
        return c.x > box.x && c.x < box.x + box.width && c.y > box.y && c.y < box.y + box.height;
      })
      .toBe(true);
  });

  test('a click on the map never moves the map', async ({ page }) => {
    await open(page, '?lang=en&map=48.0000,30.0000,4.5');
    const before = (await stats(page)).extent;
    await marker(page, 'kyiv').click();
    await expect(page).toHaveURL(/place=kyiv/);
    await page.waitForTimeout(700);
    expect((await stats(page)).extent).toEqual(before);
    expect(urlParam(page, 'map')).toBe('48.0000,30.0000,4.5');
  });

  test('the map extent goes into the URL when the user moves the map, and survives a reload', async ({ page }) => {
    await open(page, '?lang=en');
    // The first look fits the places and writes nothing.
    expect(urlParam(page, 'map')).toBeNull();
    const box = (await map(page).boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + box.height - 60);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + box.height - 120, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => urlParam(page, 'map')).toMatch(/^-?\d+\.\d{4},-?\d+\.\d{4},\d+(\.\d+)?$/);
    const extent = urlParam(page, 'map');
    const kyiv = await centre(marker(page, 'kyiv'));
    await page.reload();
    await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
    await expect(marker(page, 'kyiv')).toBeVisible();
    expect(urlParam(page, 'map')).toBe(extent);
    const again = await centre(marker(page, 'kyiv'));
    expect(Math.abs(again.x - kyiv.x)).toBeLessThan(2);
    expect(Math.abs(again.y - kyiv.y)).toBeLessThan(2);
    // Zooming with the control is a move by the user too.
    await map(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => urlParam(page, 'map')).not.toBe(extent);
  });

  test('online tiles are requested only after the user switches them on, and the choice is remembered', async ({
    page,
    blockedRequests,
  }) => {
    await open(page, '?lang=en');
    const toggle = map(page).getByTestId('map-tiles');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.waitForTimeout(500);
    expect(blockedRequests).toEqual([]);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => blockedRequests.filter((u) => u.startsWith('https://tile.openstreetmap.org/')).length).toBeGreaterThan(0);
    expect(blockedRequests.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await expect(map(page).locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
    // Remembered in this browser, not in the URL.
    expect(page.url()).not.toMatch(/tile|osm/i);
    await page.reload();
    await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
    await expect(map(page).getByTestId('map-tiles')).toHaveAttribute('aria-pressed', 'true');
    await map(page).getByTestId('map-tiles').click();
    await expect(map(page).locator('.leaflet-tile')).toHaveCount(0);
    await expect(map(page).locator('.leaflet-control-attribution')).not.toContainText('OpenStreetMap');
  });

  test('at 390 px wide the map and its controls fit', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '?lang=zh&theme=dark');
    await map(page).scrollIntoViewIfNeeded();
    const box = (await map(page).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThan(250);
    const toggle = (await map(page).getByTestId('map-tiles').boundingBox())!;
    expect(toggle.x + toggle.width).toBeLessThanOrEqual(box.x + box.width);
    await expect(marker(page, 'kyiv')).toBeVisible();
  });

  for (const [lang, theme] of [
    ['zh', 'light'],
    ['en', 'dark'],
  ] as const)
    test(`no serious accessibility violation in the map (${lang}, ${theme})`, async ({ page }) => {
      await open(page, `?lang=${lang}&theme=${theme}`);
      await map(page).getByText(lang === 'zh' ? '图例' : 'Legend').click();
      await marker(page, 'kyiv').hover();
      const require = createRequire(import.meta.url);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run({ include: [['[data-testid=map]']] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
    });
});

test.describe('on 100 000 generated events', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(150_000);
  let body: string | undefined;

  async function openLarge(page: Page, query = '') {
    body ??= JSON.stringify(generateDataset({ events: 100_000, seed: 1 }));
    const json = body;
    await serveOwnDataset(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
    await open(page, query, 90_000);
    await expect(clusters(page).first()).toBeVisible({ timeout: 20_000 });
  }

  test('dense places are clustered; a click on a cluster zooms in', async ({ page, consoleErrors }, info) => {
    await openLarge(page, '?lang=en');
    const s = await stats(page);
    expect(s.clustered).toBe(true);
    expect(s.indexBuilds).toBe(1);
    // Few DOM markers for thousands of places.
    expect(s.markers).toBeLessThan(600);
    const first = clusters(page).first();
    await expect(first).toHaveText(/^\d+$/);
    await expect(first).toHaveAttribute('aria-label', /^Group of \d+ places · \d+ events/);
    // The biggest cluster, by its count.
    const counts = await clusters(page).evaluateAll((els) => els.map((e) => Number(e.textContent)));
    const biggest = clusters(page).nth(counts.indexOf(Math.max(...counts)));
    const zoom = s.extent!.zoom;
    // Dispatched to the bubble itself: a bubble's edge may sit under its neighbour's ring.
    await biggest.dispatchEvent('click');
    await expect.poll(async () => (await stats(page)).extent!.zoom, { timeout: 10_000 }).toBeGreaterThan(zoom);
    await expect.poll(() => urlParam(page, 'map')).not.toBeNull();
    // Keyboard: Enter on a focused cluster zooms in as well.
    const zoomed = (await stats(page)).extent!.zoom;
    const next = clusters(page).first();
    if ((await next.count()) > 0) {
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await stats(page)).extent!.zoom, { timeout: 10_000 }).toBeGreaterThan(zoomed);
    }
    info.annotations.push({ type: 'map', description: JSON.stringify(await stats(page)) });
    expect(consoleErrors).toEqual([]);
  });

  test('a window change updates the map quickly, reusing its markers', async ({ page }, info) => {
    await openLarge(page, '?lang=en');
    const first = await stats(page);
    const timeline = (await page.getByTestId('timeline').boundingBox())!;
    const times: number[] = [];
    // Zoom the timeline in with the wheel, step by step: each step is a window change.
    await page.mouse.move(timeline.x + timeline.width / 2, timeline.y + timeline.height * 0.7);
    for (let i = 0; i < 4; i++) {
      const before = await stats(page);
      await page.mouse.wheel(0, -400);
      await expect.poll(async () => (await stats(page)).updates).toBeGreaterThan(before.updates);
      const after = await stats(page);
      // The hook for outside tools counts the same updates.
      await expect(map(page)).toHaveAttribute('data-updated', String(after.updates));
      times.push(after.lastMs);
    }
    const last = await stats(page);
    // Markers are kept and repainted, not made anew for every window.
    expect(last.created - first.created).toBeLessThan(last.markers);
    info.annotations.push({ type: 'map update ms', description: times.map((t) => t.toFixed(1)).join(', ') });
    // The target is 50 ms from a brush move to the map (npm run bench measures it); a busy test
    // machine gets slack here.
    expect(Math.min(...times)).toBeLessThan(100);
    expect(last.indexBuilds).toBe(1);
  });
});
