// Which events pass the filters (everything but the time window). Pure, so it is tested in Node and
// shared by the app and by exports of the current view.
import type { DatasetIndex, IndexedEvent } from './dataset-index.ts';
import type { Filters } from '../state/view.ts';
import { searchKey } from './search-text.ts';

export function hasFilters(f: Filters): boolean {
  return !!(f.query.trim() || f.place || f.country || f.source || f.category || f.precisions.length);
}

export function filterEvents(index: DatasetIndex, f: Filters): IndexedEvent[] {
  if (!hasFilters(f)) return index.events;
  const base = f.place ? (index.eventsByPlace.get(f.place) ?? []) : index.events;
  const terms = searchKey(f.query).split(/\s+/).filter(Boolean);
  const precisions = f.precisions.length ? new Set(f.precisions) : null;
  const countryPlaces = f.country
    ? new Set(index.dataset.places.filter((p) => p.country === f.country).map((p) => p.id))
    : null;
  return base.filter((e) => {
    const ev = e.event;
    if (precisions && !precisions.has(ev.precision)) return false;
    if (countryPlaces && !ev.places.some((p) => countryPlaces.has(p))) return false;
    if (f.source || f.category) {
      const article = index.articleById.get(ev.article);
      if (f.source && article?.source !== f.source) return false;
      if (f.category && !article?.categories.includes(f.category)) return false;
    }
    if (terms.length) {
      const key = index.searchKeys.get(e.order);
      if (!terms.every((t) => key.includes(t))) return false;
    }
    return true;
  });
}

/** Events longer than this are few (months, years, decades); they are checked one by one. */
const LONG_MS = 40 * 86_400_000;

/** Index of the first event whose start is ≥ t, in a list sorted by start. */
function firstStartAtOrAfter(events: IndexedEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events overlapping a window [w0, w1), from a list sorted by start, in the same order. Runs on every
 * zoom frame, so it does not scan the whole list: short events overlapping the window start at most
 * LONG_MS before it (two binary searches bound them); long ones are looked at separately.
 */
export function inWindow(events: IndexedEvent[], w: [number, number] | null, long = longEvents(events)): IndexedEvent[] {
  if (!w) return events;
  const [w0, w1] = w;
  const from = firstStartAtOrAfter(events, w0 - LONG_MS);
  const to = firstStartAtOrAfter(events, w1);
  const out: IndexedEvent[] = [];
  // Long events starting before the scanned stretch come first (theirs are the earliest starts);
  // the scan covers the rest.
  const scanStart = from < events.length ? events[from]!.t0 : Infinity;
  for (const e of long) {
    if (e.t0 >= scanStart) break;
    if (e.t1 > w0 && e.t0 < w1) out.push(e);
  }
  for (let i = from; i < to; i++) {
    const e = events[i]!;
    if (e.t1 > w0) out.push(e);
  }
  return out;
}

/** The long events of a list sorted by start, in that order. */
export function longEvents(events: IndexedEvent[]): IndexedEvent[] {
  return events.filter((e) => e.t1 - e.t0 > LONG_MS);
}
