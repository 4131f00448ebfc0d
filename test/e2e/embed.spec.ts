// Embedding (issue 6): a host page on another origin embeds the iframe, gets its height and the
// reader's selection, and drives it; commands from origins not listed are ignored; a locked embed
// stays still; a frame created hidden draws at its size once shown; under a strict CSP both the
// full app and the embed run with no violation; the Embed dialog makes a working snippet.
//
// Run: npx vite build --outDir /tmp/embed-dist \
//   && npx vite build --config scripts/vite.element.config.ts --outDir /tmp/embed-dist/element \
//   && CHRONOMAP_DIST=/tmp/embed-dist CHRONOMAP_E2E_PORT=4186 \
//      npx playwright test --config test/e2e/playwright.config.ts test/e2e/embed.spec.ts
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hostPage, startServer, STRICT_CSP } from './embed/servers.ts';

const APP_PORT = Number(process.env.CHRONOMAP_E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${APP_PORT}`;
const HOST_PORT = APP_PORT + 1;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const CSP_PORT = APP_PORT + 2;
const CSP = `http://127.0.0.1:${CSP_PORT}`;
const DIST = process.env.CHRONOMAP_DIST ?? 'dist';

const frameUrl = (query: string) => `${APP}/?embed=1&lang=en&${query}`;
const servers: Server[] = [];

test.beforeAll(async () => {
  const hostScript = `${APP}/embed/host.js`;
  servers.push(
    await startServer(HOST_PORT, {
      '/host.html': hostPage({ frame: frameUrl(`origins=${HOST}`), hostScript }),
      '/other.html': hostPage({ frame: frameUrl('origins=http://127.0.0.1:9'), hostScript }),
      '/locked.html': hostPage({ frame: frameUrl(`origins=${HOST}&lock=1`), hostScript }),
      '/hidden.html': hostPage({ frame: frameUrl(`origins=${HOST}&panels=timeline,map`), hostScript, hidden: true }),
    }),
  );
  // The built app itself under the strict CSP, with a same-origin host page (also under it).
  servers.push(
    await startServer(
      CSP_PORT,
      {
        '/csp-host.html': hostPage({ frame: '/?embed=1&lang=en', hostScript: '/embed/host.js' }),
        // The web component (npm run build:element, built into <dist>/element for this test).
        '/element.html': hostPage({
          frame: '',
          hostScript: '/embed/host.js',
          element: { script: '/element/chrono-map.js', attrs: 'src="/data/events.json" lang="en" theme="dark" height="300"' },
        }),
        '/element-hidden.html': hostPage({
          frame: '',
          hostScript: '/embed/host.js',
          hidden: true,
          element: { script: '/element/chrono-map.js', attrs: 'src="/data/events.json" lang="en" panels="timeline,map"' },
        }),
      },
      { root: DIST, headers: { 'content-security-policy': STRICT_CSP } },
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

type Got = { type: string; height?: number; event?: { id: string } | null; start?: string | null; end?: string | null };
const got = (page: Page) => page.evaluate(() => (window as unknown as { __got: Got[] }).__got);
const lastOf = async (page: Page, type: string) => (await got(page)).filter((m) => m.type === type).at(-1);

async function openHost(page: Page, path: string, heard = true): Promise<FrameLocator> {
  await page.goto(`${HOST}${path}`);
  const frame = page.frameLocator('iframe[data-chronomap]');
  await expect(frame.getByTestId('embed')).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByTestId('event-list').getByRole('option').first()).toBeVisible();
  if (heard) await expect.poll(async () => (await got(page)).some((m) => m.type === 'chronomap:ready')).toBe(true);
  return frame;
}

function command(page: Page, message: object) {
  return page.evaluate((m) => {
    const frame = document.querySelector('iframe[data-chronomap]') as HTMLIFrameElement;
    (window as unknown as { Chronomap: { command: (f: HTMLIFrameElement, m: object) => boolean } }).Chronomap.command(frame, m);
  }, message);
}

test('a host on another origin gets the height and the selection, and drives the view', async ({ page, consoleErrors }) => {
  const frame = await openHost(page, '/host.html');
  // Height: reported, and host.js sized the frame to it.
  await expect.poll(async () => (await lastOf(page, 'chronomap:height'))?.height ?? 0).toBeGreaterThan(300);
  const reported = (await lastOf(page, 'chronomap:height'))!.height!;
  await expect.poll(() => page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(reported);
  // Minimal chrome: no header controls, a link to the full app.
  await expect(frame.getByTestId('search')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /Chronomap/ })).toHaveAttribute('target', '_blank');

  // The reader selects an event: the host hears of it.
  const row = frame.getByTestId('event-list').getByRole('option').nth(1);
  const id = (await row.getAttribute('data-event'))!;
  await row.click();
  await expect.poll(async () => (await lastOf(page, 'chronomap:select'))?.event?.id).toBe(id);

  // The host selects another: the detail panel follows.
  const other = (await frame.getByTestId('event-list').getByRole('option').nth(3).getAttribute('data-event'))!;
  await command(page, { command: 'select', event: other });
  await expect(frame.getByTestId('event-detail').locator('h2[data-event]')).toHaveAttribute('data-event', other);
  await expect.poll(async () => (await lastOf(page, 'chronomap:select'))?.event?.id).toBe(other);

  // The host sets the window: the view reports it back.
  await command(page, { command: 'setWindow', start: '2022-03-01', end: '2022-04-01' });
  await expect.poll(async () => (await lastOf(page, 'chronomap:window'))?.start).toBe('2022-03-01T00:00:00.000Z');

  // And a whole view, as URL parameters: the search narrows what the timeline shows.
  const visible = () => frame.getByTestId('timeline').getAttribute('data-visible').then(Number);
  const before = await visible();
  expect(before).toBeGreaterThan(0);
  await command(page, { command: 'setView', view: 'q=马里乌波尔' });
  await expect.poll(visible).toBeLessThan(before);
  await expect.poll(visible).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});

test('a host whose origin the embed does not list is neither told nor obeyed', async ({ page }) => {
  const frame = await openHost(page, '/other.html', false);
  const detail = frame.getByTestId('event-detail').locator('h2[data-event]');
  const target = (await frame.getByTestId('event-list').getByRole('option').nth(2).getAttribute('data-event'))!;
  await command(page, { command: 'select', event: target });
  await page.waitForTimeout(500);
  await expect(detail).toHaveCount(0);
  // Messages go only to the listed origins, so this host heard nothing.
  expect(await got(page)).toEqual([]);
});

test('a locked embed ignores pointer and keyboard, and still obeys its host', async ({ page }) => {
  const frame = await openHost(page, '/locked.html');
  await expect(frame.getByTestId('embed')).toHaveAttribute('data-lock', '1');
  const row = frame.getByTestId('event-list').getByRole('option').nth(1);
  const id = (await row.getAttribute('data-event'))!;
  // A real click at the row's place: nothing happens.
  await row.click({ force: true });
  const timeline = frame.getByTestId('timeline');
  const before = await timeline.getAttribute('data-visible');
  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
  await page.mouse.wheel(0, -600);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  expect(await timeline.getAttribute('data-visible')).toBe(before);
  await expect(frame.getByTestId('event-detail').locator('h2[data-event]')).toHaveCount(0);
  expect((await got(page)).filter((m) => m.type === 'chronomap:select' && m.event)).toEqual([]);
  // Nothing in the panels can take focus.
  const focusable = await frame.getByTestId('embed').evaluate((el) => {
    const panels = el.querySelector('[inert]');
    return panels !== null && panels.contains(document.activeElement);
  });
  expect(focusable).toBe(false);
  // The host can still change it.
  await command(page, { command: 'select', event: id });
  await expect(frame.getByTestId('event-detail').locator('h2[data-event]')).toHaveAttribute('data-event', id);
});

test('a frame created hidden draws at its size once shown, in a narrow column', async ({ page }) => {
  await page.goto(`${HOST}/hidden.html`);
  await page.evaluate(() => document.documentElement.style.setProperty('--w', '320px'));
  await page.waitForTimeout(1500);
  await page.locator('#show').click();
  const frame = page.frameLocator('iframe[data-chronomap]');
  await expect(frame.getByTestId('embed')).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByTestId('embed')).toHaveAttribute('data-panels', 'timeline,map');
  const width = await page.locator('iframe').evaluate((f) => f.clientWidth);
  expect(width).toBe(320);
  // The timeline's canvas and the map's drawing surface both span the frame.
  await expect
    .poll(() => frame.getByTestId('timeline').locator('canvas').first().evaluate((c) => Math.round(c.getBoundingClientRect().width)))
    .toBe(width);
  await expect
    .poll(() => frame.getByTestId('map').evaluate((m) => Math.round(m.querySelector('.leaflet-container')!.getBoundingClientRect().width)))
    .toBe(width);
  // Leaflet knows its size: the country layer's SVG covers the map, not a 0×0 box.
  await expect
    .poll(() => frame.getByTestId('map').evaluate((m) => m.querySelector('.leaflet-overlay-pane svg')?.getBoundingClientRect().width ?? 0))
    .toBeGreaterThanOrEqual(width);
  // The host sized the frame to its content: no inner scrollbar.
  await expect.poll(async () => (await lastOf(page, 'chronomap:height'))?.height ?? 0).toBeGreaterThan(200);
  const inner = await frame.locator('html').evaluate((h) => h.scrollHeight - h.clientHeight);
  expect(inner).toBeLessThanOrEqual(1);
});

test('under a strict Content-Security-Policy the app and its embed run without a violation', async ({ page, consoleErrors }) => {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const response = await page.goto(`${CSP}/?lang=en`);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout: 30_000 });
  await page.getByTestId('event-list').getByRole('option').first().click();
  await expect(page.getByTestId('event-detail').locator('h2[data-event]')).toHaveCount(1);

  const appViolations = violations.length;
  await page.goto(`${CSP}/csp-host.html`);
  const frame = page.frameLocator('iframe[data-chronomap]');
  await expect(frame.getByTestId('embed')).toBeVisible({ timeout: 30_000 });
  await frame.getByTestId('event-list').getByRole('option').first().click();
  await expect.poll(async () => (await lastOf(page, 'chronomap:select'))?.event?.id ?? null).not.toBeNull();
  // Allowed: the policy blocking the article's remote image (img-src 'self'), as the host asked;
  // and in the full app only, zod's caught `new Function` probe (embeds switch it off: strict-csp.ts).
  const fullApp = violations.splice(0, appViolations);
  const remoteImage = (v: string) => /^img-src https?:\/\/(?!127\.0\.0\.1)/.test(v);
  expect(fullApp.filter((v) => !remoteImage(v) && !/^script-src eval /.test(v))).toEqual([]);
  expect(violations.filter((v) => !remoteImage(v))).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e) && !/img-src|'unsafe-eval'/.test(e))).toEqual([]);
});

