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
  return {
    dataset,
    events,
    eventById: new Map(events.map((e) => [e.event.id, e])),
    articleById: new Map(dataset.articles.map((a) => [a.id, a])),
    placeById: new Map(dataset.places.map((p) => [p.id, p])),
    eventsByPlace,
    extent: events.length ? [lo, hi] : [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)],
  };
}
