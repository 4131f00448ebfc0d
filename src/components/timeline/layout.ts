// Where the visible marks go, computed per frame from the visible groups only (series.ts).
//
// - A group is one mark: a bar spanning its interval (week … decade), or a dot (day, hollow for
//   `reported`); more than one event gives it a count label, reserved in its lane so nothing overlaps.
// - Zoomed in so far that a day's events fit side by side within that day, the group opens into one
//   dot per event, still inside its day: a day's dot may honestly sit anywhere in the day.
// - Marks go to the first lane where they fit (greedy first-fit; within a lane, marks come out
//   sorted and disjoint, which the hit test relies on). Long bars (a year on a year-wide view) go
//   first: they are few, as one interval is one group, and they are never folded into a column.
// - Where the lanes run out, the stretch is aggregated: the axis is cut into narrow columns that
//   move with the time axis, and a column where a mark found no lane shows its events as one stacked
//   count instead. Then the layout is redone without those columns, until everything left fits.
// - When anything is aggregated, the bottom lanes become a strip for the columns and their counts,
//   and the marks are laid out again in the lanes above: columns and marks never overlap.
import { Lanes, Marks } from './packing.ts';
import { BAR, groupRange, type Series } from './series.ts';

export interface LayoutOptions {
  /** The plot's pixel range; marks outside it are not laid out. */
  left: number;
  right: number;
  lanes: number;
  /** Dot radius, shortest bar and gap between marks in a lane, px. */
  radius: number;
  minBar: number;
  gap: number;
  /** Width of an aggregate column, px, and a pixel position of a column boundary (moves with the axis). */
  column: number;
  anchor: number;
  /** Width of one digit of a count label, px. */
  digit: number;
  /** Columns per labelled chunk of an aggregated stretch. */
  chunk: number;
  /** Lanes taken from the marks for the aggregate strip, when there is anything to aggregate. */
  strip: number;
}

/** A linear time scale as px = t·k + b (a UTC time scale is linear in ms). */
export interface Linear {
  k: number;
  b: number;
}

export interface Column {
  x: number;
  width: number;
  /** Events by kind: day dots, reported dots, bars. */
  counts: [number, number, number];
  total: number;
}

export interface Chunk {
  x0: number;
  x1: number;
  total: number;
  /** Centre and total of its tallest column, where its label goes. */
  peakX: number;
  peakTotal: number;
}

export interface Layout {
  /** Events overlapping the plot's window. */
  visible: number;
  /** Lanes the marks were laid out in (all, or all but the aggregate strip). */
  markLanes: number;
  /** Marks drawn: per mark its group, its event when a group was opened (else -1), its drawn span,
   *  the end of what it occupies (with its count label), and its lane. */
  count: number;
  group: Int32Array;
  member: Int32Array;
  x0: Float32Array;
  x1: Float32Array;
  end: Float32Array;
  lane: Uint8Array;
  /** Per lane, the marks in it from left to right. */
  laneMarks: Int32Array[];
  columns: Column[];
  chunks: Chunk[];
  /** The total a full-height column stands for: the fullest column's, and at least four per lane. */
  maxColumn: number;
  /** Events shown in aggregate columns rather than as marks. */
  aggregated: number;
}

const MAX_PASSES = 6;
/** A bar at least this many columns wide is long. */
const LONG_COLUMNS = 4;

export const digits = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : 6);

export function labelWidth(count: number, digit: number): number {
  return count > 1 ? digits(count) * digit + 4 : 0;
}

export function layoutTimeline(s: Series, x: Linear, o: LayoutOptions): Layout {
  const all = layoutPass(s, x, o, o.lanes);
  if (all.layout.columns.length === 0 || o.strip <= 0 || o.strip >= o.lanes) return all.layout;
  // Fewer lanes: every column dense before is dense again, so the second layout starts from those.
  return layoutPass(s, x, o, o.lanes - o.strip, all.dense).layout;
}