test('the Embed dialog makes a snippet for the current view, pinned to this build\'s dataset', async ({ page }) => {
  const pinned = readdirSync(`${DIST}/data`).find((f) => /^events\.[0-9a-f]{10}\.json$/.test(f));
  expect(pinned).toBeTruthy();
  await page.goto(`${APP}/?lang=en&q=Mariupol`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout: 30_000 });
  await page.getByTestId('embed-button').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  const code = dialog.getByTestId('embed-code');
  await expect(code).toHaveValue(/embed=1/);
  await expect(code).toHaveValue(new RegExp(`data=data%2F${pinned!.replace(/\./g, '\\.')}`));
  await expect(code).toHaveValue(/q=Mariupol/);
  await expect(code).toHaveValue(/embed\/host\.js/);
  await dialog.getByTestId('embed-lock').check();
  await dialog.locator('input[data-panel="detail"]').uncheck();
  await expect(code).toHaveValue(/lock=1/);
  await expect(code).toHaveValue(/panels=timeline%2Cmap%2Clist/);
  // The live preview is the snippet's own frame, loading the pinned file.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('embed')).toHaveAttribute('data-lock', '1', { timeout: 30_000 });
  await expect(preview.getByTestId('embed')).toHaveAttribute('data-panels', 'timeline,map,list');
  await dialog.getByTestId('embed-copy').click();
  await expect(dialog.getByRole('status')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('embed-button')).toBeFocused();
});

