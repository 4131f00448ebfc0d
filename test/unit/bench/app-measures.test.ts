// The app benchmark's arithmetic: frame statistics from animation-frame stamps, and the initial
// JavaScript read from Vite's manifest (the entry and its static imports, not lazy chunks).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialJs } from '../../../scripts/bench/app-build.ts';
import { frameStats } from '../../../scripts/bench/app-page.ts';
import { TARGETS, formatAppBench, type AppBenchResult } from '../../../scripts/bench/app.ts';

describe('frameStats', () => {
  it.each([
    { name: 'steady 60 Hz', stamps: [0, 16.7, 33.4, 50.1, 66.8], fps: 59.9, slowest: 16.7 },
    { name: 'one long frame', stamps: [0, 16, 32, 132, 148], fps: 27.0, slowest: 100 },
    { name: 'too few frames', stamps: [5], fps: 0, slowest: Infinity },
  ])('$name', ({ stamps, fps, slowest }) => {
    const s = frameStats(stamps);
    expect(s.fps).toBeCloseTo(fps, 1);
    expect(s.slowestMs).toBeCloseTo(slowest, 5);
    expect(s.frames).toBe(stamps.length);
  });
});

describe('initialJs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronomap-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sums the entry and its static imports, transitively, and leaves lazy chunks out', () => {
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    const files = { 'assets/entry.js': 'a'.repeat(1000), 'assets/shared.js': 'b'.repeat(500), 'assets/deep.js': 'c'.repeat(300), 'assets/lazy.js': 'd'.repeat(4000), 'assets/app.css': 'e'.repeat(200) };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    const manifest = {
      'index.html': { file: 'assets/entry.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/lazy.ts'], css: ['assets/app.css'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_deep.js'] },
      '_deep.js': { file: 'assets/deep.js', imports: ['_shared.js'] },
      'src/lazy.ts': { file: 'assets/lazy.js', imports: ['_shared.js'] },
    };
    writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
    const js = initialJs(dir);
    expect(js.files.sort()).toEqual(['assets/deep.js', 'assets/entry.js', 'assets/shared.js']);
    expect(js.bytes).toBe(1800);
    expect(js.gzipBytes).toBeGreaterThan(0);
    expect(js.gzipBytes).toBeLessThan(js.bytes);
    expect(js.lazyGzipBytes).toBeGreaterThan(0);
    expect(js.cssGzipBytes).toBeGreaterThan(0);
  });
});

describe('formatAppBench', () => {
  const size = (events: number, renderMs: number, fps: number, latency: number, source: 'twin' | 'file' = 'twin') => ({
    events, source, runs: 3, readyMs: renderMs - 20, renderMs, fetchMs: 300, afterDataMs: renderMs - 300, heapMB: 100, fps,
    slowestFrameMs: 40, latencyDomMs: latency - 5, latencyPaintMs: latency, latencySamples: 24, latencyMissed: 0,
    watched: { '[data-testid=map]': 'data-updated', '[data-testid=event-list]': 'DOM changes' },
    timelineDraws: 100, timelineMaxDrawMs: 8, errors: [],
    stages: { decode: 90, parse: 400, check: 80, index: 150, draw: renderMs - 1020 },
  });
  const js = { files: ['assets/a.js'], bytes: 400_000, gzipBytes: 120 * 1024, cssGzipBytes: 5_000, lazyGzipBytes: 7_000 };

  it('says which targets are met', () => {
    // The dataset file's own row is reported but judged by no target: a deployment reads the twin.
    const r: AppBenchResult = { buildMs: 5000, js, sizes: [size(10_000, 400, 58, 20), size(100_000, 1_400, 25, 45), size(100_000, 1_700, 25, 45, 'file')] };
    const text = formatAppBench(r);
    expect(text).toMatch(/rendered ≤ 1500 ms: met/);
    expect(text).toMatch(/100 000 events zoom ≥ 30 fps: NOT met/);
    expect(text).toMatch(/10 000 events zoom ≥ 55 fps: met/);
    expect(text).toMatch(/≤ 50 ms \(painted, worst size\): met/);
    expect(text).toMatch(/initial JS ≤ 150.0 KB gzip: met/);
    expect(text).toMatch(/after data in: decode 90 ms, parse 400 ms, check 80 ms, index 150 ms, draw 380 ms/);
    expect(text).toMatch(/100,000 {2}file/);
  });

  it('says what was not measured', () => {
    const text = formatAppBench({ buildMs: 1, js: { ...js, gzipBytes: TARGETS.jsGzipBytes + 1 }, sizes: [size(10_000, 400, 58, 80)] });
    expect(text).toMatch(/rendered ≤ 1500 ms: not measured/);
    expect(text).toMatch(/≤ 50 ms \(painted, worst size\): NOT met/);
    expect(text).toMatch(/initial JS ≤ 150.0 KB gzip: NOT met/);
  });
});
