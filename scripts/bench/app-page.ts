// The in-page half of the app benchmark: probes installed before the app's own code runs, and the
// drivers that move the mouse over the timeline while the probes count frames and watch the map
// and the list. The probes are a plain JavaScript string, not a TypeScript function, because the
// transpiler may add helpers to a function's source that do not exist inside the page.
//
// Only the stable hooks are used: window.__chronomap_ready, data-testid = timeline, map and
// event-list. A change to the map or list is any DOM mutation inside them (a data-* counter on
// either counts too); a map that only repaints a canvas would not be seen — then say so.
import { SEEN_KEY } from '../../src/components/start/when.ts';
import type { Page } from '@playwright/test';

const PROBES = String.raw`(() => {
  const bench = { readyAt: null, paintedAt: null, frames: null, targets: [], armedAt: null, armInput: null };
  let ready;
  // The app sets window.__chronomap_ready = true once the dataset is drawn: catch the moment, then
  // wait two animation frames so the frame that shows it has been produced.
  Object.defineProperty(window, '__chronomap_ready', {
    configurable: true,
    get() { return ready; },
    set(v) {
      ready = v;
      if (v === true && bench.readyAt === null) {
        bench.readyAt = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => { bench.paintedAt = performance.now(); }));
      }
    },
  });
  for (const type of ['wheel', 'pointerdown', 'pointermove', 'keydown']) {
    addEventListener(type, (e) => {
      if (bench.armedAt !== null && bench.armInput === null) bench.armInput = e.timeStamp;
    }, { capture: true, passive: true });
  }
  bench.startFrames = () => {
    const f = [];
    bench.frames = f;
    const loop = (t) => { if (bench.frames !== f) return; f.push(t); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => { const f = bench.frames || []; bench.frames = null; return f; };
  bench.watch = (selectors) => {
    bench.targets = selectors.map((sel) => {
      const el = document.querySelector(sel);
      // A section that counts its own updates (the map's data-updated) is watched for that alone;
      // any other, for any change inside it.
      const counter = el && el.hasAttribute('data-updated');
      const t = { sel, present: !!el, how: counter ? 'data-updated' : 'DOM changes', last: 0, first: null, painted: null };
      if (el) {
        new MutationObserver(() => {
          const now = performance.now();
          t.last = now;
          if (bench.armInput !== null && t.first === null) {
            t.first = now;
            requestAnimationFrame(() => { t.painted = performance.now(); });
          }
        }).observe(el, counter
          ? { attributes: true, attributeFilter: ['data-updated'] }
          : { subtree: true, childList: true, attributes: true, characterData: true });
      }
      return t;
    });
    return bench.targets.map((t) => (t.present ? t.how : null));
  };
  bench.quietFor = () => performance.now() - Math.max(0, ...bench.targets.map((t) => t.last));
  bench.arm = () => {
    bench.armedAt = performance.now();
    bench.armInput = null;
    for (const t of bench.targets) { t.first = null; t.painted = null; }
  };
  bench.settled = () => bench.targets.every((t) => !t.present || t.painted !== null);
  bench.latency = () => ({
    input: bench.armInput,
    targets: bench.targets.map((t) => ({ sel: t.sel, present: t.present, first: t.first, painted: t.painted })),
  });
  window.__bench = bench;
})();`;

export interface RenderTiming {
  /** Navigation start → window.__chronomap_ready === true, ms. */
  readyMs: number;
  /**
   * … → the later of: the second animation frame after ready (the first frame showing it has been
   * made) and the timeline's first canvas frame (window.__chronomap_timeline_stats.firstDrawAt), ms.
   */
  paintedMs: number;
  /** The timeline's own first-frame time, when it publishes one. */
  timelineDrawnMs: number | null;
  /** Navigation start → the dataset's last byte, ms. */
  fetchMs: number | null;
  /** The app's own marks (load-dataset.ts, dataset-index.ts): downloaded, decoded, parsed, validated, indexed, ms. */
  marks: Record<string, number>;
  heapMB: number | null;
}

/**
 * Opens the app with the probes. `appUrl` names the dataset itself (`?data=data/bench-100000.json`,
 * the pinned-dataset parameter), so the browser fetches it as a deployment would, with no request
 * interception in the way; a `dataUrl` instead redirects ./data/events.json there (older builds).
 */
export async function openApp(page: Page, appUrl: string, dataUrl: string | null = null, timeoutMs = 120_000): Promise<RenderTiming> {
  await page.addInitScript({ content: PROBES });
  // The start screen greets a bare address; the bench measures the explorer behind it.
  await page.addInitScript({ content: `try { sessionStorage.setItem(${JSON.stringify(SEEN_KEY)}, '1'); } catch {}` });
  if (dataUrl) await page.route('**/data/events.json', (route) => route.continue({ url: dataUrl }));
  await page.goto(appUrl, { waitUntil: 'commit' });
  // Ready and painted; and the timeline's own hook (stats.ts) reporting its first canvas frame, if
  // the timeline publishes one (a build without it is given a few seconds, then measured without).
  await page.waitForFunction(
    `(() => {
      const b = window.__bench;
      if (!b || b.paintedAt === null) return false;
      const tl = window.__chronomap_timeline_stats;
      return (tl && tl.firstDrawAt !== null) || performance.now() - b.paintedAt > 3000;
    })()`,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await page.evaluate(`(() => {
    const b = window.__bench;
    const tl = window.__chronomap_timeline_stats;
    const drawn = tl && tl.firstDrawAt !== null ? tl.firstDrawAt : null;
    const data = performance.getEntriesByType('resource').find((e) => e.name.includes('/data/'));
    const mem = performance.memory;
    const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('chronomap:')).map((m) => [m.name.slice(10), m.startTime]));
    return { readyMs: b.readyAt, paintedMs: Math.max(b.paintedAt, drawn ?? 0), timelineDrawnMs: drawn,
      fetchMs: data ? data.responseEnd : null, heapMB: mem ? mem.usedJSHeapSize / 1048576 : null, marks };
  })()`)) as RenderTiming;
}

