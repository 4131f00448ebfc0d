// Hostile text (issue 7): article titles, bodies, pictures, links and front matter carrying the usual
// XSS payloads (test/fixtures/xss/payloads.ts, 200 of them) must show as text, run nothing and load
// nothing but https pictures, on every surface that shows text: the list, the detail of every event
// (sentence with marks, time resolution and rules, places, article card with picture and link, the
// article's other events), map markers and their tooltips, a selected place, timeline tooltips,
// search, the source/category/country menus, both languages, the Embed dialog and its preview, the
// embed mode, an address full of payloads, the start screen (sources, briefing cards) and briefings
// (panel, presenter, notes window).
//
// Two datasets: the hostile article folder built by the real prebuild (fixtures/xss/corpus.ts), and
// a hand-made one with payloads in every field the contract allows (fixtures/xss/dataset.ts).
// hostile-helpers.ts records every way a payload could report itself; each step ends with
// expectClean. The count of payloads tried is printed at the end.
//
// Run: npx vite build --outDir /tmp/xss-dist --emptyOutDir \
//   && npx vite build --config scripts/vite.element.config.ts --outDir /tmp/xss-dist/element \
//   && CHRONOMAP_DIST=/tmp/xss-dist CHRONOMAP_E2E_PORT=4191 \
//      npx playwright test --config test/e2e/playwright.config.ts test/e2e/hostile-text.spec.ts
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/schema.ts';
import { buildHostileCorpus } from '../fixtures/xss/corpus.ts';
import { hostileDataset } from '../fixtures/xss/dataset.ts';
import { PAYLOADS } from '../fixtures/xss/payloads.ts';
import { test, expect } from './fixtures.ts';
import { counts, open, rows, serveDataset, settledShown } from './explore-helpers.ts';
import { badRequests, domProblems, expectClean, watchHostile, type Watch } from './hostile-helpers.ts';

const DIST = process.env.CHRONOMAP_DIST ?? 'dist';
/** Every event of the datasets is in March 2022: this window shows them all. */
const ALL = 't=2022-02-20~2022-04-10';

const made = new Map<string, Dataset>();
const DATASETS: Record<string, () => Dataset> = {
  'prebuilt hostile articles': () => {
    const { dataset, skipped } = buildHostileCorpus();
    // Every hostile article is readable: the payloads are text, not reasons to drop a file.
    expect(skipped).toEqual([]);
    return dataset;
  },
  'hand-made hostile dataset': () => hostileDataset(),
};
const dataset = (name: string) => made.get(name) ?? made.set(name, DATASETS[name]!()).get(name)!;

/** Figures for the closing note, per worker: what was shown and checked. */
const tally = { events: 0, details: 0, markers: 0, tooltips: 0, options: 0, checks: 0, executions: 0 };

/** Console errors other than the aborted https pictures (the e2e fixtures block the network). */
const realErrors = (errors: string[]) => errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e));

const counted = new WeakMap<Watch, number>();
async function clean(page: Page, watch: Watch, where: string) {
  tally.checks++;
  // Counted before the assertions throw, so the closing figure is true either way.
  const found = watch.calls.length + watch.dialogs.length + badRequests(watch).length;
  tally.executions += found - (counted.get(watch) ?? 0);
  counted.set(watch, found);
  await expectClean(page, watch, where);
}

/** The map marker of a place; ids may hold quotes and markup, so the selector escapes them. */
const markerOf = (page: Page, id: string) => page.getByTestId('map').locator(`.place-marker[data-place="${id.replace(/["\\]/g, '\\$&')}"]`);

