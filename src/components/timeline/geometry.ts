// Time windows and zoom transforms: the arithmetic that keeps the zoom, the brush and `view.window`
// in step. The zoom transform is the timeline's own; the window (ms UTC, [start, end)) is what the
// rest of the app reads. Pure, so the round trip is tested without a browser.
import { DAY_MS } from '../../lib/days.ts';

export type Window = [number, number] | null;

/** What the timeline spans at zoom 1: the full extent with a margin, so the first and last marks show. */
export function baseDomain(extent: readonly [number, number]): [number, number] {
  const [a, b] = extent;
  const pad = Math.max((b - a) * 0.02, DAY_MS * 2);
  return [a - pad, b + pad];
}

/** The narrowest window the zoom allows: a few days across the plot. */
export const MIN_SPAN = 3 * DAY_MS;

export interface Transform {
  k: number;
  x: number;
}

/** A base scale as its domain (ms) and pixel range. */
export interface Base {
  domain: readonly [number, number];
  range: readonly [number, number];
}

const px = (b: Base, t: number) => b.range[0] + ((t - b.domain[0]) / (b.domain[1] - b.domain[0])) * (b.range[1] - b.range[0]);
const ms = (b: Base, p: number) => b.domain[0] + ((p - b.range[0]) / (b.range[1] - b.range[0])) * (b.domain[1] - b.domain[0]);

/** The window a transform shows, rounded to whole ms; null at zoom 1 (the whole range). */
export function windowOfTransform(t: Transform, b: Base): Window {
  if (t.k <= 1.0001 && Math.abs(t.x) < 0.5) return null;
  return [Math.round(ms(b, (b.range[0] - t.x) / t.k)), Math.round(ms(b, (b.range[1] - t.x) / t.k))];
}

/** The transform that shows a window (the inverse of windowOfTransform). */
export function transformForWindow(w: Window, b: Base): Transform {
  if (!w) return { k: 1, x: 0 };
  const k = (b.range[1] - b.range[0]) / (px(b, w[1]) - px(b, w[0]));
  return { k, x: b.range[0] - k * px(b, w[0]) };
}

/** Equal to within a second at each end (rounding in a round trip, not a different view). */
export function sameWindow(a: Window, b: Window, tolerance = 1000): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/**
 * The window zoomed by `factor` (> 1 zooms in) about the instant `at`, no narrower than MIN_SPAN and
 * no wider than the domain; null once it covers (nearly) the whole domain.
 */
export function zoomWindow(w: Window, factor: number, at: number, domain: readonly [number, number]): Window {
  const [a, b] = w ?? domain;
  const full = domain[1] - domain[0];
  const span = Math.min(full, Math.max(MIN_SPAN, (b - a) / factor));
  if (span >= 0.99 * full) return null;
  const f = b > a ? (at - a) / (b - a) : 0.5;
  const frac = Math.min(1, Math.max(0, f));
  let start = at - frac * span;
  start = Math.min(domain[1] - span, Math.max(domain[0], start));
  return [Math.round(start), Math.round(start + span)];
}

/** The window panned, keeping its width, so that [t0, t1) shows; unchanged if it already overlaps. */
export function bringIntoView(w: Window, t0: number, t1: number): Window {
  if (!w || (t1 > w[0] && t0 < w[1])) return w;
  const half = (w[1] - w[0]) / 2;
  const mid = (t0 + t1) / 2;
  return [Math.round(mid - half), Math.round(mid + half)];
}

/** A window around [a, b) with some room on both sides, no narrower than MIN_SPAN (zooming into a stretch). */
export function windowAround(a: number, b: number, room = 1.5): [number, number] {
  const mid = (a + b) / 2;
  const half = Math.max(MIN_SPAN, (b - a) * room) / 2;
  return [Math.round(mid - half), Math.round(mid + half)];
}