function layoutPass(s: Series, x: Linear, o: LayoutOptions, L: number, seed?: Uint8Array): { layout: Layout; dense: Uint8Array } {
  const { left, right, radius: r, minBar, gap, column: C, anchor } = o;
  const d0 = (left - x.b) / x.k;
  const d1 = (right - x.b) / x.k;
  const [lo, hi] = groupRange(s, d0, d1);
  const jLo = Math.floor((left - anchor) / C);
  const ncols = Math.max(1, Math.floor((right - anchor) / C) - jLo + 1);

  // Items: the visible groups with their fixed span, home column and whether they open.
  const cap = Math.max(0, hi - lo);
  const group = new Int32Array(cap);
  const home = new Int32Array(cap);
  const ix0 = new Float64Array(cap);
  const ix1 = new Float64Array(cap);
  const iend = new Float64Array(cap);
  const open = new Uint8Array(cap);
  const long = new Uint8Array(cap);
  let items = 0;
  let visible = 0;
  for (let g = lo; g < hi; g++) {
    if (s.t1[g]! <= d0) continue;
    const a = s.t0[g]! * x.k + x.b;
    const b = s.t1[g]! * x.k + x.b;
    const c = s.count[g]!;
    visible += c;
    const centre = (Math.max(a, left) + Math.min(b, right)) / 2;
    home[items] = Math.min(ncols - 1, Math.max(0, Math.floor((centre - anchor) / C) - jLo));
    const lw = labelWidth(c, o.digit);
    const m = (a + b) / 2;
    if (s.kind[g] === BAR && b - a >= minBar) {
      ix0[items] = a;
      ix1[items] = b;
      iend[items] = lw && b - a < lw + 4 ? b + 2 + lw : b;
      long[items] = b - a >= LONG_COLUMNS * C ? 1 : 0;
    } else {
      const half = s.kind[g] === BAR ? minBar / 2 : r;
      ix0[items] = m - half;
      ix1[items] = m + half;
      iend[items] = m + half + (lw ? 2 + lw : 0);
      // Open a day's group when all the day's groups fit, with room to spare, as dots inside the day.
      if (c > 1 && s.kind[g] !== BAR) {
        let dayTotal = 0;
        for (let h = g - 2; h <= g + 2; h++)
          if (h >= 0 && h < s.groups && s.t0[h] === s.t0[g] && s.t1[h] === s.t1[g] && s.kind[h] !== BAR) dayTotal += s.count[h]!;
        const perLane = Math.floor((b - a - 2 * r) / (2 * r + gap)) + 1;
        open[items] = dayTotal <= 0.6 * L * perLane ? 1 : 0;
      }
    }
    group[items++] = g;
  }

  // Columns that certainly overflow: more fixed marks centred in them than there are lanes (two
  // marks centred in one column always collide, as columns are narrower than a mark plus its gap).
  const dense = seed ? Uint8Array.from(seed) : new Uint8Array(ncols);
  const perColumn = new Int32Array(ncols);
  for (let i = 0; i < items; i++) if (!open[i] && !long[i] && ++perColumn[home[i]!]! > L) dense[home[i]!] = 1;

  const out = new Marks(Math.min(4096, items * 2 + 16));
  const lanes = new Lanes(L, gap);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const last = pass === MAX_PASSES - 1;
    out.count = 0;
    lanes.clear();
    // Long bars first, each in the first lane free for it; a long bar that finds none is treated as
    // any other mark below.
    for (let i = 0; i < items; i++) {
      if (!long[i]) continue;
      const lane = lanes.firstFit(ix0[i]!, iend[i]!);
      if (lane < 0) {
        long[i] = 0;
        continue;
      }
      lanes.addLong(lane, ix0[i]!, iend[i]!);
      out.push(i, group[i]!, -1, ix0[i]!, ix1[i]!, iend[i]!, lane);
    }
    let failed = false;
    for (let i = 0; i < items; i++) {
      if (long[i] || dense[home[i]!]) continue;
      const g = group[i]!;
      if (open[i]) {
        if (placeMembers(s, g, i, x, o, lanes, out)) continue;
        // It did not fit opened: next pass draws it as one mark (or, at the last, aggregates it).
        open[i] = 0;
        if (last) dense[home[i]!] = 1;
        failed = true;
        continue;
      }
      const lane = lanes.firstFit(ix0[i]!, iend[i]!);
      if (lane < 0) {
        dense[home[i]!] = 1;
        failed = true;
        continue;
      }
      lanes.end[lane] = iend[i]!;
      out.push(i, g, -1, ix0[i]!, ix1[i]!, iend[i]!, lane);
    }
    if (!failed) break;
  }

  // What is left in a dense column is aggregated; taking marks away never makes others collide.
  const kept: number[] = [];
  for (let m = 0; m < out.count; m++) if (long[out.item[m]!] || !dense[home[out.item[m]!]!]) kept.push(m);
  const columns: Column[] = [];
  const byColumn = new Int32Array(ncols).fill(-1);
  let aggregated = 0;
  for (let i = 0; i < items; i++) {
    const h = home[i]!;
    if (long[i] || !dense[h]) continue;
    let col = byColumn[h]!;
    if (col < 0) {
      byColumn[h] = col = columns.length;
      columns.push({ x: anchor + (jLo + h) * C, width: C, counts: [0, 0, 0], total: 0 });
    }
    const g = group[i]!;
    const column = columns[col]!;
    column.counts[s.kind[g] as 0 | 1 | 2] += s.count[g]!;
    column.total += s.count[g]!;
    aggregated += s.count[g]!;
  }
  columns.sort((a, b) => a.x - b.x);
  // Heights are relative to the fullest column, but a few events never make a full-height column.
  let maxColumn = 4 * L;
  for (const c of columns) maxColumn = Math.max(maxColumn, c.total);
  const layout: Layout = {
    visible,
    markLanes: L,
    ...out.finish(kept, L),
    columns,
    chunks: chunksOf(columns, C, o.chunk, anchor),
    maxColumn,
    aggregated,
  };
  return { layout, dense };
}

