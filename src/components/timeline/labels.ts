// Count labels for aggregated stretches, in the row above the aggregate strip, centred on each
// chunk's tallest column where they fit: never over a mark, never over another label (left to right,
// first come first served).
import { laneOccupied } from './hit-test.ts';
import type { Layout } from './layout.ts';
import { columnBand, type PaintGeometry } from './paint.ts';

export interface CountLabel {
  x: number;
  /** Baseline of the text. */
  y: number;
  text: string;
}

export function chunkLabels(
  layout: Layout,
  geo: Pick<PaintGeometry, 'left' | 'right' | 'top' | 'lane' | 'bottom'>,
  format: (n: number) => string,
  charWidth = 6.2,
  textHeight = 8,
): CountLabel[] {
  const out: CountLabel[] = [];
  const band = columnBand(layout, geo);
  let lastRight = -Infinity;
  for (const c of layout.chunks) {
    const text = format(c.total);
    const w = text.length * charWidth;
    const x = Math.min(geo.right - w / 2, Math.max(geo.left + w / 2, c.peakX));
    if (x - w / 2 < lastRight + 4) continue;
    const y = band.labelY;
    const first = Math.max(0, Math.floor((y - textHeight - geo.top) / geo.lane));
    const last = Math.floor((y - geo.top) / geo.lane);
    let blocked = false;
    for (let l = first; l <= last && !blocked; l++) blocked = laneOccupied(layout, l, x - w / 2 - 2, x + w / 2 + 2);
    if (blocked) continue;
    out.push({ x, y, text });
    lastRight = x + w / 2;
  }
  return out;
}
