// The dataset's compact twin: the same records with the events stored as columns, 40% of the bytes,
// which a browser reads into the same objects sooner. The contract file (../shared/spec/dataset.md)
// stays the dataset — what the prebuild writes, what other tools read, what `data=` usually names;
// a build also writes this twin of it (scripts/vite-pin-dataset.ts) and the app reads the twin first.
//
// Why: 100 000 events are 45 MB of JSON, and on a two-core machine the download, decode and parse
// took some 0.8 s of the 1.5 s first-render budget (issue 4); JSON.parse builds objects key by key,
// and every key is spelled out 100 000 times. As columns — days, precisions and references as
// numbers, a mention's text as its length within the sentence — the same events are 19 MB and
// parse into arrays of numbers and strings: `npm run bench` draws 100 000 events from the twin
// about a quarter of a second sooner than from the file (1.41 s against 1.65 s). Decoding rebuilds the contract's records exactly, and the
// app then checks them like any dataset (validate-dataset.ts), so a twin that lies is caught the same way.
import { PRECISIONS, type Article, type Dataset, type NewsEvent, type Place } from './schema.ts';

export const COMPACT_FORMAT = 'chronomap-compact';
export const COMPACT_VERSION = 1;

/** A day, as days since 1970-01-01 UTC, or as its text when that would not give it back (`2022-02-30`). */
type Day = number | string;
/** A reference to an article or a place, as its index, or as its id when it names none (left for the checks to report). */
type Ref = number | string;
/** Text within the sentence, as its length from the offset, or as itself when the sentence does not hold it there. */
type Span = number | string;

export interface CompactDataset {
  format: typeof COMPACT_FORMAT;
  version: typeof COMPACT_VERSION;
  /** The contract version of the dataset it is a twin of. */
  dataset: number;
  articles: Article[];
  places: Place[];
  /** The resolution rules named by time mentions, referred to by index. */
  rules: string[];
  events: {
    id: string[];
    article: Ref[];
    text: string[];
    start: Day[];
    end: Day[];
    /** Index into PRECISIONS. */
    precision: number[];
    // The lists of all events run one after another in one flat array each, with each event's
    // count beside it: 300 000 small arrays fewer to parse and collect measured a third off the parse.
    placeCount: number[];
    places: Ref[];
    timeCount: number[];
    /** Six values per time mention: offset, text (Span), start, end, precision, rule (index, -1 for none). */
    times: (number | string)[];
    mentionCount: number[];
    /** Three values per place mention: offset, text (Span), place (Ref). */
    mentions: (number | string)[];
  };
}

const DAY_MS = 86_400_000;
/** Date's own range, ±100 million days: beyond it toISOString throws. */
const MAX_DAYS = 100_000_000;

const dayText = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

function encodeDay(day: string): Day {
  const n = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
  return Number.isInteger(n) && dayText(n) === day ? n : day;
}

function encodeSpan(sentence: string, offset: number, text: string): Span {
  return sentence.slice(offset, offset + text.length) === text ? text.length : text;
}

