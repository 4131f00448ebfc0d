// Look-ups the views need, computed once per dataset: by id, events in time order, events by place.
import { dayEnd, dayStart } from './days.ts';
import type { Article, Dataset, NewsEvent, Place } from './schema.ts';
import { searchKey } from './search-text.ts';

export interface IndexedEvent {
  event: NewsEvent;
  /** Position in the sorted event list (and in `searchKeys`). */
  order: number;
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
  /** Per event (by `order`): its sentence, its article's title and its places' names, as a search key. */
  searchKeys: string[];
  /** Distinct sources and categories, most frequent first, for the filter menus. */
  sources: string[];
  categories: string[];
  /** The full time extent of all events, ms UTC. */
  extent: [number, number];
  /** Where the news is: the window a first look opens on (see focusWindow). */
  focus: [number, number];
}

const DAY = 86_400_000;

function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

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
  const events: IndexedEvent[] = dataset.events
    .map((event) => ({ event, order: 0, t0: dayStart(event.start), t1: dayEnd(event.end) }))
    .sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.event.id < b.event.id ? -1 : 1));
  events.forEach((e, i) => (e.order = i));
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const searchKeys = events.map(({ event }) =>
    searchKey(
      [event.text, articleById.get(event.article)?.title ?? '', ...event.places.flatMap((id) => {
        const p = placeById.get(id);
        return p ? [p.name.zh, p.name.en] : [];
      })].join('\n'),
    ),
  );
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
    articleById,
    placeById,
    searchKeys,
    sources: byFrequency(dataset.articles.map((a) => a.source).filter(Boolean)),
    categories: byFrequency(dataset.articles.flatMap((a) => a.categories)),
    eventsByPlace,
    extent,
    focus: focusWindow(events, extent),
  };
}