test('the app reads data= only as a relative path under data/', async ({ page, blockedRequests }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${APP}/?lang=en&data=https://evil.example/data/events.json`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout: 30_000 });
  expect(requested.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
  expect(blockedRequests).toEqual([]);
  // …and read this site's own dataset (its compact twin) instead.
  expect(requested.some((u) => new URL(u).origin === APP && new URL(u).pathname.startsWith('/data/events.'))).toBe(true);
});

test('the web component runs under the strict CSP, styles inside its shadow root, and talks through DOM events', async ({ page, consoleErrors }) => {
  test.skip(!existsSync(`${DIST}/element/chrono-map.js`), 'build the element into <dist>/element first (see the header)');
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(`${CSP}/element.html`);
  const element = page.locator('chrono-map');
  await expect(element.getByTestId('embed')).toBeVisible({ timeout: 30_000 });
  await expect(element).toHaveAttribute('data-theme', 'dark');
  // Encapsulated: the page has only its own stylesheet; the view's (with Leaflet's) is in the shadow root.
  const sheets = await page.evaluate(() => ({
    page: [...document.querySelectorAll('link[rel=stylesheet], style')].map((l) => l.getAttribute('href')),
    shadow: [...document.querySelector('chrono-map')!.shadowRoot!.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
    leaflet: getComputedStyle(document.querySelector('chrono-map')!.shadowRoot!.querySelector('.leaflet-container')!).overflow,
    h1: getComputedStyle(document.querySelector('h1')!).fontFamily,
  }));
  expect(sheets.page).toEqual(['/host.css']);
  expect(sheets.shadow).toEqual(['/element/chrono-map.css']);
  expect(sheets.leaflet).toBe('hidden');
  expect(sheets.h1).toContain('sans-serif');
  // The map and the timeline span the column.
  await expect.poll(() => element.getByTestId('map').evaluate((m) => Math.round(m.getBoundingClientRect().width))).toBeGreaterThan(200);
  // Selection goes out as a DOM event; commands come in as methods.
  const row = element.getByTestId('event-list').getByRole('option').nth(1);
  const id = (await row.getAttribute('data-event'))!;
  await row.click();
  await expect.poll(async () => (await lastOf(page, 'chronomap:select'))?.event?.id).toBe(id);
  const other = (await element.getByTestId('event-list').getByRole('option').nth(2).getAttribute('data-event'))!;
  await element.evaluate((el, o) => (el as unknown as { select: (id: string) => void }).select(o), other);
  await expect(element.getByTestId('event-detail').locator('h2[data-event]')).toHaveAttribute('data-event', other);
  await element.evaluate((el) => el.setAttribute('window', '2022-03-01~2022-04-01'));
  await expect.poll(async () => (await lastOf(page, 'chronomap:window'))?.start).toBe('2022-03-01T00:00:00.000Z');
  const remoteImage = (v: string) => /^img-src https?:\/\/(?!127\.0\.0\.1)/.test(v);
  expect(violations.filter((v) => !remoteImage(v))).toEqual([]);
  expect(consoleErrors.filter((e) => !/img-src/.test(e))).toEqual([]);
});

// Accessibility of the embedded view and of the dialog (axe-core, as test/e2e/a11y.spec.ts does).
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
async function seriousViolations(page: Page, selector?: string) {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async (sel) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Element | Document, o: object) => Promise<Result> } }).axe;
    const result = await axe.run(sel ? document.querySelector(sel)! : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, at: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, selector);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const lang of ['zh', 'en'] as const)
  for (const theme of ['light', 'dark'] as const)
    test(`the embedded view has no serious or critical axe violations (${lang}, ${theme})`, async ({ page }) => {
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204 }));
      await page.goto(`${APP}/?embed=1&lang=${lang}&theme=${theme}`);
      await expect(page.getByTestId('embed')).toBeVisible({ timeout: 30_000 });
      await page.getByTestId('event-list').getByRole('option').first().click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page)).toEqual([]);
    });

