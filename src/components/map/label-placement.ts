// Which permanent labels the map shows, and on which side. The largest places are labelled, but two
// labels must never cover each other (Mariupol and Zaporizhzhia sit 200 km apart, a few pixels at
// zoom 5): in rank order, each label goes right of its symbol, or left where that is free, or is
// left out and the next place is tried. Pure arithmetic on screen boxes, so it is tested in Node.
import type { Caption } from './render-items.ts';

export interface LabelCandidate {
  key: string;
  /** The symbol's centre on screen, px. */
  x: number;
  y: number;
  /** The symbol's radius, px: a label starts 4 px beyond it. */
  radius: number;
  /** The label's size, px (labelSize). */
  width: number;
  height: number;
  /** Regions and waters carry their label centred on the symbol, not beside it. */
  centred: boolean;
}

export type Side = 'right' | 'left' | 'centre';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 4;

/** Rough size of a label as map.css draws it: 12 px type, the other-language name at 11 px. */
export function labelSize(caption: Caption): { width: number; height: number } {
  const wide = (s: string, px: number) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.58), 0);
  const width = wide(caption.main, 12) + (caption.alt ? 4 + wide(caption.alt, 11.2) : 0) + 8;
  return { width: Math.ceil(width), height: 17 };
}

function boxFor(c: LabelCandidate, side: Side): Box {
  const y0 = c.y - c.height / 2;
  const y1 = c.y + c.height / 2;
  if (side === 'centre') return { x0: c.x - c.width / 2, y0, x1: c.x + c.width / 2, y1 };
  if (side === 'right') return { x0: c.x + c.radius + GAP, y0, x1: c.x + c.radius + GAP + c.width, y1 };
  return { x0: c.x - c.radius - GAP - c.width, y0, x1: c.x - c.radius - GAP, y1 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, w: number, h: number) => a.x0 >= 0 && a.x1 <= w && a.y0 >= 0 && a.y1 <= h;

/**
 * `candidates` in rank order (most events first). Returns the side of each label shown, at most
 * `max` of them; a label that would leave the map or cover one already placed is tried on the
 * other side, then dropped.
 */
export function placeLabels(candidates: LabelCandidate[], map: { width: number; height: number }, max: number): Map<string, Side> {
  const placed = new Map<string, Side>();
  const taken: Box[] = [];
  for (const c of candidates) {
    if (placed.size >= max) break;
    const sides: Side[] = c.centred ? ['centre'] : ['right', 'left'];
    for (const side of sides) {
      const box = boxFor(c, side);
      if (!inside(box, map.width, map.height) || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.set(c.key, side);
      break;
    }
  }
  return placed;
}
