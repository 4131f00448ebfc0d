// From marks to events and back: which event a mark stands for (a group mark stands for all its
// members), which one a click selects, and where an event is drawn (as its own mark, inside its
// group's mark, or in an aggregate column).
import { markOfEvent } from './hit-test.ts';
import type { Layout } from './layout.ts';
import { columnBand, columnHeight, laneY, type PaintGeometry } from './paint.ts';
import { BAR, type Kind, type Series } from './series.ts';

const idOf = (s: Series, e: number) => s.events[e]!.event.id;

/** Index in the series of the event with this id, if it is in the group. */
function memberIndex(s: Series, g: number, id: string | null): number {
  if (!id) return -1;
  for (let k = s.start[g]!; k < s.start[g + 1]!; k++) if (idOf(s, s.members[k]!) === id) return k;
  return -1;
}

/** The event a mark stands for: its own, or for a group the selected member, else the first. */
export function eventOfMark(layout: Layout, s: Series, m: number, selected: string | null): string {
  const own = layout.member[m]!;
  if (own >= 0) return idOf(s, own);
  const g = layout.group[m]!;
  const k = memberIndex(s, g, selected);
  return idOf(s, s.members[k >= 0 ? k : s.start[g]!]!);
}

/** What a click on a mark selects: its event; on a group, the member after the selected one (cycling). */
export function nextInGroup(layout: Layout, s: Series, m: number, selected: string | null): string {
  const own = layout.member[m]!;
  if (own >= 0) return idOf(s, own);
  const g = layout.group[m]!;
  const k = memberIndex(s, g, selected);
  const first = s.start[g]!;
  const next = k < 0 ? first : k + 1 < s.start[g + 1]! ? k + 1 : first;
  return idOf(s, s.members[next]!);
}

export interface Located {
  x0: number;
  x1: number;
  y: number;
  kind: Kind;
  /** Drawn in an aggregate column rather than as a mark of its own. */
  aggregated: boolean;
}

/** Where event `e` (index in the series) is drawn in a layout made with `scale`, or null if out of view. */
export function locateEvent(
  layout: Layout,
  s: Series,
  e: number,
  scale: (d: number) => number,
  geo: Pick<PaintGeometry, 'left' | 'right' | 'top' | 'lane' | 'bottom' | 'radius'>,
): Located | null {
  const g = s.groupOf[e]!;
  const kind = s.kind[g] as Kind;
  const m = markOfEvent(layout, e, g);
  if (m >= 0) return { x0: layout.x0[m]!, x1: layout.x1[m]!, y: laneY(geo, layout.lane[m]!), kind, aggregated: false };
  const a = scale(s.t0[g]!);
  const b = scale(s.t1[g]!);
  if (b <= geo.left || a >= geo.right) return null;
  const centre = (Math.max(a, geo.left) + Math.min(b, geo.right)) / 2;
  const col = layout.columns.find((c) => c.x <= centre && centre < c.x + c.width) ?? layout.columns.find((c) => Math.abs(c.x + c.width / 2 - centre) <= c.width);
  const band = columnBand(layout, geo);
  const y = col ? Math.max(band.top, band.bottom - columnHeight(col.total, layout.maxColumn, band) / 2) : band.top;
  const half = kind === BAR ? Math.max(4, (b - a) / 2) : geo.radius;
  const mid = kind === BAR ? (a + b) / 2 : col ? col.x + col.width / 2 : centre;
  return { x0: mid - half, x1: mid + half, y, kind, aggregated: true };
}
