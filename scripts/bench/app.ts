// The app part of `npm run bench`: builds the app once into a temporary folder, serves it with
// a static server (app-server.ts), and in headless Chromium loads generated datasets of 10 000 and 100 000 events
// (generate-dataset.ts) in place of ./data/events.json, measuring
//   - time to first render: navigation start → window.__chronomap_ready, and the frame after it;
//   - frames per second while zooming and panning the timeline (and the slowest frame);
//   - latency from a window change (a wheel notch over the timeline) to the map and the list
//     having changed and painted;
// plus the initial JavaScript, gzip. Medians of several page loads. Each size is read as a deployed
// build serves it, from the dataset's compact twin (src/lib/compact-dataset.ts, written by the
// build); the largest also from the dataset file itself, as a `data=` file without a twin is read.
// Runnable alone:
//   tsx scripts/bench/app.ts [--runs 3] [--sizes 10000,100000] [--root path]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { buildApp, initialJs, type InitialJs } from './app-build.ts';
import { measureWindowLatency, measureZoomPan, openApp, timelineTarget } from './app-page.ts';
import { startPreview, warm } from './app-server.ts';
import { generateDataset } from './generate-dataset.ts';
import { encodeCompact } from '../../src/lib/compact-dataset.ts';

export const TARGETS = {
  /** 100 000 events: first render, ms. */
  renderMs100k: 1_500,
  fps100k: 30,
  fps10k: 55,
  /** Window change → map and list updated, ms. */
  latencyMs: 50,
  /** Initial JavaScript, gzip, bytes. */
  jsGzipBytes: 150 * 1024,
};

/** The same flags as the browser tests (test/e2e/playwright.config.ts). */
const BROWSER_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Where the app read the events from: the build's compact twin, or the dataset file itself. */
export type Source = 'twin' | 'file';

export interface SizeResult {
  events: number;
  source: Source;
  runs: number;
  /** Medians over the runs (null: never reached). */
  readyMs: number | null;
  renderMs: number | null;
  fetchMs: number | null;
  /** Rendered minus data in: parsing, validating, indexing and drawing, ms. */
  afterDataMs: number | null;
  heapMB: number | null;
  fps: number | null;
  slowestFrameMs: number | null;
  latencyDomMs: number | null;
  latencyPaintMs: number | null;
  latencySamples: number;
  latencyMissed: number;
  /** How the map and list were watched for the latency ('data-updated', 'DOM changes'; null: absent). */
  watched: Record<string, string | null>;
  /** The timeline's own figures while zooming and panning (its hook), medians. */
  timelineDraws: number | null;
  timelineMaxDrawMs: number | null;
  /** Where the time after the data is in goes (medians, ms; null: the build has no marks). */
  stages: Record<string, number | null>;
  errors: string[];
}

/** Stages of a first render, between the app's performance marks: [name, from, to]. */
const STAGES = [
  ['decode', 'downloaded', 'decoded'],
  ['parse', 'decoded', 'parsed'],
  ['check', 'parsed', 'validated'],
  ['index', 'validated', 'indexed'],
  ['draw', 'indexed', 'drawn'],
] as const;

export interface AppBenchResult {
  buildMs: number;
  js: InitialJs;
  sizes: SizeResult[];
}

export interface AppBenchOptions {
  sizes?: number[];
  runs?: number;
  /** Project root to build (default: this checkout). */
  root?: string;
  seed?: number;
  log?: (line: string) => void;
}

/** What the runs of one case measured, before the medians. */
function emptySamples() {
  return {
    ready: [] as number[], render: [] as number[], fetch: [] as number[], after: [] as number[], heap: [] as number[],
    fps: [] as number[], slowest: [] as number[], dom: [] as number[], paint: [] as number[],
    tlDraws: [] as number[], tlMax: [] as number[], missed: 0,
    watched: {} as Record<string, string | null>, errors: [] as string[], stages: {} as Record<string, number[]>,
  };
}

