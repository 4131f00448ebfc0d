// What every export shares: each event with its article and its places, looked up once. Plain
// TypeScript over the dataset (no Node, no DOM), so the app can export the view it shows.
import type { Article, Dataset, NewsEvent, Place } from '../../src/lib/schema.ts';

export interface EventPlace {
  event: NewsEvent;
  /** Undefined only when the dataset lacks the event's article (a hand-made or filtered one). */
  article: Article | undefined;
  /** Undefined for the one row of an event without places, or a place id the dataset lacks. */
  place: Place | undefined;
  /** The id as the event names it (set even when the place record is missing). */
  placeId: string | undefined;
}

/**
 * One row per event and place, in the dataset's order: events in order, each event's places in
 * the order its sentence names them. With `unplaced`, an event without places gives one row with
 * no place; without it, such events give nothing.
 */
export function eventPlaces(dataset: Dataset, unplaced: boolean): EventPlace[] {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const rows: EventPlace[] = [];
  for (const event of dataset.events) {
    const article = articles.get(event.article);
    if (event.places.length === 0) {
      if (unplaced) rows.push({ event, article, place: undefined, placeId: undefined });
      continue;
    }
    for (const placeId of event.places) rows.push({ event, article, place: places.get(placeId), placeId });
  }
  return rows;
}

/** An address a browser may follow: http(s) only, so nothing exported runs script. */
export function webAddress(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

/** An address a viewer loads by itself (a picture): https only, so nothing is fetched in the clear. */
export function secureAddress(url: string | undefined): string | undefined {
  return url !== undefined && /^https:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}
