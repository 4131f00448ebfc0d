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
//
// Decisions beyond dates-zh.md (each with table-driven tests in test/unit/times/):
//
// - Datelines (新华社基辅3月1日电, （中央社台北5日电）, 本报莫斯科3月1日电, 中新网3月1日电, …5月10日消息): the
//   dateline's day is a calendar time, and once read it is the writer's "today" for the rest of the
//   article: 今天 / 昨天 / 周二 / 5日 / 两天前 after it count from it, not from the publication day (a print
//   edition dated the next day still means the dateline's 昨天). Taken only at the start of a sentence,
//   after a news organisation and not after 据 / 援引 (a cited report), within a month before publication
//   or a day after it; the title is read before it. 【明报专讯】 and 本报讯 carry no day and change nothing.
// - Inside a quotation, today is the speaker's: 他周五说：“今天…” is that Friday, when the speaker's day
//   stands in the same clause before the quote; otherwise the reference day.
// - 自X以来 / X以来 / X至今: X alone by default ('anchor', as the gold marks it), so 年初至今 is 年初
//   (January–March) and 今年以来 is 今年; context option since: 'span' gives X to the reference day.
//   Where such a span starts is not what a later 当天 / 当晚 points back at, unless the sentence has no
//   other date.
// - Counted back from the reference day: 三天前 / 两天以前 (that day), 一周前 / 两个星期前 (the ISO week of
//   that day, precision week), 一个月前 (that calendar month). Not 几天前 / 一两天前 (vague), not 两年前
//   (left out as vague), not 三天后 / 两周后 (as often counted from an event as from now), not after 的 /
//   之 (会谈的两天前). 峰会前一天 counts from the summit and is left out; 前一天 alone points back.
// - Holidays by name are one day (holidays.ts): fixed ones (劳动节 / 五一假期 5/1, 元旦, 圣诞节 …), lunar
//   ones from a table checked against ICU (春节, 除夕, 元宵节, 端午节, 中秋节), 胜利日 = 9 May (欧洲胜利日
//   8 May, 抗战胜利日 3 September), 国庆 = 1 October only as 国庆节 / the 国庆 holiday / 中国国庆 in
//   simplified text (a bare 国庆日 may be Singapore's, 國慶 Taiwan's), 独立日 only with its country
//   (乌克兰独立日 8/24); 复活节 and movable feasts are left out.
// - Time of day after a bracket belongs to the day (周三（16日）早上); a bracketed weekday character after a
//   date is part of it when it agrees (4月5日（二）); weekdays, a weekend or a week followed by their dates
//   in brackets are one expression with the bracket's interval (本周二和周三（7月11日至12日）, 上周末（8日至
//   9日）); two such pairs around 至 are one range (周日（27日）晚间至周一（28日）凌晨).
// - Taiwan's month/day with a slash only where it cannot be a fraction: in brackets (3/18), after 于/於
//   (於4/8舉行), before a bracketed weekday (4/8(五)) or where a span starts (2/24起). Day-first numeric
//   dates: 3.3.2022 always, 18/03/2022 only when one number cannot be a month. 112年1月3日 is 民国 112
//   (2023) only before a month. Spaces around numbers (2022 年 2 月 24 日, 澤倫斯基 21 日表示, 星期 6) are
//   read as if absent. 较早前 / 較早時候 after a month, week or year is the whole of it, like 早些时候.
// - A year-less date in a clause without tense leans to the past: a later reading wins only when it is
//   three times nearer (赫尔松市于3月2日被占领 in November is last March). After a word that points back
//   (在此之前的12月1日) it takes the year nearest to the article's last date.
// - X周年 is a year only when the sentence counts it from a written year (1991年…30周年) or says the year
//   is the anniversary's (今年是…30周年); 届时正值…75周年 is left out as vague.
// - Bare days after words that measure time are amounts (停火30日, 为期3日); 三日 in one Chinese numeral is a
//   day only before a verb or a schedule word (三日表示), never before punctuation (访问三日。).
// - Every result lies within 1000–2200 with start ≤ end; anything else is dropped as a misreading. No input
//   throws, and the work is linear in the length of the sentence (long runs without punctuation included).
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
   * The day of the article's dateline (新华社基辅3月1日电, 中央社台北5日电), 'YYYY-MM-DD', once a sentence
   * opened with one; everything after it resolves against this day instead of `reference`. Set by
   * extractTimes.
   */
  dateline: string | null;
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
  return { reference: referenceDay, last: null, dateline: null, since: options.since ?? 'anchor' };
}

// Parsing the same reference day and the interval we wrote ourselves for every sentence of an article
// shows up in profiles; both are remembered.
const dayCache = { text: ['', ''], day: [0, 0] };
const spanOfLast = new WeakMap<DayInterval, LastSpan>();

/** Day number of an ISO day, remembered in one of two slots (0: the reference, 1: the dateline). */
function dayOf(text: string, slot: 0 | 1): number {
  if (dayCache.text[slot] !== text) {
    dayCache.day[slot] = parseIsoDay(text);
    dayCache.text[slot] = text;
  }
  return dayCache.day[slot] ?? 0;
}

/** Every calendar time expression in one sentence, in order of offset, non-overlapping (longest wins). */
export function extractTimes(sentence: string, ctx: TimeContext): TimeMention[] {
  if (!sentence) return [];
  const last = ctx.last ? (spanOfLast.get(ctx.last) ?? toLastSpan(ctx.last)) : null;
  const dateline = ctx.dateline ? dayOf(ctx.dateline, 1) : null;
  const state = { ref: dayOf(ctx.reference, 0), dateline, last, sinceSpans: ctx.since === 'span' };
  const found = findTimes(sentence, state);
  if (found.length === 0) return [];
  if (state.dateline !== dateline && state.dateline !== null) ctx.dateline = isoDay(state.dateline);
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
