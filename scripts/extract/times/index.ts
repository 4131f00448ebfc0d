// The time-expression resolver: every calendar-anchored time expression of one Chinese sentence,
// resolved to an inclusive day interval against the article's publication day
// (rules: ../../../../shared/notes/dates-zh.md).
//
//   const ctx = newTimeContext('2022-04-05');
//   extractTimes('俄罗斯国防部4日表示，准备从5日早上开始…', ctx)
//     → [{ text: '4日', offset: 6, start: '2022-04-04', … }, { text: '5日早上', offset: 14, … }]
//
// Call it on the sentences of one article in reading order with one context: 同日 / 次日 / 当年
// resolve against the last date the article gave.
import type { TimeMention } from '../../../src/lib/schema.ts';
import { isoDay, parseIsoDay } from './calendar.ts';
import { findTimes, fromSpan, toLastSpan } from './engine.ts';
import type { LastSpan } from './types.ts';

export interface DayInterval {
  start: string;
  end: string;
  precision: TimeMention['precision'];
}

export interface TimeContext {
  /** The publisher's calendar day of publication, 'YYYY-MM-DD' (the caller already applied the time zone). */
  reference: string;
  /** The last resolved interval in this article so far (for 同日/当天/次日/第二天/当年/同年); updated by extractTimes. */
  last: DayInterval | null;
  /**
   * How 自X以来 / X以来 / X至今 come out. 'anchor' (the default): X alone, with X's own interval, as the
   * hand annotations mark it (自上周五以来 → 上周五). 'span': the whole phrase, X to the publication day.
   */
  since?: 'anchor' | 'span';
}

export interface TimeContextOptions {
  since?: 'anchor' | 'span';
}

export function newTimeContext(referenceDay: string, options: TimeContextOptions = {}): TimeContext {
  parseIsoDay(referenceDay); // refuse a malformed reference here, not in the middle of an article
  return { reference: referenceDay, last: null, since: options.since ?? 'anchor' };
}

// Parsing the same reference day and the interval we wrote ourselves for every sentence of an article
// shows up in profiles; both are remembered.
let cachedReference = '';
let cachedRef = 0;
const spanOfLast = new WeakMap<DayInterval, LastSpan>();

function referenceNumber(reference: string): number {
  if (reference !== cachedReference) {
    cachedRef = parseIsoDay(reference);
    cachedReference = reference;
  }
  return cachedRef;
}

/** Every calendar time expression in one sentence, in order of offset, non-overlapping (longest wins). */
export function extractTimes(sentence: string, ctx: TimeContext): TimeMention[] {
  if (!sentence) return [];
  const last = ctx.last ? (spanOfLast.get(ctx.last) ?? toLastSpan(ctx.last)) : null;
  const state = { ref: referenceNumber(ctx.reference), last, sinceSpans: ctx.since === 'span' };
  const found = findTimes(sentence, state);
  if (found.length === 0) return [];
  if (state.last && state.last !== last) {
    ctx.last = fromSpan(state.last);
    spanOfLast.set(ctx.last, state.last);
  }
  return found.map((f) => ({
    text: sentence.slice(f.start, f.end),
    offset: f.start,
    start: isoDay(f.res.s),
    end: isoDay(f.res.e),
    precision: f.res.precision,
    rule: f.res.rule,
  }));
}