/** One dot per event of an opened group: a compact block around the day's middle, else anywhere in the day. */
function placeMembers(s: Series, g: number, item: number, x: Linear, o: LayoutOptions, lanes: Lanes, out: Marks): boolean {
  const { radius: r, gap } = o;
  const a = s.t0[g]! * x.k + x.b + r;
  const b = s.t1[g]! * x.k + x.b - r;
  const pitch = 2 * r + gap;
  const c = s.count[g]!;
  const block = (Math.ceil(c / lanes.end.length) - 1) * pitch;
  const from = Math.max(a, Math.min((a + b) / 2 - block / 2, b - block));
  for (let k = s.start[g]!; k < s.start[g + 1]!; k++) {
    // First within the block, then anywhere left in the day.
    let placed = false;
    for (let attempt = 0; attempt < 2 && !placed; attempt++) {
      const limit = attempt === 0 ? from + block : b;
      for (let l = 0; l < lanes.end.length && !placed; l++) {
        const pos = Math.max(from, lanes.end[l]! + gap + r);
        if (pos <= limit + 1e-6 && lanes.fits(l, pos - r, pos + r)) {
          lanes.end[l] = pos + r;
          out.push(item, g, s.members[k]!, pos - r, pos + r, pos + r, l);
          placed = true;
        }
      }
    }
    if (!placed) return false;
  }
  return true;
}

/** Labelled stretches: dense columns cut into chunks of `size` columns that stay put as the axis pans. */
function chunksOf(columns: Column[], C: number, size: number, anchor: number): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Chunk | null = null;
  let curKey = NaN;
  let lastX = -Infinity;
  for (const col of columns) {
    const key = Math.floor(Math.round((col.x - anchor) / C) / size);
    if (!cur || key !== curKey || col.x - lastX > C * 1.5) {
      cur = { x0: col.x, x1: col.x + C, total: 0, peakX: col.x + C / 2, peakTotal: 0 };
      curKey = key;
      chunks.push(cur);
    }
    cur.x1 = col.x + C;
    cur.total += col.total;
    if (col.total > cur.peakTotal) {
      cur.peakTotal = col.total;
      cur.peakX = col.x + C / 2;
    }
    lastX = col.x;
  }
  return chunks;
}
