// The timeline: overview strip with density and brush above the zoomable canvas timeline. Marks are
// pixels on a canvas, so these tests reach them through the timeline's hooks: data-marks /
// data-aggregated / data-visible on the section, the selected mark in SVG with data-event,
// window.__chronomap_timeline_locate(id) for where an event is drawn, and
// window.__chronomap_timeline_stats for frame counts (stats.ts).
import type { Page } from '@playwright/test';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import type { Dataset, NewsEvent } from '../../src/lib/schema.ts';
import { test, expect, serveOwnDataset } from './fixtures.ts';

interface Stats {
  firstDrawAt: number | null;
  draws: number;
  frameMs: number;
  maxFrameMs: number;
  totalFrameMs: number;
  marks: number;
  aggregated: number;
  visible: number;
  writeMs: number;
}
type Hooks = {
  __chronomap_ready?: boolean;
  __chronomap_timeline_stats: Stats & { reset(): void };
  __chronomap_timeline_locate(id: string): { x: number; y: number; aggregated: boolean } | null;
};

async function open(page: Page, query = '', timeout = 30_000) {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => (window as unknown as Hooks).__chronomap_ready === true, null, { timeout });
  await page.waitForFunction(() => ((window as unknown as Hooks).__chronomap_timeline_stats?.draws ?? 0) > 0);
}

const timeline = (page: Page) => page.getByTestId('timeline');
const plot = (page: Page) => page.getByTestId('timeline-plot');
const overview = (page: Page) => page.getByTestId('timeline-overview');
const stats = (page: Page) => page.evaluate(() => ({ ...(window as unknown as Hooks).__chronomap_timeline_stats }));
const locate = (page: Page, id: string) => page.evaluate((id) => (window as unknown as Hooks).__chronomap_timeline_locate(id), id);
const attr = async (page: Page, name: string) => Number(await timeline(page).getAttribute(`data-${name}`));
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The window in the URL as [start, end] ms, or null. */
/** The window in the address once it has stopped changing (window writes are coalesced). */
async function settledUrlWindow(page: Page): Promise<[number, number]> {
  let last = JSON.stringify(urlWindow(page));
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(urlWindow(page));
    if (now === last) break;
    last = now;
  }
  return urlWindow(page)!;
}

function urlWindow(page: Page): [number, number] | null {
  const t = urlParam(page, 't');
  if (!t) return null;
  const [a, b] = t.split('~').map((s) => Date.parse(s));
  return [a!, b!];
}
/** The brush's selection in px ([x, width]), or null when it is cleared. */
const brush = (page: Page): Promise<[number, number] | null> =>
  overview(page)
    .locator('.brush .selection')
    .evaluate((el) =>
      el.getAttribute('display') === 'none' || !el.getAttribute('width') ? null : ([Number(el.getAttribute('x')), Number(el.getAttribute('width'))] as [number, number]),
    );

/** The brush once it has stopped moving: the same over a few animation frames (wheel notches may still be arriving). */
async function settledBrush(page: Page): Promise<[number, number]> {
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  let last = await brush(page);
  await expect
    .poll(async () => {
      await frames();
      const now = await brush(page);
      const still = now !== null && last !== null && now[0] === last[0] && now[1] === last[1];
      last = now;
      return still;
    })
    .toBe(true);
  return last!;
}

/** The samples' dataset, as the app loads it. */
async function samples(page: Page): Promise<Dataset> {
  return (await (await page.request.get('/data/events.json')).json()) as Dataset;
}

/** Events alone on their date and precision, so a click on their mark selects exactly them. */
function loners(ds: Dataset): NewsEvent[] {
  const key = (e: NewsEvent) => `${e.start}/${e.end}/${e.precision === 'day' ? 'day' : e.precision === 'reported' ? 'rep' : 'bar'}`;
  const n = new Map<string, number>();
  for (const e of ds.events) n.set(key(e), (n.get(key(e)) ?? 0) + 1);
  return ds.events.filter((e) => n.get(key(e)) === 1 && e.precision === 'day');
}

