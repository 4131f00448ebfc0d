// Look-ups the views need, computed once per dataset: by id, events in time order, events by place.
import { dayEnd, dayStart } from './days.ts';
import type { Article, Dataset, NewsEvent, Place } from './schema.ts';

export interface IndexedEvent {
  event: NewsEvent;
  /** Start and end of the interval in ms UTC (end exclusive), for drawing and filtering. */
  t0: number;
  t1: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  /** All events, sorted by start, then end, then id (a stable order for stepping). */
  events: IndexedEvent[];
  eventById: Map<string, IndexedEvent>;
  articleById: Map<string, Article>;
  placeById: Map<string, Place>;
  eventsByPlace: Map<string, IndexedEvent[]>;
  /** The full time extent of all events, ms UTC. */
  extent: [number, number];
  /** Where the news is: the window a first look opens on (see focusWindow). */
  focus: [number, number];
}

const DAY = 86_400_000;

/**
 * The window that holds the bulk of the events: the 5th to 95th percentile of their midpoints,
 * padded. News mentions history ("1991年", "2014年") and a timeline opened on the full extent would
 * crush the weeks the articles are about into one pixel; the full range stays one zoom-out away.
 */
export function focusWindow(events: IndexedEvent[], extent: [number, number]): [number, number] {
  if (events.length < 2) return extent;
  const mids = events.map((e) => (e.t0 + e.t1) / 2).sort((a, b) => a - b);
  const at = (q: number) => mids[Math.min(mids.length - 1, Math.floor(q * mids.length))]!;
  const lo = at(0.05);
  const hi = at(0.95);
  const pad = Math.max((hi - lo) * 0.08, 3 * DAY);
  return [Math.max(extent[0], Math.floor((lo - pad) / DAY) * DAY), Math.min(extent[1], Math.ceil((hi + pad) / DAY) * DAY)];
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const events = dataset.events
    .map((event) => ({ event, t0: dayStart(event.start), t1: dayEnd(event.end) }))
    .sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.event.id < b.event.id ? -1 : 1));
  const eventsByPlace = new Map<string, IndexedEvent[]>();
  for (const e of events)
    for (const p of e.event.places) {
      let list = eventsByPlace.get(p);
      if (!list) eventsByPlace.set(p, (list = []));
      list.push(e);
    }
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.t0 < lo) lo = e.t0;
    if (e.t1 > hi) hi = e.t1;
  }
  const extent: [number, number] = events.length ? [lo, hi] : [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];
  return {
    dataset,
    events,
    eventById: new Map(events.map((e) => [e.event.id, e])),
    articleById: new Map(dataset.articles.map((a) => [a.id, a])),
    placeById: new Map(dataset.places.map((p) => [p.id, p])),
    eventsByPlace,
    extent,
    focus: focusWindow(events, extent),
  };
}
