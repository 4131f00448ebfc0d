// Look-ups the views need, computed once per dataset: by id, events in time order, events by place.
import { dayStart } from './days.ts';
import type { Article, Dataset, NewsEvent, Place } from './schema.ts';
import { SearchKeys } from './search-keys.ts';

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
  /** Built on first use: most first looks never ask for an event by id. */
  readonly eventById: Map<string, IndexedEvent>;
  articleById: Map<string, Article>;
  placeById: Map<string, Place>;
  eventsByPlace: Map<string, IndexedEvent[]>;
  /** Per event (by `order`): its sentence, its article's title and its places' names, as a search key. */
  searchKeys: SearchKeys;
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
  // A typed array sorts numbers natively, without a comparator call per step.
  const mids = Float64Array.from(events, (e) => (e.t0 + e.t1) / 2).sort();
  const at = (q: number) => mids[Math.min(mids.length - 1, Math.floor(q * mids.length))]!;
  const lo = at(0.05);
  const hi = at(0.95);
  const pad = Math.max((hi - lo) * 0.08, 3 * DAY);
  return [Math.max(extent[0], Math.floor((lo - pad) / DAY) * DAY), Math.min(extent[1], Math.ceil((hi + pad) / DAY) * DAY)];
}

/**
 * Sorted by start, then end, then id. Events share start days by the dozen, so they are grouped by
 * day first and only each day's few are compared: a third of the comparisons of one big sort.
 */
function inTimeOrder(events: IndexedEvent[]): IndexedEvent[] {
  const byStart = new Map<number, IndexedEvent[]>();
  for (const e of events) {
    const group = byStart.get(e.t0);
    if (group) group.push(e);
    else byStart.set(e.t0, [e]);
  }
  const sorted: IndexedEvent[] = [];
  for (const day of Float64Array.from(byStart.keys()).sort()) {
    const group = byStart.get(day)!;
    if (group.length > 1) group.sort((a, b) => a.t1 - b.t1 || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
    for (const e of group) sorted.push(e);
  }
  return sorted;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  // Many events share a day: each distinct day is converted once.
  const starts = new Map<string, number>();
  const msOf = (day: string) => {
    let ms = starts.get(day);
    if (ms === undefined) starts.set(day, (ms = dayStart(day)));
    return ms;
  };
  const events = inTimeOrder(dataset.events.map((event) => ({ event, order: 0, t0: msOf(event.start), t1: msOf(event.end) + DAY })));
  events.forEach((e, i) => (e.order = i));
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const searchKeys = new SearchKeys(events.length, (order) => {
    const event = events[order]!.event;
    const names = event.places.flatMap((id) => {
      const p = placeById.get(id);
      return p ? [p.name.zh, p.name.en] : [];
    });
    return [event.text, articleById.get(event.article)?.title ?? '', ...names].join('\n');
  });
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
  const index: DatasetIndex = {
    dataset,
    events,
    get eventById() {
      const byId = new Map<string, IndexedEvent>();
      for (const e of events) byId.set(e.event.id, e);
      Object.defineProperty(this, 'eventById', { value: byId });
      return byId;
    },
    articleById,
    placeById,
    searchKeys,
    sources: byFrequency(dataset.articles.map((a) => a.source).filter(Boolean)),
    categories: byFrequency(dataset.articles.flatMap((a) => a.categories)),
    eventsByPlace,
    extent,
    focus: focusWindow(events, extent),
  };
  performance.mark('chronomap:indexed');
  return index;
}
