// Briefings (issue 5): steps captured from views, exported and imported as a file, presented with
// the keyboard (window, selection and map extent checked at each step), speaker notes following along,
// a shipped briefing on the menu, and a kiosk that advances on its own. Every non-local request is
// blocked by the fixtures, so all of this works offline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { open } from './explore-helpers.ts';

interface StepSpec {
  t: string;
  event: string;
  map: { lat: number; lon: number; zoom: number };
}

const STEPS: StepSpec[] = [
  { t: '2021-12-05~2021-12-20', event: 'e-4483a072-007', map: { lat: 50, lon: 10, zoom: 3 } },
  { t: '2022-03-08~2022-03-18', event: 'e-1223bc3a-001', map: { lat: 48, lon: 25, zoom: 4 } },
  { t: '2022-03-30~2022-04-08', event: 'e-12ab07f5-003', map: { lat: 47.3, lon: 37, zoom: 7 } },
];

// The detail panel shows the selected event's article picture, which lives on the news site: the
// fixtures block it and the panel falls back. Anything else leaving the machine fails the test.
const foreign = (urls: string[]) => urls.filter((u) => !/^https:\/\/chinese\.aljazeera\.net\/wp-content\/uploads\//.test(u));
const errors = (list: string[]) => list.filter((e) => !/^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(e));

const query = (s: StepSpec) => `?lang=en&t=${s.t}&event=${s.event}&map=${s.map.lat},${s.map.lon},${s.map.zoom}`;
// From the page itself: page.url() learns of history.replaceState a little late.
const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
const mapExtent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __chronomap_map_stats?: { extent?: { lat: number; lon: number; zoom: number } } }).__chronomap_map_stats?.extent ?? null);

async function openPanel(page: Page) {
  await page.getByTestId('briefing-open').click();
  await expect(page.getByTestId('briefing-panel')).toBeVisible();
}

/** The view of step `s` is on screen: the window in the URL, the selected event, the map arrived. */
async function expectStep(page: Page, s: StepSpec, at: number) {
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', String(at));
  await expect.poll(() => param(page, 't')).toBe(s.t);
  await expect.poll(() => param(page, 'event')).toBe(s.event);
  await expect(page.getByTestId('event-detail').locator(`h2[data-event="${s.event}"]`)).toBeVisible();
  await expect
    .poll(async () => {
      const e = await mapExtent(page);
      // Leaflet lands on whole pixels: within 4 px of the step's centre, at its zoom.
      const tolerance = (4 * 360) / (256 * 2 ** s.map.zoom);
      return !!e && Math.abs(e.lat - s.map.lat) < tolerance && Math.abs(e.lon - s.map.lon) < tolerance && Math.abs(e.zoom - s.map.zoom) < 0.01;
    })
    .toBe(true);
  await expect(page.getByTestId('step-mark')).toHaveAttribute('data-step', String(at));
}

test('three steps from views: export, reload, import, present with the keyboard', async ({ page, blockedRequests, consoleErrors }, info) => {
  await open(page, '?lang=en');
  await openPanel(page);
  await page.getByTestId('briefing-new').click();
  await page.getByTestId('briefing-title').fill('Test briefing');
  for (const [i, s] of STEPS.entries()) {
    await open(page, query(s));
    await openPanel(page);
    await page.getByTestId('briefing-add').click();
    await expect(page.getByTestId('briefing-step')).toHaveCount(i + 1);
    await page.getByRole('textbox', { name: `Speaker notes ${i + 1}` }).fill(`Notes for step ${i + 1}`);
  }
  // Reorder and back: the order survives.
  await page.getByRole('button', { name: 'Move down 1' }).click();
  await page.getByRole('button', { name: 'Move up 2' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByTestId('briefing-export').click();
  const download = await downloading;
  const file = info.outputPath('briefing.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: number; title: string; steps: { notes: string; view: { window: string[]; event: string } }[] };
  expect(saved.version).toBe(1);
  expect(saved.title).toBe('Test briefing');
  expect(saved.steps.map((s) => s.view.window.join('~'))).toEqual(STEPS.map((s) => s.t));
  expect(saved.steps.map((s) => s.notes)).toEqual(['Notes for step 1', 'Notes for step 2', 'Notes for step 3']);

  // A new, empty briefing, a reload, then the file back in.
  await page.getByTestId('briefing-new').click();
  await expect(page.getByTestId('briefing-step')).toHaveCount(0);
  await open(page, '?lang=en');
  await openPanel(page);
  await expect(page.getByTestId('briefing-step')).toHaveCount(0);
  await page.getByTestId('briefing-file').setInputFiles(file);
  await expect(page.getByTestId('briefing-step')).toHaveCount(3);
  await expect(page.getByTestId('briefing-title')).toHaveValue('Test briefing');

  await page.getByTestId('briefing-present').click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('briefing-panel')).toHaveCount(0);
  // Nothing in the header opens a dialog over the presentation.
  for (const id of ['start-open', 'embed-button', 'download-button']) await expect(page.getByTestId(id)).toBeHidden();
  await expectStep(page, STEPS[0]!, 0);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, STEPS[1]!, 1);
  await page.keyboard.press('PageDown');
  await expectStep(page, STEPS[2]!, 2);
  await page.keyboard.press('PageUp');
  await expectStep(page, STEPS[1]!, 1);
  await page.keyboard.press(' ');
  await expectStep(page, STEPS[2]!, 2);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, STEPS[0]!, 0);
  await expect(page.getByTestId('presenter-count')).toHaveText('Step 1 of 3');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('step-mark')).toHaveCount(0);
  await expect(page.getByTestId('start-open')).toBeVisible();

  expect(foreign(blockedRequests)).toEqual([]);
  expect(errors(consoleErrors)).toEqual([]);
});