const median = (xs: number[]): number | null => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function benchApp(options: AppBenchOptions = {}): Promise<AppBenchResult> {
  const root = options.root ?? fileURLToPath(new URL('../..', import.meta.url));
  const sizes = options.sizes ?? [10_000, 100_000];
  const runs = options.runs ?? 3;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium or Chrome found: run `node scripts/ensure-browser.mjs` or set CHROMIUM_PATH');

  const outDir = mkdtempSync(join(tmpdir(), 'chronomap-bench-'));
  try {
    log(`app: building into ${outDir}…`);
    const buildMs = buildApp(root, outDir);
    const js = initialJs(outDir);
    // The generated datasets are served by the same preview server, next to the real one.
    mkdirSync(join(outDir, 'data'), { recursive: true });
    const fileOf = (n: number, source: Source) => `data/bench-${n}${source === 'twin' ? '.compact' : ''}.json`;
    for (const n of sizes) {
      const dataset = generateDataset({ events: n, seed: options.seed ?? 1 });
      writeFileSync(join(outDir, fileOf(n, 'file')), JSON.stringify(dataset));
      writeFileSync(join(outDir, fileOf(n, 'twin')), JSON.stringify(encodeCompact(dataset)));
    }
    const cases: [number, Source][] = sizes.map((n) => [n, 'twin']);
    if (sizes.length) cases.push([Math.max(...sizes), 'file']);
    const preview = await startPreview(root, outDir);
    await warm(preview, cases.map(([n, source]) => fileOf(n, source)));
    const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
    try {
      // The cases take turns, run by run: a shared machine that grows busier or quieter half-way
      // then weighs on all of them alike, and they are compared with each other.
      const all = cases.map(() => emptySamples());
      for (let run = 1; run <= runs; run++) {
        for (const [k, [n, source]] of cases.entries()) {
          const m = all[k]!;
          log(`app: ${n} events from the ${source === 'twin' ? 'compact twin' : 'dataset file'}, run ${run}/${runs}…`);
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await context.newPage();
          page.on('pageerror', (e) => m.errors.push(e.message));
          try {
            const r = await openApp(page, `${preview.url}?lang=zh&data=${fileOf(n, source)}`);
            m.ready.push(r.readyMs);
            m.render.push(r.paintedMs);
            // Data in: the app's own mark, else the resource entry of a build without the mark.
            const dataIn = r.marks.downloaded ?? r.fetchMs;
            if (dataIn != null) {
              m.fetch.push(dataIn);
              m.after.push(r.paintedMs - dataIn);
            }
            if (r.heapMB !== null) m.heap.push(r.heapMB);
            for (const [stage, from, to] of STAGES) {
              const [a, b] = [r.marks[from], to === 'drawn' ? r.paintedMs : r.marks[to]];
              if (a != null && b != null) (m.stages[stage] ??= []).push(b - a);
            }
            const at = await timelineTarget(page);
            const f = await measureZoomPan(page, at);
            m.fps.push(f.fps);
            m.slowest.push(f.slowestMs);
            if (f.timelineDraws !== undefined) m.tlDraws.push(f.timelineDraws);
            if (f.timelineMaxDrawMs !== undefined) m.tlMax.push(f.timelineMaxDrawMs);
            const l = await measureWindowLatency(page, at);
            m.watched = l.present;
            m.missed += l.missed;
            for (const x of l.samples) {
              m.dom.push(x.domMs);
              m.paint.push(x.paintMs);
            }
          } catch (e) {
            m.errors.push((e as Error).message.split('\n')[0]!);
          } finally {
            await context.close();
          }
        }
      }
      const results: SizeResult[] = cases.map(([n, source], k) => {
        const m = all[k]!;
        return {
          events: n,
          source,
          runs,
          readyMs: median(m.ready),
          renderMs: median(m.render),
          fetchMs: median(m.fetch),
          afterDataMs: median(m.after),
          heapMB: median(m.heap),
          fps: median(m.fps),
          slowestFrameMs: median(m.slowest),
          latencyDomMs: median(m.dom),
          latencyPaintMs: median(m.paint),
          latencySamples: m.dom.length,
          latencyMissed: m.missed,
          watched: m.watched,
          timelineDraws: median(m.tlDraws),
          timelineMaxDrawMs: median(m.tlMax),
          stages: Object.fromEntries(STAGES.map(([stage]) => [stage, median(m.stages[stage] ?? [])])),
          errors: [...new Set(m.errors)],
        };
      });
      return { buildMs, js, sizes: results };
    } finally {
      await browser.close();
      await preview.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const fmt = (x: number | null, unit = '', digits = 0): string => (x === null ? '—' : `${x.toFixed(digits)}${unit}`);
const verdict = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? 'met' : 'NOT met');

/** The compact table and the targets, met or not. */
export function formatAppBench(r: AppBenchResult): string {
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  const lines = [
    `  initial JS ${kb(r.js.gzipBytes)} gzip (${kb(r.js.bytes)} min, ${r.js.files.length} file${r.js.files.length === 1 ? '' : 's'}; ` +
      `CSS ${kb(r.js.cssGzipBytes)} gzip; lazy JS ${kb(r.js.lazyGzipBytes)} gzip); build ${(r.buildMs / 1000).toFixed(1)} s`,
    '  events  from  ready   rendered  (data in, after)   fps zoom/pan  slowest frame   window→map+list (DOM / painted)   heap',
  ];
  for (const s of r.sizes) {
    lines.push(
      `  ${s.events.toLocaleString('en').padStart(7)}  ${s.source}  ${fmt(s.readyMs, ' ms').padStart(8)}  ${fmt(s.renderMs, ' ms').padStart(8)}  ` +
        `(${fmt(s.fetchMs, ' ms').padStart(7)}, ${fmt(s.afterDataMs, ' ms').padStart(7)})  ${fmt(s.fps, '', 1).padStart(12)}  ${fmt(s.slowestFrameMs, ' ms').padStart(13)}   ` +
        `${`${fmt(s.latencyDomMs, ' ms', 1)} / ${fmt(s.latencyPaintMs, ' ms', 1)}`.padStart(20)}` +
        ` (${s.latencySamples} samples${s.latencyMissed ? `, ${s.latencyMissed} without a change` : ''})  ${fmt(s.heapMB, ' MB')}`,
    );
    const how = Object.entries(s.watched).map(([sel, h]) => `${sel.replace(/\[data-testid=(.*)\]/, '$1')}: ${h ?? 'not on the page'}`);
    const tl = s.timelineDraws === null ? '' : `; timeline drew ${s.timelineDraws} frames, slowest draw ${fmt(s.timelineMaxDrawMs, ' ms', 1)}`;
    if (how.length || tl) lines.push(`           watched ${how.join(', ')}${tl}`);
    const stages = Object.entries(s.stages).filter(([, v]) => v !== null);
    if (stages.length) lines.push(`           after data in: ${stages.map(([k, v]) => `${k} ${fmt(v, ' ms')}`).join(', ')}`);
    for (const e of s.errors) lines.push(`           error: ${e}`);
  }
  // The targets are a deployment's: the app reading the twin its build wrote.
  const by = (n: number): SizeResult | undefined => r.sizes.find((s) => s.events === n && s.source === 'twin');
  const big = by(100_000);
  const ten = by(10_000);
  const lat = r.sizes.map((s) => s.latencyPaintMs).filter((x): x is number => x !== null);
  const check = (x: number | null | undefined, ok: (v: number) => boolean): boolean | null => (x == null ? null : ok(x));
  lines.push(
    '  targets:',
    `    100 000 events rendered ≤ ${TARGETS.renderMs100k} ms: ${verdict(check(big?.renderMs, (v) => v <= TARGETS.renderMs100k))}`,
    `    100 000 events zoom ≥ ${TARGETS.fps100k} fps: ${verdict(check(big?.fps, (v) => v >= TARGETS.fps100k))}`,
    `    10 000 events zoom ≥ ${TARGETS.fps10k} fps: ${verdict(check(ten?.fps, (v) => v >= TARGETS.fps10k))}`,
    `    window → map and list ≤ ${TARGETS.latencyMs} ms (painted, worst size): ${verdict(lat.length ? Math.max(...lat) <= TARGETS.latencyMs : null)}`,
    `    initial JS ≤ ${kb(TARGETS.jsGzipBytes)} gzip: ${verdict(r.js.gzipBytes <= TARGETS.jsGzipBytes)}`,
  );
  return lines.join('\n');
}

function parseArgs(argv: string[]): AppBenchOptions {
  const o: AppBenchOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--runs') o.runs = Number(value);
    else if (flag === '--sizes') o.sizes = value.split(',').map(Number);
    else if (flag === '--root') o.root = value;
    else if (flag === '--seed') o.seed = Number(value);
    else {
      process.stderr.write('usage: tsx scripts/bench/app.ts [--runs 3] [--sizes 10000,100000] [--root dir] [--seed 1]\n');
      process.exit(2);
    }
  }
  return o;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  process.stdout.write(`app: ${(options.sizes ?? [10_000, 100_000]).join(' and ')} events, ${options.runs ?? 3} runs each, headless Chromium…\n`);
  benchApp(options).then(
    (r) => process.stdout.write(formatAppBench(r) + '\n'),
    (e: unknown) => {
      process.stderr.write(`app bench failed: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