test('the Embed dialog has no serious or critical axe violations', async ({ page }) => {
  await page.goto(`${APP}/?lang=en&theme=dark`);
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true, null, { timeout: 30_000 });
  await page.getByTestId('embed-button').click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="embed-dialog"]')).toEqual([]);
});

test('the web component created hidden draws at its size once shown', async ({ page }) => {
  test.skip(!existsSync(`${DIST}/element/chrono-map.js`), 'build the element into <dist>/element first (see the header)');
  await page.goto(`${CSP}/element-hidden.html`);
  await expect.poll(() => page.evaluate(() => !!document.querySelector('chrono-map')?.shadowRoot?.querySelector('[data-testid=embed]'))).toBe(true);
  await page.waitForTimeout(1000);
  await page.locator('#show').click();
  const element = page.locator('chrono-map');
  const width = await element.evaluate((el) => Math.round(el.getBoundingClientRect().width));
  expect(width).toBe(720);
  await expect.poll(() => element.getByTestId('timeline').locator('canvas').first().evaluate((c) => Math.round(c.getBoundingClientRect().width))).toBe(width);
  await expect
    .poll(() => element.getByTestId('map').evaluate((m) => m.querySelector('.leaflet-overlay-pane svg')?.getBoundingClientRect().width ?? 0))
    .toBeGreaterThanOrEqual(width);
});
