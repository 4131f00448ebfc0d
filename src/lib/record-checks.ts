// Fast yes/no checks of one dataset record, mirroring the zod schemas in schema.ts exactly.
// Why both: zod gives the precise message a person needs, but walking 100 000 events through it
// takes about half a second in the browser, a third of the first-render budget (issue 4). The app
// checks every record here and asks zod only about the few that fail, for their message. A property
// test (test/unit/lib/record-checks.test.ts) holds the two to the same verdict on mutated records.
import { PRECISIONS } from './schema.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const PRECISION = new Set<unknown>(PRECISIONS);

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
export const isName = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
export const isDay = (v: unknown): boolean => typeof v === 'string' && DAY.test(v);
export const isOffset = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isOptionalText = (v: unknown): boolean => v === undefined || typeof v === 'string';
const inRange = (v: unknown, limit: number): boolean => typeof v === 'number' && v >= -limit && v <= limit;

function every(v: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!check(item)) return false;
  return true;
}

export function isArticle(v: unknown): boolean {
  return (
    isRow(v) &&
    isName(v.id) &&
    isName(v.file) &&
    isText(v.title) &&
    isText(v.source) &&
    typeof v.published === 'string' &&
    UTC_INSTANT.test(v.published) &&
    every(v.categories, isText) &&
    isOptionalText(v.image) &&
    isOptionalText(v.url)
  );
}

export function isPlace(v: unknown): boolean {
  return (
    isRow(v) &&
    isName(v.id) &&
    isRow(v.name) &&
    isText(v.name.zh) &&
    isText(v.name.en) &&
    isName(v.kind) &&
    inRange(v.lat, 90) &&
    inRange(v.lon, 180) &&
    (v.country === undefined || (typeof v.country === 'string' && v.country.length === 2))
  );
}

function isTimeMention(v: unknown): boolean {
  return (
    isRow(v) &&
    isName(v.text) &&
    isOffset(v.offset) &&
    isDay(v.start) &&
    isDay(v.end) &&
    PRECISION.has(v.precision) &&
    isOptionalText(v.rule)
  );
}

function isPlaceMention(v: unknown): boolean {
  return isRow(v) && isName(v.text) && isOffset(v.offset) && isName(v.place);
}

/**
 * Marks an event whose date and place mentions were already checked where they came from (a
 * compact twin checks them in its columns and builds them only when read, compact-dataset.ts).
 * A symbol, so no parsed JSON can carry it.
 */
export const MENTIONS_CHECKED = Symbol('mentions checked');

/** The event's own shape; references and order are the caller's business (they need the whole set). */
export function isEvent(v: unknown): boolean {
  return (
    isRow(v) &&
    isName(v.id) &&
    isName(v.article) &&
    isName(v.text) &&
    isDay(v.start) &&
    isDay(v.end) &&
    PRECISION.has(v.precision) &&
    ((v as { [MENTIONS_CHECKED]?: boolean })[MENTIONS_CHECKED] === true || (every(v.times, isTimeMention) && every(v.mentions, isPlaceMention))) &&
    every(v.places, isText)
  );
}
