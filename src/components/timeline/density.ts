// The overview's histogram: how many events fall in each pixel bin of the whole extent. An event
// is spread evenly over the bins its interval covers, so a year-long event adds a thin layer across
// its year instead of a spike in one bin: the histogram shows events per unit of time.
import type { Series } from './series.ts';

/** Event density per bin over [domain0, domain1); each group adds its count spread over its bins. */
export function densityBins(s: Series, domain: readonly [number, number], bins: number): Float64Array {
  const out = new Float64Array(bins);
  if (bins <= 0) return out;
  const [a, b] = domain;
  const scale = bins / (b - a);
  // A difference array: +w at the first bin, −w after the last, then a running sum. O(groups + bins).
  const diff = new Float64Array(bins + 1);
  for (let g = 0; g < s.groups; g++) {
    const lo = Math.min(bins - 1, Math.max(0, Math.floor((s.t0[g]! - a) * scale)));
    // The end is exclusive: an interval ending exactly on a bin boundary does not reach that bin.
    const hi = Math.min(bins - 1, Math.max(lo, Math.ceil((s.t1[g]! - a) * scale) - 1));
    const w = s.count[g]! / (hi - lo + 1);
    diff[lo]! += w;
    diff[hi + 1]! -= w;
  }
  let run = 0;
  for (let i = 0; i < bins; i++) {
    run += diff[i]!;
    out[i] = run;
  }
  return out;
}

/**
 * An SVG path for the histogram as a step area from the baseline `y0` up to `height` px at the
 * largest bin, on a square-root scale so that a quiet month still shows beside the peak week.
 */
export function densityPath(bins: Float64Array, x0: number, binWidth: number, y0: number, height: number): string {
  let max = 0;
  for (const v of bins) max = Math.max(max, v);
  if (max <= 0) return '';
  const parts = [`M${x0},${y0}`];
  for (let i = 0; i < bins.length; i++) {
    const v = bins[i]! > 1e-9 ? Math.max(1, Math.sqrt(bins[i]! / max) * height) : 0;
    const y = +(y0 - v).toFixed(1);
    parts.push(`V${y}H${+(x0 + (i + 1) * binWidth).toFixed(1)}`);
  }
  parts.push(`V${y0}Z`);
  return parts.join('');
}