/** Whether a marker is inside the window (Leaflet keeps markers of the whole world in the DOM). */
async function inView(page: Page, marker: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await marker.boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

interface Expected {
  text: Record<string, string>;
  title: Record<string, string>;
  source: Record<string, string>;
}

function expected(ds: Dataset): Expected {
  const articles = new Map(ds.articles.map((a) => [a.id, a]));
  const out: Expected = { text: {}, title: {}, source: {} };
  for (const e of ds.events) {
    out.text[e.id] = e.text;
    out.title[e.id] = articles.get(e.article)!.title;
    out.source[e.id] = articles.get(e.article)!.source;
  }
  return out;
}

/**
 * Scrolls the whole (virtual) list, and for each row checks that its sentence and source are the
 * dataset's strings character for character; with `select`, clicks every `select`-th row and checks
 * the detail panel: the sentence, the article title, the other events of the article, and that the
 * picture (if any) is https. Runs in the page, as a reader scrolling and clicking would, but quickly.
 */
async function walkList(page: Page, exp: Expected, select: number) {
  // Through a locator, so the list is found inside the web component's shadow root too.
  return page.getByTestId('event-list').locator('.listbox').evaluate(
    async (box: HTMLElement, { exp, select }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const root = box.getRootNode() as Document | ShadowRoot;
      const detail = root.querySelector<HTMLElement>('[data-testid="event-detail"]')!;
      const seen = new Set<string>();
      const wrong: string[] = [];
      let details = 0;
      box.scrollTop = 0;
      await frame();
      for (;;) {
        for (const row of box.querySelectorAll<HTMLElement>('[role="option"][data-event]')) {
          const id = row.dataset.event!;
          if (seen.has(id)) continue;
          seen.add(id);
          const text = row.querySelector('.text')?.textContent;
          if (text !== exp.text[id]) wrong.push(`row ${id}: ${JSON.stringify(text)} ≠ ${JSON.stringify(exp.text[id])}`);
          const source = row.querySelector('.source')?.textContent ?? '';
          if (source !== exp.source[id]) wrong.push(`row ${id} source: ${JSON.stringify(source)}`);
          if (seen.size % select !== 1 && select !== 1) continue;
          row.click();
          await new Promise((r) => setTimeout(r, 0));
          details++;
          const evidence = detail.querySelector('blockquote.evidence')?.textContent;
          if (evidence !== exp.text[id]) wrong.push(`detail ${id}: ${JSON.stringify(evidence)}`);
          const title = detail.querySelector('[data-testid="article"] .title')?.textContent ?? '';
          if (!title.includes(exp.title[id]!)) wrong.push(`article title of ${id}: ${JSON.stringify(title)}`);
          const others = [...detail.querySelectorAll('[data-testid="article-events"] .text')].map((s) => s.textContent);
          for (const t of others) if (!Object.values(exp.text).includes(t ?? '')) wrong.push(`other event of ${id}: ${JSON.stringify(t)}`);
          const img = detail.querySelector<HTMLImageElement>('[data-testid="article"] img');
          if (img && !img.src.startsWith('https:')) wrong.push(`picture of ${id}: ${img.src}`);
        }
        if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) break;
        box.scrollTop += Math.max(74, box.clientHeight - 74);
        await frame();
      }
      return { seen: seen.size, details, wrong };
    },
    { exp, select },
  );
}