/** The twin of a dataset (build side). */
export function encodeCompact(dataset: Dataset): CompactDataset {
  const articleIndex = new Map(dataset.articles.map((a, i) => [a.id, i]));
  const placeIndex = new Map(dataset.places.map((p, i) => [p.id, i]));
  const rules: string[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleOf = (rule: string | undefined): number => {
    if (rule === undefined) return -1;
    let i = ruleIndex.get(rule);
    if (i === undefined) ruleIndex.set(rule, (i = rules.push(rule) - 1));
    return i;
  };
  const precisionOf = (p: string): number => PRECISIONS.indexOf(p as (typeof PRECISIONS)[number]);
  const events: CompactDataset['events'] = {
    id: [], article: [], text: [], start: [], end: [], precision: [],
    placeCount: [], places: [], timeCount: [], times: [], mentionCount: [], mentions: [],
  };
  for (const e of dataset.events) {
    events.id.push(e.id);
    events.article.push(articleIndex.get(e.article) ?? e.article);
    events.text.push(e.text);
    events.start.push(encodeDay(e.start));
    events.end.push(encodeDay(e.end));
    events.precision.push(precisionOf(e.precision));
    events.placeCount.push(e.places.length);
    for (const p of e.places) events.places.push(placeIndex.get(p) ?? p);
    events.timeCount.push(e.times.length);
    for (const t of e.times)
      events.times.push(t.offset, encodeSpan(e.text, t.offset, t.text), encodeDay(t.start), encodeDay(t.end), precisionOf(t.precision), ruleOf(t.rule));
    events.mentionCount.push(e.mentions.length);
    for (const m of e.mentions) events.mentions.push(m.offset, encodeSpan(e.text, m.offset, m.text), placeIndex.get(m.place) ?? m.place);
  }
  return { format: COMPACT_FORMAT, version: COMPACT_VERSION, dataset: dataset.version, articles: dataset.articles, places: dataset.places, rules, events };
}

export const isCompact = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === COMPACT_FORMAT;

/** Why a twin cannot be read at all (a broken record is left to the checks, which name it). */
export class CompactError extends Error {}

/**
 * The contract-shaped dataset inside a twin (app side). A value of the wrong kind becomes undefined
 * in the rebuilt record, so the checks that follow drop that record and name its field; only a
 * twin without its columns is refused whole.
 */
export function decodeCompact(raw: unknown): unknown {
  const twin = raw as Partial<CompactDataset>;
  if (twin.version !== COMPACT_VERSION) throw new CompactError(`compact twin version ${JSON.stringify(twin.version)}, expected ${COMPACT_VERSION}`);
  const c = twin.events as CompactDataset['events'] | undefined;
  const n = Array.isArray(c?.id) ? c.id.length : -1;
  for (const name of ['id', 'article', 'text', 'start', 'end', 'precision', 'placeCount', 'timeCount', 'mentionCount'] as const)
    if (!Array.isArray(c?.[name]) || c[name].length !== n) throw new CompactError(`events.${name}: expected a column as long as events.id`);
  for (const [list, count, width] of [['places', 'placeCount', 1], ['times', 'timeCount', 6], ['mentions', 'mentionCount', 3]] as const) {
    let total = 0;
    for (const k of c![count]) total += Number.isInteger(k) && k >= 0 ? k : NaN;
    if (!Array.isArray(c![list]) || c![list].length !== total * width) throw new CompactError(`events.${list}: expected as many values as events.${count} says`);
  }
  const columns = c!;
  const articles: unknown[] = Array.isArray(twin.articles) ? twin.articles : [];
  const places: unknown[] = Array.isArray(twin.places) ? twin.places : [];
  const rules: unknown[] = Array.isArray(twin.rules) ? twin.rules : [];

  // Few distinct days recur across 100 000 events: each is turned into text once.
  const days = new Map<number, string>();
  const day = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (!Number.isInteger(v) || Math.abs(v as number) > MAX_DAYS) return undefined;
    let s = days.get(v as number);
    if (s === undefined) days.set(v as number, (s = dayText(v as number)));
    return s;
  };
  const idOf = (list: unknown[], v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    const record = Number.isInteger(v) ? (list[v as number] as { id?: unknown } | undefined) : undefined;
    return typeof record?.id === 'string' ? record.id : undefined;
  };
  const precision = (v: unknown): string | undefined => (Number.isInteger(v) ? PRECISIONS[v as number] : undefined);
  const span = (sentence: unknown, offset: unknown, v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (typeof sentence !== 'string' || !Number.isInteger(offset) || !Number.isInteger(v)) return undefined;
    return sentence.slice(offset as number, (offset as number) + (v as number));
  };

  const { places: P, times: T, mentions: M } = columns;
  let p = 0;
  let t = 0;
  let m = 0;
  const events: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const text = columns.text[i];
    const eventPlaces: (string | undefined)[] = [];
    for (const end = p + columns.placeCount[i]!; p < end; p++) eventPlaces.push(idOf(places, P[p]));
    const times: NewsEvent['times'] = [];
    for (const end = t + 6 * columns.timeCount[i]!; t < end; t += 6) {
      // A rule index naming no rule becomes null, which the checks refuse, rather than no rule.
      const ruleAt = T[t + 5];
      const rule = ruleAt === -1 ? undefined : Number.isInteger(ruleAt) && typeof rules[ruleAt as number] === 'string' ? rules[ruleAt as number] : null;
      const time = { text: span(text, T[t], T[t + 1]), offset: T[t], start: day(T[t + 2]), end: day(T[t + 3]), precision: precision(T[t + 4]) } as NewsEvent['times'][number];
      if (rule !== undefined) time.rule = rule as string;
      times.push(time);
    }
    const mentions: NewsEvent['mentions'] = [];
    for (const end = m + 3 * columns.mentionCount[i]!; m < end; m += 3)
      mentions.push({ text: span(text, M[m], M[m + 1]), offset: M[m], place: idOf(places, M[m + 2]) } as NewsEvent['mentions'][number]);
    events.push({
      id: columns.id[i],
      article: idOf(articles, columns.article[i]),
      text,
      start: day(columns.start[i]),
      end: day(columns.end[i]),
      precision: precision(columns.precision[i]),
      times,
      mentions,
      places: eventPlaces,
    });
  }
  return { version: twin.dataset, articles: twin.articles, places: twin.places, events };
}