/** The first of `ids` drawn as a mark of its own in the current view, with where it is. */
async function drawnMark(page: Page, ids: string[]) {
  for (const id of ids) {
    const at = await locate(page, id);
    if (at && !at.aggregated) return { id, ...at };
  }
  throw new Error('none of the events is drawn as a mark');
}

test.describe('on the samples', () => {
  test('draws the marks on a canvas under an axis in the interface language', async ({ page, consoleErrors, blockedRequests }) => {
    await open(page, '?lang=en');
    expect(await attr(page, 'marks')).toBeGreaterThan(10);
    expect(await attr(page, 'visible')).toBeGreaterThan(20);
    await expect(timeline(page).locator('canvas')).toBeVisible();
    const en = (await timeline(page).locator('.axis text').allTextContents()).join(' ');
    expect(en).toMatch(/Dec 2021/);
    expect(en).toMatch(/Apr/);
    await page.getByTestId('language').click();
    await expect.poll(async () => (await timeline(page).locator('.axis text').allTextContents()).join(' ')).toMatch(/2021年12月/);
    // The overview names the years of the whole extent.
    expect((await overview(page).locator('.ticks text').allTextContents()).join(' ')).toMatch(/2020年/);
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
  });

  test('a click on a mark selects its event: the detail shows its sentence and the SVG draws it', async ({ page }) => {
    await open(page, '?lang=en');
    const ds = await samples(page);
    const mark = await drawnMark(page, loners(ds).map((e) => e.id).reverse());
    await page.mouse.click(mark.x, mark.y);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${mark.id}(&|$)`));
    const sentence = ds.events.find((e) => e.id === mark.id)!.text;
    await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toHaveText(sentence);
    await expect(timeline(page).locator(`.selected [data-event="${mark.id}"]`)).toBeVisible();
  });

  test('hovering a mark highlights it; hovering a row of the list highlights its mark', async ({ page }) => {
    await open(page, '?lang=en');
    const ds = await samples(page);
    const mark = await drawnMark(page, loners(ds).map((e) => e.id));
    await page.mouse.move(mark.x, mark.y);
    await expect(timeline(page).locator(`.hovered[data-hovered="${mark.id}"]`)).toBeAttached();
    // The tooltip says what it is.
    await expect(timeline(page).locator('.tooltip')).toContainText(ds.events.find((e) => e.id === mark.id)!.text.slice(0, 10));
    // The list marks the hovered event's row too, when it is in sight.
    await page.mouse.move(0, 0);
    await expect(timeline(page).locator('.hovered')).toHaveCount(0);
    const row = page.getByTestId('event-list').locator('[role="option"][data-event]').nth(2);
    const id = (await row.getAttribute('data-event'))!;
    await row.hover();
    await expect(timeline(page).locator(`.hovered[data-hovered="${id}"]`)).toBeAttached();
  });

  test('brushing the overview sets the window: the URL, the counts and the map follow', async ({ page }) => {
    await open(page, '?lang=en');
    const counts = page.getByTestId('counts');
    const shownBefore = Number(await counts.getAttribute('data-shown'));
    const mapUpdates = Number(await page.getByTestId('map').getAttribute('data-updated'));
    const axisBefore = await timeline(page).locator('.axis text').allTextContents();
    const box = (await overview(page).boundingBox())!;
    // Drag a new selection over the 1970s–1990s (before the news of 2022).
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => urlWindow(page)?.[1] ?? Infinity).toBeLessThan(Date.UTC(2010, 0, 1));
    const w = await settledUrlWindow(page);
    expect(w[0]).toBeGreaterThan(Date.UTC(1960, 0, 1));
    await expect.poll(async () => Number(await counts.getAttribute('data-shown'))).toBeLessThan(shownBefore);
    await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-updated'))).toBeGreaterThan(mapUpdates);
    // The main timeline shows the brushed window.
    await expect.poll(() => timeline(page).locator('.axis text').allTextContents()).not.toEqual(axisBefore);
    expect((await timeline(page).locator('.axis text').allTextContents()).join(' ')).toMatch(/19[789]\d/);
    // A click (no drag) on the overview moves the window there, keeping its width.
    await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
    await expect.poll(() => urlWindow(page)?.[0] ?? 0).toBeGreaterThan(Date.UTC(2010, 0, 1));
    const moved = await settledUrlWindow(page);
    expect(Math.abs(moved[1] - moved[0] - (w[1] - w[0]))).toBeLessThan(1000);
  });

  test('zooming the main timeline with the wheel moves the brush', async ({ page }) => {
    await open(page, '?lang=en');
    const before = (await brush(page))!;
    expect(before).not.toBeNull();
    const windowBefore = urlWindow(page)!;
    const box = (await plot(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await brush(page))?.[1] ?? Infinity).toBeLessThan(before[1]);
    await expect.poll(() => urlWindow(page)![1] - urlWindow(page)![0]).toBeLessThan(windowBefore[1] - windowBefore[0]);
    // Zoomed out again, dragging pans: the window moves back in time and the brush with it.
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 200);
    await expect.poll(async () => (await brush(page))?.[1] ?? 0).toBeGreaterThan(before[1]);
    const wide = await settledBrush(page);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await brush(page))![0]).toBeLessThan(wide[0] - 2);
    expect(Math.abs((await brush(page))![1] - wide[1])).toBeLessThan(1);
  });

  test('keyboard: arrows step through events in time order, Home/End, + and − zoom, 0 resets', async ({ page }) => {
    await open(page, '?lang=en');
    const ds = await samples(page);
    const start = new Map(ds.events.map((e) => [e.id, e.start]));
    const initial = urlParam(page, 't');
    await plot(page).focus();
    await expect(plot(page)).toBeFocused();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => urlParam(page, 'event')).not.toBe(seen.at(-1) ?? null);
      seen.push(urlParam(page, 'event')!);
    }
    const days = seen.map((id) => start.get(id)!);
    expect([...days].sort()).toEqual(days);
    await expect(timeline(page).locator(`[data-event="${seen[3]}"]`)).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => urlParam(page, 'event')).toBe(seen[2]);
    await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toHaveText(ds.events.find((e) => e.id === seen[2])!.text);
    // End: the latest event, brought into view.
    await page.keyboard.press('End');
    const last = [...ds.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1)).at(-1)!;
    await expect.poll(() => urlParam(page, 'event')).toBe(last.id);
    await expect(timeline(page).locator(`[data-event="${last.id}"]`)).toBeVisible();
    // Home: the earliest (a history mention decades back); the window pans there.
    await page.keyboard.press('Home');
    await expect.poll(() => urlWindow(page)?.[0] ?? Infinity).toBeLessThan(Date.UTC(2000, 0, 1));
    const span = () => urlWindow(page)![1] - urlWindow(page)![0];
    const before = span();
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(before * 0.6);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(span).toBeGreaterThan(before * 1.5);
    await page.keyboard.press('0');
    await expect.poll(() => urlParam(page, 't')).toBe(initial);
  });

  test('works on a phone, and redraws in the dark theme', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '?lang=zh');
    const box = (await timeline(page).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await attr(page, 'marks')).toBeGreaterThan(0);
    expect((await timeline(page).locator('.axis text').allTextContents()).length).toBeGreaterThanOrEqual(2);
    // The commonest opaque colour on the canvas: the marks'.
    const colour = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-testid=timeline] canvas') as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const n = new Map<string, number>();
        for (let i = 3; i < data.length; i += 4) {
          if (data[i] !== 255) continue;
          const c = `${data[i - 3]},${data[i - 2]},${data[i - 1]}`;
          n.set(c, (n.get(c) ?? 0) + 1);
        }
        return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      });
    const light = await colour();
    const draws = (await stats(page)).draws;
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await stats(page)).draws).toBeGreaterThan(draws);
    await expect.poll(colour).not.toBe(light);
    // An explicit theme on the root wins, and is followed too.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await page.evaluate(() => document.documentElement.style.setProperty('--mark', 'rgb(1, 2, 3)'));
    const pixelsOf = (rgb: string) =>
      page.evaluate((rgb) => {
        const canvas = document.querySelector('[data-testid=timeline] canvas') as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] === 255 && `${data[i - 3]},${data[i - 2]},${data[i - 1]}` === rgb) n++;
        return n;
      }, rgb);
    await expect.poll(() => pixelsOf('1,2,3')).toBeGreaterThan(20);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('on 100 000 generated events', () => {
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(180_000);
  let body: string | undefined;
  const dataset = () => (body ??= JSON.stringify(generateDataset({ events: 100_000, seed: 1 })));

  test('renders, zooms with the wheel, and selects by click and by keyboard', async ({ page, consoleErrors }, info) => {
    const json = dataset();
    await serveOwnDataset(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
    await open(page, '?lang=en', 120_000);
    const first = await stats(page);
    info.annotations.push({ type: 'first draw (ms since navigation)', description: String(Math.round(first.firstDrawAt ?? -1)) });
    // Everything is accounted for: as marks or in aggregate columns, never a pile.
    expect(await attr(page, 'visible')).toBeGreaterThan(50_000);
    expect(await attr(page, 'aggregated')).toBeGreaterThan(0);
    expect(await attr(page, 'marks')).toBeLessThan(3000);

    // Zoom in with the wheel: fewer events in the window, more of them as marks of their own.
    const box = (await plot(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.evaluate(() => {
      const w = window as unknown as Hooks & { __frames: number; __stop: boolean };
      w.__frames = 0;
      w.__stop = false;
      const tick = () => {
        w.__frames++;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      w.__chronomap_timeline_stats.reset();
    });
    const started = Date.now();
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -150);
    const ms = Date.now() - started;
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __stop: boolean };
      w.__stop = true;
      return w.__frames;
    });
    const zoomed = await stats(page);
    info.annotations.push({
      type: 'wheel zoom at 100 000 events',
      description: `${((frames / ms) * 1000).toFixed(1)} fps; timeline frame ${(zoomed.totalFrameMs / Math.max(1, zoomed.draws)).toFixed(1)} ms avg, ${zoomed.maxFrameMs.toFixed(1)} ms max`,
    });
    await expect.poll(() => attr(page, 'visible')).toBeLessThan(first.visible);
    await expect(page).toHaveURL(/[?&]t=/);

    // Select the last event from the keyboard: drawn in SVG, in the URL.
    await plot(page).focus();
    await page.keyboard.press('End');
    await expect.poll(() => urlParam(page, 'event')).not.toBeNull();
    const last = urlParam(page, 'event')!;
    await expect(timeline(page).locator(`.selected [data-event="${last}"]`)).toBeVisible();

    // A click on a mark selects the event it stands for (rows of the list are events in the window).
    await page.keyboard.press('0');
    for (let i = 0; i < 25; i++) await page.mouse.wheel(0, -300);
    await expect.poll(() => attr(page, 'marks')).toBeGreaterThan(0);
    const ids = await page.getByTestId('event-list').locator('[role="option"][data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')!));
    const mark = await drawnMark(page, ids);
    await page.mouse.click(mark.x, mark.y);
    await expect.poll(() => urlParam(page, 'event')).not.toBe(last);
    const picked = urlParam(page, 'event')!;
    await expect(timeline(page).locator(`.selected [data-event="${picked}"]`)).toBeVisible();
    await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a click on an aggregated stretch zooms into it', async ({ page }) => {
    const json = dataset();
    await serveOwnDataset(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
    await open(page, '?lang=en', 120_000);
    const before = urlWindow(page)!;
    const box = (await plot(page).boundingBox())!;
    // The bottom lane at the middle: the columns of the densest years stand there.
    let zoomed = false;
    for (const fx of [0.5, 0.6, 0.7, 0.8, 0.4]) {
      await page.mouse.click(box.x + box.width * fx, box.y + 6 + 10 * 12 - 3);
      await page.waitForTimeout(300);
      const w = urlWindow(page);
      if (w && w[1] - w[0] < (before[1] - before[0]) / 2) {
        zoomed = true;
        break;
      }
    }
    expect(zoomed).toBe(true);
  });
});
