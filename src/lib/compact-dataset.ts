// The dataset's compact twin: the same records with the events stored as columns, at 40% of the
// bytes. The contract file (../shared/spec/dataset.md) stays the dataset — what the prebuild
// writes, what other tools read, what `data=` usually names; a build also writes this twin of it
// (scripts/vite-pin-dataset.ts), and the app reads the twin first.
//
// Why: 100 000 events are 45 MB of JSON, and on a two-core machine downloading, decoding and
// parsing them took some 0.8 s of the 1.5 s first-render budget (issue 4): JSON.parse builds every
// object key by key, and each key is spelled out 100 000 times. As columns — days, precisions and
// references as numbers, a mention's text as its length within the sentence — the events are 19 MB
// and parse into arrays of numbers and strings. The records are rebuilt as the contract has them,
// except that an event's date and place mentions, checked here in their columns, are built only
// when first read (TwinEvent): the timeline, map and list never read them. The app then checks the
// records like any dataset's (validate-dataset.ts), so a twin that lies is caught the same way.
import { PRECISIONS, type Article, type Dataset, type NewsEvent, type Place } from './schema.ts';
import { isDay, isOffset, MENTIONS_CHECKED } from './record-checks.ts';

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

type Columns = CompactDataset['events'];

/** Reads the values of a twin's columns back into the contract's terms. */
class Reader {
  // Few distinct days recur across 100 000 events: each is turned into text, and checked, once.
  readonly #days = new Map<number, { text: string; ok: boolean }>();

  #dayOf(v: unknown): { text: string; ok: boolean } | undefined {
    if (!Number.isInteger(v) || Math.abs(v as number) > MAX_DAYS) return undefined;
    let d = this.#days.get(v as number);
    if (d === undefined) {
      const text = dayText(v as number);
      // A day beyond year 9999 has no YYYY-MM-DD text: it keeps its own, which the checks refuse.
      this.#days.set(v as number, (d = { text, ok: isDay(text) }));
    }
    return d;
  }

  constructor(
    readonly columns: Columns,
    readonly articles: unknown[],
    readonly places: unknown[],
    readonly rules: unknown[],
  ) {}

  day(v: unknown): string | undefined {
    return typeof v === 'string' ? v : this.#dayOf(v)?.text;
  }

  dayOk(v: unknown): boolean {
    return typeof v === 'string' ? isDay(v) : this.#dayOf(v)?.ok === true;
  }

  id(list: unknown[], v: unknown): string | undefined {
    if (typeof v === 'string') return v;
    const record = Number.isInteger(v) ? (list[v as number] as { id?: unknown } | undefined) : undefined;
    return typeof record?.id === 'string' ? record.id : undefined;
  }

  precision(v: unknown): string | undefined {
    return Number.isInteger(v) ? PRECISIONS[v as number] : undefined;
  }

  /** A rule index naming no rule reads as null, which the checks refuse, rather than as no rule. */
  rule(v: unknown): string | null | undefined {
    if (v === -1) return undefined;
    return Number.isInteger(v) && typeof this.rules[v as number] === 'string' ? (this.rules[v as number] as string) : null;
  }

  span(sentence: unknown, offset: unknown, v: unknown): string | undefined {
    if (typeof v === 'string') return v;
    if (typeof sentence !== 'string' || !Number.isInteger(offset) || !Number.isInteger(v)) return undefined;
    return sentence.slice(offset as number, (offset as number) + (v as number));
  }

  /** Whether a span is surely a non-empty text (when unsure, the built record is checked instead). */
  spanOk(sentence: unknown, offset: unknown, v: unknown): boolean {
    if (typeof v === 'string') return v.length > 0;
    return typeof sentence === 'string' && isOffset(offset) && Number.isInteger(v) && (v as number) >= 1 && (offset as number) < sentence.length;
  }

  times(sentence: unknown, at: number, count: number): NewsEvent['times'] {
    const T = this.columns.times;
    const times: NewsEvent['times'] = [];
    for (let t = at; t < at + 6 * count; t += 6) {
      const time = { text: this.span(sentence, T[t], T[t + 1]), offset: T[t], start: this.day(T[t + 2]), end: this.day(T[t + 3]), precision: this.precision(T[t + 4]) } as NewsEvent['times'][number];
      const rule = this.rule(T[t + 5]);
      if (rule !== undefined) time.rule = rule as string;
      times.push(time);
    }
    return times;
  }

  mentions(sentence: unknown, at: number, count: number): NewsEvent['mentions'] {
    const M = this.columns.mentions;
    const mentions: NewsEvent['mentions'] = [];
    for (let m = at; m < at + 3 * count; m += 3)
      mentions.push({ text: this.span(sentence, M[m], M[m + 1]), offset: M[m], place: this.id(this.places, M[m + 2]) } as NewsEvent['mentions'][number]);
    return mentions;
  }

  /** Whether every date and place mention of an event would pass the checks, read from the columns alone. */
  mentionsOk(sentence: unknown, t: number, timeCount: number, m: number, mentionCount: number): boolean {
    const { times: T, mentions: M } = this.columns;
    for (let k = t; k < t + 6 * timeCount; k += 6)
      if (!this.spanOk(sentence, T[k], T[k + 1]) || !this.dayOk(T[k + 2]) || !this.dayOk(T[k + 3]) || this.precision(T[k + 4]) === undefined || this.rule(T[k + 5]) === null)
        return false;
    for (let k = m; k < m + 3 * mentionCount; k += 3) {
      const place = this.id(this.places, M[k + 2]);
      if (!this.spanOk(sentence, M[k], M[k + 1]) || place === undefined || place.length === 0) return false;
    }
    return true;
  }
}

