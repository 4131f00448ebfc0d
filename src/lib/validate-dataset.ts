// Checks a parsed dataset against the contract and keeps what is sound. A dataset from elsewhere may
// carry a few broken records among thousands of good ones; refusing it whole would leave a blank
// page, so broken articles, places and events are dropped and counted, and the person is told which
// and why. Only a dataset that is not one at all (another version, no arrays, nothing usable) fails.
//
// Records go through the fast checks of record-checks.ts; zod (schema.ts) is asked only about those
// that fail, for the precise message.
import { articleSchema, DATASET_VERSION, newsEventSchema, placeSchema, type Dataset } from './schema.ts';
import { isArticle, isEvent, isPlace } from './record-checks.ts';
import type { z } from 'zod';

export type ValidationProblem = 'version' | 'invalid';

/** What was left out of a dataset that was otherwise used. */
export interface Skipped {
  articles: number;
  places: number;
  events: number;
  /** The first few reasons, `events.12.start: expected a YYYY-MM-DD day`. */
  reasons: string[];
}

export type Validation =
  | { ok: true; dataset: Dataset; skipped: Skipped | null }
  | { ok: false; problem: ValidationProblem; detail: string };

const MAX_REASONS = 3;
/**
 * Beyond the contract, a sense of proportion: an event's text is one sentence and a title a line.
 * A multi-megabyte "sentence" is an attack or an accident, and laying it out would freeze the tab.
 */
export const MAX_SENTENCE = 10_000;
export const MAX_TITLE = 2_000;

function firstIssue(schema: z.ZodType, value: unknown, where: string): string {
  const parsed = schema.safeParse(value);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (!issue) return `${where}: not a valid record`;
  return `${[where, ...issue.path].join('.')}: ${issue.message}`;
}

/** A sound-shaped event that still cannot be used: it points nowhere, runs backwards or repeats. */
function eventProblem(
  event: Dataset['events'][number],
  i: number,
  articleIds: Set<string>,
  placeIds: Set<string>,
  eventIds: Set<string>,
): string | null {
  if (!articleIds.has(event.article)) return `events.${i}.article: unknown article ${event.article}`;
  for (const p of event.places) if (!placeIds.has(p)) return `events.${i}.places: unknown place ${p}`;
  if (event.start > event.end) return `events.${i}.end: end before start`;
  if (eventIds.has(event.id)) return `events.${i}.id: repeats ${event.id}`;
  if (event.text.length > MAX_SENTENCE) return `events.${i}.text: ${event.text.length} characters, more than a sentence (${MAX_SENTENCE})`;
  return null;
}

export function validateDataset(raw: unknown): Validation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problem: 'invalid', detail: '(top level): expected an object with version, articles, places and events' };
  const data = raw as Record<string, unknown>;
  if (data.version !== DATASET_VERSION)
    return { ok: false, problem: 'version', detail: `version ${JSON.stringify(data.version)}, expected ${DATASET_VERSION}` };
  for (const key of ['articles', 'places', 'events'] as const)
    if (!Array.isArray(data[key])) return { ok: false, problem: 'invalid', detail: `${key}: expected an array` };

  const skipped: Skipped = { articles: 0, places: 0, events: 0, reasons: [] };
  const skip = (kind: 'articles' | 'places' | 'events', reason: () => string) => {
    skipped[kind]++;
    if (skipped.reasons.length < MAX_REASONS) skipped.reasons.push(reason());
  };

  // A repeated id would make two records one; the first is kept.
  const articles: Dataset['articles'] = [];
  const articleIds = new Set<string>();
  (data.articles as unknown[]).forEach((a, i) => {
    if (!isArticle(a)) return skip('articles', () => firstIssue(articleSchema, a, `articles.${i}`));
    const article = a as Dataset['articles'][number];
    if (articleIds.has(article.id)) return skip('articles', () => `articles.${i}.id: repeats ${article.id}`);
    if (article.title.length > MAX_TITLE) return skip('articles', () => `articles.${i}.title: ${article.title.length} characters, more than a title (${MAX_TITLE})`);
    articleIds.add(article.id);
    articles.push(article);
  });

  const places: Dataset['places'] = [];
  const placeIds = new Set<string>();
  (data.places as unknown[]).forEach((p, i) => {
    if (!isPlace(p)) return skip('places', () => firstIssue(placeSchema, p, `places.${i}`));
    const place = p as Dataset['places'][number];
    if (placeIds.has(place.id)) return skip('places', () => `places.${i}.id: repeats ${place.id}`);
    placeIds.add(place.id);
    places.push(place);
  });

  const events: Dataset['events'] = [];
  const eventIds = new Set<string>();
  const rawEvents = data.events as unknown[];
  for (let i = 0; i < rawEvents.length; i++) {
    const e = rawEvents[i];
    if (!isEvent(e)) {
      skip('events', () => firstIssue(newsEventSchema, e, `events.${i}`));
      continue;
    }
    const event = e as Dataset['events'][number];
    const problem = eventProblem(event, i, articleIds, placeIds, eventIds);
    if (problem) {
      skip('events', () => problem);
      continue;
    }
    eventIds.add(event.id);
    events.push(event);
  }

  const dropped = skipped.articles + skipped.places + skipped.events;
  if (rawEvents.length > 0 && events.length === 0)
    return { ok: false, problem: 'invalid', detail: `no usable event (${skipped.events} broken): ${skipped.reasons.join('; ')}` };
  return { ok: true, dataset: { version: DATASET_VERSION, articles, places, events }, skipped: dropped ? skipped : null };
}
