// Draws a layout on the canvas: aggregate columns behind, then bars, day dots, hollow `reported`
// dots and count labels, each kind as one path (a few fill calls per frame, whatever the mark count).
import type { Palette } from './colors.ts';
import type { Layout } from './layout.ts';
import { BAR, POINT, REPORTED, type Series } from './series.ts';

export interface PaintGeometry {
  /** CSS pixel size of the canvas and the plot's horizontal range. */
  width: number;
  height: number;
  left: number;
  right: number;
  /** Top of lane 0, lane height, bottom of the lane area (the aggregate columns' baseline). */
  top: number;
  lane: number;
  bottom: number;
  radius: number;
  barHeight: number;
  font: string;
}

export const laneY = (geo: Pick<PaintGeometry, 'top' | 'lane'>, lane: number): number => geo.top + (lane + 0.5) * geo.lane;

export interface Band {
  /** Baseline of the count labels, and the top and bottom of the columns below them. */
  labelY: number;
  top: number;
  bottom: number;
}

/** Where aggregate columns stand: the strip below the lanes of marks, under a row for their counts. */
export function columnBand(layout: Pick<Layout, 'markLanes'>, geo: Pick<PaintGeometry, 'top' | 'lane' | 'bottom'>): Band {
  const stripTop = geo.top + layout.markLanes * geo.lane;
  // Without a strip (all lanes hold marks), columns use the whole height.
  if (geo.bottom - stripTop < 20) return { labelY: geo.top + 10, top: geo.top + 12, bottom: geo.bottom };
  return { labelY: stripTop + 9, top: stripTop + 11, bottom: geo.bottom };
}

/** Height of an aggregate column: square-root scale against the fullest column in view. */
export function columnHeight(total: number, max: number, band: Band): number {
  return Math.max(2, (band.bottom - band.top) * Math.sqrt(total / Math.max(1, max)));
}

export function paintTimeline(ctx: CanvasRenderingContext2D, layout: Layout, s: Series, geo: PaintGeometry, pal: Palette, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, geo.width, geo.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(geo.left, 0, geo.right - geo.left, geo.height);
  ctx.clip();

  // Aggregated stretches: one stacked column per dense column (days, reported, longer intervals).
  const fills = [pal.mark, pal.mark, pal.markSpan];
  const alphas = [1, 0.45, 1];
  const band = columnBand(layout, geo);
  for (const k of [POINT, REPORTED, BAR]) {
    ctx.beginPath();
    for (const col of layout.columns) {
      const h = columnHeight(col.total, layout.maxColumn, band);
      let y = geo.bottom;
      for (let j = 0; j < k; j++) y -= (h * col.counts[j]!) / col.total;
      const seg = (h * col.counts[k]!) / col.total;
      if (seg > 0) ctx.rect(col.x + 0.5, y - seg, col.width - 1, seg);
    }
    ctx.globalAlpha = alphas[k]!;
    ctx.fillStyle = fills[k]!;
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  const r = geo.radius;
  const bh = geo.barHeight;
  ctx.beginPath();
  for (let m = 0; m < layout.count; m++) {
    if (s.kind[layout.group[m]!] !== BAR) continue;
    ctx.rect(layout.x0[m]! + 0.5, laneY(geo, layout.lane[m]!) - bh / 2 + 0.5, Math.max(1, layout.x1[m]! - layout.x0[m]! - 1), bh - 1);
  }
  ctx.fillStyle = pal.markSpan;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = pal.mark;
  ctx.stroke();

  for (const k of [POINT, REPORTED]) {
    ctx.beginPath();
    for (let m = 0; m < layout.count; m++) {
      if (s.kind[layout.group[m]!] !== k) continue;
      const cx = (layout.x0[m]! + layout.x1[m]!) / 2;
      const y = laneY(geo, layout.lane[m]!);
      const rr = k === POINT ? r : r - 0.75;
      ctx.moveTo(cx + rr, y);
      ctx.arc(cx, y, rr, 0, 2 * Math.PI);
    }
    if (k === POINT) {
      ctx.fillStyle = pal.mark;
      ctx.fill();
    } else {
      ctx.fillStyle = pal.panel;
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = pal.mark;
      ctx.stroke();
    }
  }

  // Count labels of groups: beside the mark, or inside a bar wide enough to hold it.
  ctx.font = geo.font;
  ctx.textBaseline = 'middle';
  for (let m = 0; m < layout.count; m++) {
    const g = layout.group[m]!;
    const c = s.count[g]!;
    if (c < 2 || layout.member[m] !== -1) continue;
    const y = laneY(geo, layout.lane[m]!) + 0.5;
    const inside = s.kind[g] === BAR && layout.end[m] === layout.x1[m];
    ctx.fillStyle = inside ? pal.text : pal.text2;
    ctx.fillText(String(c), inside ? Math.max(layout.x0[m]!, geo.left) + 3 : layout.x1[m]! + 2, y);
  }
  ctx.restore();
}