/**
 * An event of a twin whose date and place mentions passed their checks in the columns: its lists
 * are built when first read, and most never are (the timeline, map and list need neither; the
 * detail panel and the exports do). JSON.stringify writes it whole, as the contract's record.
 */
class TwinEvent {
  declare readonly [MENTIONS_CHECKED]: true;
  readonly #reader: Reader;
  // Where its lists start in the columns, and how many each holds.
  readonly #timesAt: number;
  readonly #timeCount: number;
  readonly #mentionsAt: number;
  readonly #mentionCount: number;

  constructor(
    readonly id: unknown,
    readonly article: string | undefined,
    readonly text: unknown,
    readonly start: string | undefined,
    readonly end: string | undefined,
    readonly precision: string | undefined,
    readonly places: (string | undefined)[],
    reader: Reader,
    lists: { timesAt: number; timeCount: number; mentionsAt: number; mentionCount: number },
  ) {
    this.#reader = reader;
    this.#timesAt = lists.timesAt;
    this.#timeCount = lists.timeCount;
    this.#mentionsAt = lists.mentionsAt;
    this.#mentionCount = lists.mentionCount;
  }

  get times(): NewsEvent['times'] {
    return this.#keep('times', this.#reader.times(this.text, this.#timesAt, this.#timeCount));
  }

  get mentions(): NewsEvent['mentions'] {
    return this.#keep('mentions', this.#reader.mentions(this.text, this.#mentionsAt, this.#mentionCount));
  }

  /** Built once: an own property from now on, in front of the getter. */
  #keep<T>(key: 'times' | 'mentions', value: T): T {
    Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  }

  toJSON(): Record<string, unknown> {
    const { id, article, text, start, end, precision, times, mentions, places } = this;
    return { id, article, text, start, end, precision, times, mentions, places };
  }
}
Object.defineProperty(TwinEvent.prototype, MENTIONS_CHECKED, { value: true });

/**
 * The contract-shaped dataset inside a twin (app side). A value of the wrong kind becomes undefined
 * in the rebuilt record, so the checks that follow drop that record and name its field; only a
 * twin without its columns is refused whole.
 */
export function decodeCompact(raw: unknown): unknown {
  const twin = raw as Partial<CompactDataset>;
  if (twin.version !== COMPACT_VERSION) throw new CompactError(`compact twin version ${JSON.stringify(twin.version)}, expected ${COMPACT_VERSION}`);
  const c = twin.events as Columns | undefined;
  const n = Array.isArray(c?.id) ? c.id.length : -1;
  for (const name of ['id', 'article', 'text', 'start', 'end', 'precision', 'placeCount', 'timeCount', 'mentionCount'] as const)
    if (!Array.isArray(c?.[name]) || c[name].length !== n) throw new CompactError(`events.${name}: expected a column as long as events.id`);
  for (const [list, count, width] of [['places', 'placeCount', 1], ['times', 'timeCount', 6], ['mentions', 'mentionCount', 3]] as const) {
    let total = 0;
    for (const k of c![count]) total += Number.isInteger(k) && k >= 0 ? k : NaN;
    if (!Array.isArray(c![list]) || c![list].length !== total * width) throw new CompactError(`events.${list}: expected as many values as events.${count} says`);
  }
  const columns = c!;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const places = list(twin.places);
  const articles = list(twin.articles);
  const read = new Reader(columns, articles, places, list(twin.rules));

  let p = 0;
  let t = 0;
  let m = 0;
  const events: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const text = columns.text[i];
    const eventPlaces: (string | undefined)[] = [];
    for (const end = p + columns.placeCount[i]!; p < end; p++) eventPlaces.push(read.id(places, columns.places[p]));
    const timeCount = columns.timeCount[i]!;
    const mentionCount = columns.mentionCount[i]!;
    const id = columns.id[i];
    const article = read.id(articles, columns.article[i]);
    const start = read.day(columns.start[i]);
    const end = read.day(columns.end[i]);
    const precision = read.precision(columns.precision[i]);
    if (read.mentionsOk(text, t, timeCount, m, mentionCount)) {
      const lists = { timesAt: t, timeCount, mentionsAt: m, mentionCount };
      events.push(new TwinEvent(id, article, text, start, end, precision, eventPlaces, read, lists));
    } else {
      // Something in the lists is off: the record is built whole, for the checks to name it.
      const times = read.times(text, t, timeCount);
      const mentions = read.mentions(text, m, mentionCount);
      events.push({ id, article, text, start, end, precision, times, mentions, places: eventPlaces });
    }
    t += 6 * timeCount;
    m += 3 * mentionCount;
  }
  return { version: twin.dataset, articles: twin.articles, places: twin.places, events };
}