export interface Point {
  x: number;
  y: number;
  width: number;
}

/**
 * Where to zoom and pan: the centre of the timeline's largest canvas or SVG (the main, zoomable
 * strip is bigger than the overview), or of an element the timeline marks with data-bench-target.
 */
export async function timelineTarget(page: Page): Promise<Point> {
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const p = (await page.evaluate(`(() => {
    const tl = document.querySelector('[data-testid=timeline]');
    if (!tl) return null;
    let best = tl.querySelector('[data-bench-target]');
    if (!best) {
      let area = 0;
      for (const el of tl.querySelectorAll('canvas, svg')) {
        const r = el.getBoundingClientRect();
        if (r.width * r.height > area) { area = r.width * r.height; best = el; }
      }
    }
    const r = (best || tl).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width };
  })()`)) as Point | null;
  if (!p) throw new Error('no [data-testid=timeline] on the page');
  return p;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface FrameStats {
  fps: number;
  slowestMs: number;
  frames: number;
  /** From the timeline's hook, when published: frames it drew and its slowest draw (layout + paint), ms. */
  timelineDraws?: number;
  timelineMaxDrawMs?: number;
}

export function frameStats(stamps: number[]): FrameStats {
  if (stamps.length < 2) return { fps: 0, slowestMs: Infinity, frames: stamps.length };
  let slowest = 0;
  for (let i = 1; i < stamps.length; i++) slowest = Math.max(slowest, stamps[i]! - stamps[i - 1]!);
  const seconds = (stamps[stamps.length - 1]! - stamps[0]!) / 1000;
  return { fps: (stamps.length - 1) / seconds, slowestMs: slowest, frames: stamps.length };
}

/**
 * Zooms (wheel in and out, six notches each way, so the scale never hits its limit) for half of
 * `durationMs`, then pans (drags back and forth) for the other half, counting animation frames.
 */
export async function measureZoomPan(page: Page, at: Point, durationMs = 2_000): Promise<FrameStats> {
  await page.mouse.move(at.x, at.y);
  await page.evaluate('window.__chronomap_timeline_stats?.reset(); window.__bench.startFrames()');
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < durationMs / 2; i++) {
    await page.mouse.wheel(0, Math.floor(i / 6) % 2 === 0 ? -100 : 100);
    await sleep(16);
  }
  await page.mouse.down();
  let dx = 0;
  let dir = 1;
  while (Date.now() - t0 < durationMs) {
    dx += dir * 15;
    if (Math.abs(dx) > at.width / 4) dir = -dir;
    await page.mouse.move(at.x + dx, at.y);
    await sleep(16);
  }
  await page.mouse.up();
  const stats = frameStats((await page.evaluate('window.__bench.stopFrames()')) as number[]);
  const tl = (await page.evaluate(
    '(() => { const s = window.__chronomap_timeline_stats; return s ? { draws: s.draws, max: s.maxFrameMs } : null; })()',
  )) as { draws: number; max: number } | null;
  return tl ? { ...stats, timelineDraws: tl.draws, timelineMaxDrawMs: tl.max } : stats;
}

export interface LatencySample {
  /** Input → the first DOM change in every watched section, ms (the slowest section). */
  domMs: number;
  /** Input → the frame after that change, ms. */
  paintMs: number;
}

export interface LatencyResult {
  samples: LatencySample[];
  /** How each watched section (map, list) was watched: 'data-updated', 'DOM changes', or null if absent. */
  present: Record<string, string | null>;
  /** Samples where a section did not change within the time limit. */
  missed: number;
}

/**
 * Changes the window with single wheel notches over the main timeline (in, then back out) and
 * times each until the map and the list have changed and painted.
 */
export async function measureWindowLatency(page: Page, at: Point, samples = 8): Promise<LatencyResult> {
  const selectors = ['[data-testid=map]', '[data-testid=event-list]'];
  const presence = (await page.evaluate(`window.__bench.watch(${JSON.stringify(selectors)})`)) as (string | null)[];
  const present = Object.fromEntries(selectors.map((s, i) => [s, presence[i]!]));
  await page.mouse.move(at.x, at.y);
  const out: LatencySample[] = [];
  let missed = 0;
  for (let i = 0; i < samples; i++) {
    // Start from a still page, so a late change from the previous step is not counted.
    await page.waitForFunction('window.__bench.quietFor() > 300', undefined, { timeout: 10_000, polling: 50 }).catch(() => undefined);
    await page.evaluate('window.__bench.arm()');
    await page.mouse.wheel(0, i % 2 === 0 ? -100 : 100);
    const ok = await page
      .waitForFunction('window.__bench.settled()', undefined, { timeout: 5_000, polling: 'raf' })
      .then(() => true)
      .catch(() => false);
    const r = (await page.evaluate('window.__bench.latency()')) as {
      input: number | null;
      targets: { present: boolean; first: number | null; painted: number | null }[];
    };
    const seen = r.targets.filter((t) => t.present);
    if (!ok || r.input === null || seen.some((t) => t.first === null || t.painted === null)) {
      missed++;
      continue;
    }
    out.push({
      domMs: Math.max(...seen.map((t) => t.first! - r.input!)),
      paintMs: Math.max(...seen.map((t) => t.painted! - r.input!)),
    });
  }
  return { samples: out, present, missed };
}