for (const name of Object.keys(DATASETS)) {
  test.describe(name, () => {
    test('every row and event detail shows the hostile text as text, in Chinese', async ({ page, context, consoleErrors }) => {
      test.setTimeout(120_000);
      const ds = dataset(name);
      const watch = await watchHostile(context);
      await serveDataset(page, ds);
      await open(page, `?lang=zh&${ALL}`);
      expect((await counts(page)).shown).toBe(ds.events.length);
      await clean(page, watch, 'first paint');

      const walk = await walkList(page, expected(ds), 1);
      expect(walk.wrong).toEqual([]);
      expect(walk.seen).toBe(ds.events.length);
      tally.events += walk.seen;
      tally.details += walk.details;
      await clean(page, watch, 'list and detail of every event');

      // Search for markup finds it, and shows it as characters. (The selection is closed first, or
      // the list would scroll back to it while the pointer goes to a row.)
      await page.getByTestId('event-detail').locator('button.close').click();
      await page.getByTestId('event-list').locator('.listbox').evaluate((el) => (el.scrollTop = 0));
      await page.getByTestId('search').fill('<img src=x onerror=__xss(');
      await expect.poll(async () => (await counts(page)).shown).toBeLessThan(ds.events.length);
      await settledShown(page);
      const row = rows(page).filter({ hasText: '<img src=x onerror=__xss(' }).first();
      const id = (await row.getAttribute('data-event'))!;
      await row.click();
      await expect(page.getByTestId('event-detail').locator('h2[data-event]')).toHaveAttribute('data-event', id);
      await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toHaveText(ds.events.find((e) => e.id === id)!.text);
      await clean(page, watch, 'search for a payload');
      expect(realErrors(consoleErrors)).toEqual([]);
    });

    test('map markers, a selected place, timeline tooltips and the filter menus, in both languages', async ({ page, context, consoleErrors }) => {
      test.setTimeout(120_000);
      const ds = dataset(name);
      const watch = await watchHostile(context);
      await serveDataset(page, ds);
      await open(page, `?lang=zh&${ALL}`);
      const map = page.getByTestId('map');
      const names = ds.places.map((p) => p.name.zh);

      for (const lang of ['zh', 'en'] as const) {
        if (lang === 'en') await page.getByTestId('language').click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');

        // Markers: focus each (as hovering, it names the place in the tooltip); hover some for real.
        const markers = map.locator('.place-marker');
        await expect(markers.first()).toBeAttached();
        const places = await markers.evaluateAll((els) => els.map((el) => el.getAttribute('data-place')).filter((p): p is string => !!p));
        const tips: string[] = [];
        for (const id of places) {
          const marker = markerOf(page, id);
          // Focusing or hovering a marker can move the map and redraw it: a marker gone in the
          // meantime (a cluster took it) is skipped rather than waited for.
          if (!(await marker.count())) continue;
          if (!(await marker.focus({ timeout: 2_000 }).then(() => true, () => false))) continue;
          tips.push((await map.locator('.map-tip').textContent()) ?? '');
          // Markers overlap (Kyiv covers the towns around it): the pointer goes to each one's centre.
          if (tips.length <= 8 && (await inView(page, marker))) await marker.hover({ force: true });
        }
        tally.markers += tips.length;
        await clean(page, watch, `map markers (${lang})`);
        // Some tooltip names a payload place, in its own characters.
        const own = lang === 'zh' ? names : ds.places.map((p) => p.name.en);
        expect(tips.some((t) => own.some((nm) => nm.includes('<') && t.includes(nm))), 'a tooltip shows a payload name as text').toBe(true);

        // A payload place selected: the chip and the detail name it as text.
        const hostile = ds.places.find((p) => p.name.zh.includes('<') && p.kind === 'town')!;
        // By keyboard: the towns sit under Kyiv's marker, where a click would land on Kyiv. With no
        // event selected, the detail summarises the place.
        const close = page.getByTestId('event-detail').locator('button.close');
        if (await close.count()) await close.click();
        await markerOf(page, hostile.id).focus();
        await page.keyboard.press('Enter');
        const hostileName = lang === 'zh' ? hostile.name.zh : hostile.name.en;
        await expect(page.getByTestId('place-chip')).toContainText(hostileName);
        await expect(page.getByTestId('event-detail')).toContainText(hostileName);
        await clean(page, watch, `a payload place selected (${lang})`);
        await page.getByTestId('place-chip').getByRole('button').click();

        // Timeline tooltips over marks of payload sentences.
        const ids = ds.events.filter((e) => e.text.includes('<')).map((e) => e.id);
        let shown = 0;
        for (const id of ids.slice(0, 40)) {
          const at = await page.evaluate(
            (id) => (window as unknown as { __chronomap_timeline_locate(id: string): { x: number; y: number; aggregated: boolean } | null }).__chronomap_timeline_locate(id),
            id,
          );
          if (!at || at.aggregated) continue;
          await page.mouse.move(at.x, at.y);
          const tip = page.getByTestId('timeline').locator('.tooltip');
          if (await tip.isVisible()) {
            const text = (await tip.textContent()) ?? '';
            if (text.includes('<')) shown++;
          }
          if (shown >= 12) break;
        }
        await page.mouse.move(0, 0);
        expect(shown, 'timeline tooltips showing payload sentences').toBeGreaterThan(0);
        tally.tooltips += shown;
        await clean(page, watch, `timeline tooltips (${lang})`);

        // The menus: every option is the value as text; choosing payload ones narrows the list.
        for (const menu of ['filter-source', 'filter-category', 'filter-country']) {
          const select = page.getByTestId(menu);
          const labels = await select.locator('option').allTextContents();
          tally.options += labels.length;
          const hostileAt = labels.map((l, i) => (l.includes('<') || l.includes('"') ? i : -1)).filter((i) => i > 0);
          if (menu !== 'filter-country') expect(hostileAt.length, `${menu} lists payloads`).toBeGreaterThan(0);
          for (const i of hostileAt.slice(0, 3)) {
            await select.selectOption({ index: i });
            await expect.poll(async () => (await counts(page)).shown).toBeGreaterThan(0);
            await clean(page, watch, `${menu} option ${i} (${lang})`);
          }
          await select.selectOption({ index: 0 });
        }
        // A few events selected with real clicks in this language.
        for (let i = 0; i < 5; i++) await rows(page).nth(i).click();
        await clean(page, watch, `detail (${lang})`);
      }
      expect(realErrors(consoleErrors)).toEqual([]);
    });

    test('the Embed dialog and its preview, the embed mode, and an address full of payloads', async ({ page, context, consoleErrors }) => {
      test.setTimeout(120_000);
      const ds = dataset(name);
      const watch = await watchHostile(context);
      await serveDataset(page, ds);
      // The Embed dialog pins the build's hashed copy of the dataset (data/events.<hash>.json).
      await page.route(/\/data\/events\.[0-9a-f]+\.json/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(ds) }));
      const payload = '"><img src=x onerror=__xss(0)><script>__xss(0)</script>';
      const category = ds.articles.flatMap((a) => a.categories).find((c) => c.includes('<script>'))!;
      const q = (v: string) => encodeURIComponent(v);
      // Search, source and category from the address, with payloads; then the Embed dialog of that view.
      await open(page, `?lang=en&${ALL}&q=${q('<')}&cat=${q(category)}&source=${q(payload)}`);
      await expect(page.getByTestId('search')).toHaveValue('<');
      await clean(page, watch, 'payloads in the address');
      await page.getByTestId('filter-source').selectOption({ index: 0 });
      await expect.poll(async () => (await counts(page)).shown).toBeGreaterThan(0);
      await rows(page).first().click();

      await page.getByTestId('embed-button').click();
      const dialog = page.getByTestId('embed-dialog');
      await expect(dialog).toBeVisible();
      const code = await page.getByTestId('embed-code').inputValue();
      // The snippet is exactly an iframe and the host script: the payloads stay inside its address.
      const parsed = await page.evaluate((code) => {
        const doc = new DOMParser().parseFromString(code, 'text/html');
        const els = [...doc.querySelectorAll('body *, head *')];
        return {
          tags: els.map((e) => e.localName),
          handlers: els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
          src: doc.querySelector('iframe')?.getAttribute('src') ?? '',
        };
      }, code);
      expect(parsed.tags).toEqual(['iframe', 'script']);
      expect(parsed.handlers).toEqual([]);
      expect(new URL(parsed.src).searchParams.get('cat')).toBe(category);
      // The preview is the embedded app on the same view: it must be as clean.
      const preview = page.frameLocator('[data-testid="embed-preview"]');
      await expect(preview.locator('[data-testid="embed"]')).toBeVisible({ timeout: 20_000 });
      await expect(preview.locator('.listbox [role="option"]').first()).toBeVisible();
      await clean(page, watch, 'Embed dialog and preview');
      await page.keyboard.press('Escape');

      // The embed mode on its own: rows, detail, markers, timeline.
      await open(page, `?embed=1&lang=zh&${ALL}`);
      await expect(page.getByTestId('embed')).toBeVisible();
      const walk = await walkList(page, expected(ds), 7);
      expect(walk.wrong).toEqual([]);
      expect(walk.seen).toBe(ds.events.length);
      const places = await page.getByTestId('map').locator('.place-marker').evaluateAll((els) => els.map((el) => el.getAttribute('data-place')));
      for (const id of places.slice(0, 20)) if (id && (await markerOf(page, id).count())) await markerOf(page, id).focus();
      const plot = (await page.getByTestId('timeline-plot').boundingBox())!;
      for (let x = 0.05; x < 1; x += 0.05) await page.mouse.move(plot.x + plot.width * x, plot.y + plot.height / 2);
      await clean(page, watch, 'embed mode');
      expect(realErrors(consoleErrors)).toEqual([]);
    });
  });
}

