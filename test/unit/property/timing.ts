// Growth checks that hold on a busy two-core CI machine: compare the time of a large input with
// that of a small one (a ratio, never an absolute time), each the best of several repeated runs.
//
// Two ratios are measured. `ratio` leaves out the time the garbage collector ran (read from
// node:perf_hooks): that is the algorithm's own growth, and it must stay near linear. `ratioWithGc`
// is the wall time: a hundred thousand result objects kept alive make every collection slower,
// so it grows somewhat faster than linear (about n^1.3 here) without any fault in the algorithm;
// it only has to stay far from the square.
import { PerformanceObserver } from 'node:perf_hooks';

export const SMALL = 5_000;
export const LARGE = 100_000;
/**
 * LARGE is 20 × SMALL, so linear work takes about 20 × as long (less, with fixed costs); quadratic
 * work takes 400 ×. The limits leave room for noise and n·log n, not for a square.
 */
export const GROWTH_LIMIT = 40;
export const GROWTH_LIMIT_WITH_GC = 120;

const collections: { start: number; end: number }[] = [];
let observer: PerformanceObserver | undefined;

function watchCollections(): void {
  if (observer) return;
  observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
}

/** Garbage-collection time within [start, end] (entries arrive asynchronously: await first). */
function collectedWithin(start: number, end: number): number {
  let ms = 0;
  for (const c of collections) ms += Math.max(0, Math.min(end, c.end) - Math.max(start, c.start));
  return ms;
}

export interface Timing {
  /** Milliseconds per call, collections left out. */
  ms: number;
  /** Milliseconds per call, wall time. */
  msWithGc: number;
}

/** Time per call of `f`: warmed up, repeated until `minMs` passed, best of `rounds`. */
export async function timePerCall(f: () => void, minMs = 25, rounds = 5): Promise<Timing> {
  watchCollections();
  f();
  const windows: { start: number; end: number; calls: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    let calls = 0;
    const start = performance.now();
    let end: number;
    do {
      f();
      calls++;
      end = performance.now();
    } while (end - start < minMs);
    windows.push({ start, end, calls });
  }
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the gc entries arrive
  let ms = Infinity;
  let msWithGc = Infinity;
  for (const w of windows) {
    msWithGc = Math.min(msWithGc, (w.end - w.start) / w.calls);
    ms = Math.min(ms, (w.end - w.start - collectedWithin(w.start, w.end)) / w.calls);
  }
  collections.length = 0;
  return { ms, msWithGc };
}

export interface Growth {
  ratio: number;
  ratioWithGc: number;
  small: Timing;
  large: Timing;
}

/** How much longer `run` takes on `make(LARGE)` than on `make(SMALL)`. */
export async function growth(make: (n: number) => string, run: (input: string) => unknown): Promise<Growth> {
  const small = make(SMALL);
  const large = make(LARGE);
  const s = await timePerCall(() => run(small));
  const l = await timePerCall(() => run(large), 25, 3);
  return { ratio: l.ms / s.ms, ratioWithGc: l.msWithGc / s.msWithGc, small: s, large: l };
}

export const describeGrowth = (g: Growth) =>
  `×${g.ratio.toFixed(1)} (×${g.ratioWithGc.toFixed(1)} with gc; ${g.small.msWithGc.toFixed(2)} → ${g.large.msWithGc.toFixed(1)} ms)`;

/** `unit` repeated to exactly `n` UTF-16 units. */
export const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * The growth of `run`, measured again (up to `attempts` times) while it is over the limits: a
 * busy machine can spoil one measurement, a super-linear algorithm spoils every one.
 */
export async function settledGrowth(make: (n: number) => string, run: (input: string) => unknown, attempts = 3): Promise<Growth> {
  let best: Growth | undefined;
  for (let i = 0; i < attempts; i++) {
    const g = await growth(make, run);
    if (!best || g.ratio < best.ratio) best = g;
    if (best.ratio < GROWTH_LIMIT && best.ratioWithGc < GROWTH_LIMIT_WITH_GC) break;
  }
  return best!;
}