test('speaker notes follow the presentation and can move it', async ({ page, context, consoleErrors }) => {
  await open(page, '?lang=en&present=road-to-mariupol');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', '0');
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Notes window' }).click();
  const notes = await opening;
  await expect(notes.getByTestId('speaker-notes')).toHaveAttribute('data-step', '0', { timeout: 30_000 });
  await expect(notes.getByTestId('speaker-notes')).toContainText('Biden and Zelensky');
  await page.keyboard.press('ArrowRight');
  await expect(notes.getByTestId('speaker-notes')).toHaveAttribute('data-step', '1');
  await notes.getByRole('button', { name: /Next/ }).click();
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', '2');
  await expect(notes.getByTestId('speaker-notes')).toContainText('Mariupol');
  expect(errors(consoleErrors)).toEqual([]);
});

test('a shipped briefing is listed and presents; a kiosk loops on its own', async ({ page, blockedRequests, consoleErrors }) => {
  await open(page, '?lang=en');
  await openPanel(page);
  const shipped = page.getByTestId('briefing-shipped');
  await expect(shipped).toContainText('From talks to siege');
  await shipped.getByRole('button', { name: /Present/ }).click();
  await expect(page.getByTestId('presenter-title')).toContainText('December 2021');
  await page.keyboard.press('Escape');

  await open(page, '?lang=en&present=road-to-mariupol&autoplay=1&loop=1');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toHaveAttribute('data-step', '1', { timeout: 5000 });
  await expect(presenter).toHaveAttribute('data-step', '2', { timeout: 5000 });
  await expect(presenter).toHaveAttribute('data-step', '0', { timeout: 5000 });
  expect(foreign(blockedRequests)).toEqual([]);
  expect(errors(consoleErrors)).toEqual([]);
});

test('a file that is not a briefing is refused with a message', async ({ page }, info) => {
  await open(page, '?lang=en');
  await openPanel(page);
  const bad = info.outputPath('bad.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(bad, JSON.stringify({ version: 1, title: 'x', steps: [{ view: { window: ['2022-04-05', '2022-04-01'] } }] }));
  await page.getByTestId('briefing-file').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('bad.json: steps.0.view.window');
});

test('playback sweeps the window forward, pauses, and scrubs', async ({ page, consoleErrors }) => {
  await open(page, '?lang=en');
  await openPanel(page);
  await page.getByTestId('playback-speed').selectOption('year');
  // The window as the map last drew it (the address bar is written only once changes pause).
  const end = () => page.evaluate(() => (window as unknown as { __chronomap_map_stats?: { window?: [number, number] | null } }).__chronomap_map_stats?.window?.[1] ?? 0);
  const scrubTo = (ms: number) =>
    page.getByTestId('playback-scrub').evaluate((el: HTMLInputElement, value) => {
      el.value = String(value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, ms);
  await scrubTo(Date.UTC(2000, 0, 1));
  await expect.poll(async () => (await param(page, 't'))?.split('~')[1]).toBe('2000-01-01');
  await page.getByTestId('playback-toggle').click();
  await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'true');
  const first = await end();
  await expect.poll(end).toBeGreaterThan(first + 86_400_000 * 100);
  await page.getByTestId('playback-toggle').click();
  await expect(page.getByTestId('playback')).toHaveAttribute('data-playing', 'false');
  await page.waitForTimeout(200); // the map's last update of the sweep
  const paused = await end();
  await page.waitForTimeout(500);
  expect(await end()).toBe(paused);
  // Scrubbing to a day sets the window's end there.
  await scrubTo(Date.UTC(2022, 2, 1));
  await expect.poll(async () => (await param(page, 't'))?.split('~')[1]).toBe('2022-03-01');
  expect(errors(consoleErrors)).toEqual([]);
});

test('the view exports as a 2× PNG and an SVG; printing gives a page per step', async ({ page, consoleErrors }, info) => {
  await open(page, '?lang=en&present=road-to-mariupol');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', '0');
  await page.keyboard.press('Escape');
  await openPanel(page);

  const png = page.waitForEvent('download');
  await page.getByTestId('picture-png').click();
  const pngFile = info.outputPath('view.png');
  await (await png).saveAs(pngFile);
  const bytes = readFileSync(pngFile);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1520]);
  expect(bytes.length).toBeGreaterThan(20_000);

  const svg = page.waitForEvent('download');
  await page.getByTestId('picture-svg').click();
  const svgFile = info.outputPath('view.svg');
  await (await svg).saveAs(svgFile);
  const text = readFileSync(svgFile, 'utf8');
  expect(text).toMatch(/^<svg [^>]*width="1200" height="760"/);
  expect(text).toContain('From talks to siege');
  expect(text).toContain('Natural Earth');
  expect(text).toMatch(/<circle /);
  expect(text).toMatch(/<path d="M[\d.]+,[\d.]+L/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('handout').locator('article')).toHaveCount(3);
  await expect(page.getByTestId('handout')).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeHidden();
  expect(errors(consoleErrors)).toEqual([]);
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Result = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const theme of ['light', 'dark'] as const)
  test(`the panel and the presenter have no serious accessibility violations (${theme})`, async ({ page }) => {
    await open(page, `?lang=zh&theme=${theme}`);
    await openPanel(page);
    await page.getByTestId('briefing-shipped').getByRole('button').first().click();
    await expect(page.getByTestId('briefing-step')).toHaveCount(3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('briefing-present').click();
    await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', '0');
    await page.waitForTimeout(900); // the window's glide and the map's flight settle
    expect(await seriousViolations(page)).toEqual([]);
  });