test.describe('the <chrono-map> web component', () => {
  test.skip(!existsSync(`${DIST}/element/chrono-map.js`), 'build the element into <dist>/element first (see embed.spec.ts)');

  test('shows the hand-made hostile dataset as text in its shadow root', async ({ page, context, consoleErrors }) => {
    test.setTimeout(90_000);
    const ds = dataset('hand-made hostile dataset');
    const watch = await watchHostile(context);
    await page.route('**/hostile/events.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(ds) }));
    // A host page of its own on the app's server (the element's script and CSS are there).
    const host = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chronomap</title>',
      '<script type="module" src="/element/chrono-map.js"></script></head><body>',
      `<chrono-map src="/hostile/events.json" lang="zh" height="420" panels="timeline,map,list,detail" window="2022-02-20~2022-04-10"></chrono-map>`,
      '</body></html>',
    ].join('');
    await page.route('**/hostile-element.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: host }));
    await page.goto('/hostile-element.html');
    await expect(page.locator('chrono-map').getByRole('option').first()).toBeVisible({ timeout: 30_000 });
    await clean(page, watch, 'web component, first paint');
    const walk = await walkList(page, expected(ds), 5);
    expect(walk.wrong).toEqual([]);
    expect(walk.seen).toBe(ds.events.length);
    const places = await page.getByTestId('map').locator('.place-marker').evaluateAll((els) => els.map((el) => el.getAttribute('data-place')));
    for (const id of places.slice(0, 20)) if (id && (await markerOf(page, id).count())) await markerOf(page, id).focus();
    await clean(page, watch, 'web component, rows, details and markers');
    expect(realErrors(consoleErrors)).toEqual([]);
  });
});

test.describe('start screen and briefings', () => {
  // A fresh tab: the start screen greets on a bare address.
  test.use({ startScreenSeen: false });

  test('the start screen and briefings with payload titles and notes: cards, panel, presenter, notes window', async ({ page, context, consoleErrors }) => {
    test.setTimeout(90_000);
    const ds = dataset('hand-made hostile dataset');
    const watch = await watchHostile(context);
    await serveDataset(page, ds);
    const steps = PAYLOADS.filter((p) => p.text.length <= 200).slice(0, 6);
    const briefing = {
      format: 'chronomap-briefing',
      version: 1,
      title: PAYLOADS[0]!.text,
      description: PAYLOADS[2]!.text,
      steps: steps.map((p, i) => ({
        title: p.text,
        notes: PAYLOADS[PAYLOADS.length - 1 - i]!.text,
        view: { window: ['2022-03-01', '2022-03-20'], query: i % 2 ? p.text.slice(0, 200) : '', lang: 'en' },
      })),
    };
    const entry = { file: 'hostile.json', title: PAYLOADS[1]!.text, description: PAYLOADS[3]!.text, steps: steps.length };
    const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    await page.route('**/data/briefings/index.json', (route) => route.fulfill(json({ briefings: [entry] })));
    await page.route('**/data/briefings/hostile.json', (route) => route.fulfill(json(briefing)));

    // A bare address greets with the start screen: the dataset's sources and the briefing cards.
    await page.goto('/?lang=en');
    const start = page.getByTestId('start');
    await expect(start).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('start-briefing').locator('h4')).toHaveText(entry.title);
    await expect(page.getByTestId('start-briefing').locator('.description')).toHaveText(entry.description);
    // The most frequent sources are named: payload ones among them, as text.
    const summary = (await page.getByTestId('start-dataset').textContent()) ?? '';
    expect(ds.articles.some((a) => a.source.includes('__xss(') && summary.includes(a.source))).toBe(true);
    await clean(page, watch, 'start screen');
    await page.getByTestId('start-explore').click();
    await expect(start).toHaveCount(0);

    // The briefing panel: the shipped list, and a step titled with a payload by the reader.
    await page.getByTestId('briefing-open').click();
    await expect(page.getByTestId('briefing-shipped')).toContainText(entry.title);
    await page.getByTestId('briefing-add').click();
    await page.getByTestId('briefing-step').last().getByRole('textbox').first().fill(PAYLOADS[22]!.text);
    await clean(page, watch, 'briefing panel');

    await open(page, '?lang=en&present=hostile');
    await expect(page.getByTestId('presenter-title')).toHaveText(steps[0]!.text.trim());
    const opening = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Notes window' }).click();
    const notes = await opening;
    await expect(notes.getByTestId('speaker-notes')).toContainText(briefing.steps[0]!.notes.trim(), { timeout: 30_000 });
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', String(i));
      await expect(page.getByTestId('presenter-title')).toHaveText(steps[i]!.text.trim());
    }
    expect(await domProblems(notes)).toEqual([]);
    await clean(page, watch, 'presenting and the notes window');
    expect(realErrors(consoleErrors)).toEqual([]);
  });
});

test.afterAll(() => {
  // The closing note's figures (issue 7), for the tests this worker ran.
  if (!tally.checks) return;
  console.log(
    `hostile text: ${PAYLOADS.length} payloads tried; ${tally.events} list rows and ${tally.details} event details, ` +
      `${tally.markers} map markers, ${tally.tooltips} timeline tooltips, ${tally.options} menu options checked ` +
      `in ${tally.checks} clean-page checks; executions, dialogs and stray requests: ${tally.executions}`,
  );
});
