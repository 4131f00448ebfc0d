// The engine: every recogniser proposes candidates on the normalised sentence, the longest ones win
// where they overlap, and the survivors resolve in reading order, joining into ranges and
// weekday-with-day pairs and remembering the last date for the back-references of what follows.
import { civil, dayNumber, isoDay, parseIsoDay, weekday } from './calendar.ts';
import { absoluteRecognizers } from './absolute.ts';
import { backrefRecognizers } from './backrefs.ts';
import { dayRecognizers } from './days.ts';
import { holidayRecognizers } from './holidays.ts';
import { normalize } from './normalize.ts';
import { LIST_CONNECTOR, RANGE_CONNECTOR, TIME_OF_DAY } from './numbers.ts';
import { KEY, SLOTS, scanKeys, windowFor } from './keys.ts';
import { joinRange, pairEnd, rangeAnchor, rangeRecognizers, resolvePair, sinceExtent } from './ranges.ts';
import { relativeRecognizers } from './relative.ts';
import { seasonRecognizers } from './seasons.ts';
import { clauseTense } from './tense.ts';
import { resolved, type Anchor, type Candidate, type Env, type LastSpan, type Precision, type Recognizer, type Resolved } from './types.ts';
import { weekdayRecognizers } from './weekdays.ts';
import { yearRecognizers } from './years.ts';

// 每周一至周五, 每年2月24日, 每月1日, 逢周三: recurrences. The match claims its characters so no part
// of it is read as a date, and resolves to nothing.
const RECURRENCE: Recognizer = {
  name: 'recurrence',
  keys: { any: KEY.EVERY, reach: 0 },
  re: /(?:每|逢)(?:年|个?月|周|星期|礼拜|天|日|个)?的?[0-9一二两三四五六七八九十廿卅年月日号周星期礼拜天末初底中旬至到~\-、和及]+/g,
  build: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    recurrence: true,
    resolve() {
      return null;
    },
  }),
};

const RECOGNIZERS: Recognizer[] = [
  RECURRENCE,
  ...absoluteRecognizers,
  ...yearRecognizers,
  ...dayRecognizers,
  ...weekdayRecognizers,
  ...relativeRecognizers,
  ...backrefRecognizers,
  ...seasonRecognizers,
  ...rangeRecognizers,
  ...holidayRecognizers,
];

// 每年2月24日, 每周一, 逢周三: recurrences, not dates.
const RECURRENCE_BEFORE = /(?:每(?:年|月|周|星期|个月|个)?的?|逢)$/;

/** Past this many candidates in one sentence, overlaps are found with a bitmap (see select). */
const MANY_CANDIDATES = 32;

export interface Found {
  start: number;
  end: number;
  res: Resolved;
  /**
   * Told by weekdays, a weekend or a week alone (周二, 周二至周三, 上周末): a bracket after it may restate
   * the dates (see mergeBracketed).
   */
  weekday?: boolean;
}

export interface EngineState {
  /** The publication day. */
  ref: number;
  /**
   * The day the article's dateline gave (新华社基辅3月1日电, 中央社台北5日电), once read: the writer's
   * "today", against which everything after it resolves. Null until a dateline is seen.
   */
  dateline: number | null;
  last: LastSpan | null;
  /** 自X以来 as X..publication (true) or as X alone, the way the hand annotations mark it (false). */
  sinceSpans: boolean;
}

const first = new Int32Array(SLOTS);
const last = new Int32Array(SLOTS);

function candidates(norm: string, orig: string): Candidate[] {
  const out: Candidate[] = [];
  const mask = scanKeys(norm, first, last);
  if (mask === 0) return out;
  for (const r of RECOGNIZERS) {
    const { any, all = 0, reach } = r.keys;
    if ((mask & any) === 0 || (mask & all) !== all) continue;
    const [start, to] = windowFor(any, mask, reach, first, last, norm.length);
    let from = start;
    if (r.gate) {
      const g = r.gate.exec(norm);
      if (!g) continue;
      from = Math.max(from, g.index - reach);
    }
    // The prefix up to `to` keeps every index (and every look-behind) of the sentence.
    const text = to < norm.length ? norm.slice(0, to) : norm;
    const re = r.re;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = r.build(m, norm, orig);
      if (c) out.push(c);
      // A refused match may hide a shorter good one starting inside it (本周一共 → 本周).
      else re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/**
 * Longest first, then earliest; a candidate overlapping an accepted one is dropped. A sentence has a
 * handful, so a list of the accepted ones is enough; past a few dozen (a pathological input) a
 * bitmap of claimed characters keeps the cost linear. A recurrence (每…) claims its span and is
 * dropped afterwards.
 */
function select(all: Candidate[], norm: string): Candidate[] {
  if (all.length === 0) return all;
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  if (all.length <= MANY_CANDIDATES) {
    for (const c of all) {
      let free = true;
      for (const t of taken) {
        if (c.start < t.end && t.start < c.end) {
          free = false;
          break;
        }
      }
      if (free) taken.push(c);
    }
  } else {
    const claimed = new Uint8Array(norm.length);
    for (const c of all) {
      let free = true;
      for (let i = c.start; i < c.end; i++) {
        if (claimed[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      claimed.fill(1, c.start, c.end);
      taken.push(c);
    }
  }
  const kept = taken.filter((c) => !c.recurrence && !RECURRENCE_BEFORE.test(norm.slice(Math.max(0, c.start - 4), c.start)));
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Where an incomplete expression may take its year or month from the one before it in the same
 * sentence: across a list connector (3月5日和7日, 2021年一季度和二季度), or anywhere after a full
 * past date far from publication (1991年12月25日…，12月26日…), where the publication year would be
 * wrong. A year-less date after a word that points back (在此之前的12月1日, 此后的3月) takes the year
 * nearest to the last date of the text. Elsewhere the publication day decides.
 */
function inheritAnchor(c: Candidate, prev: Found | null, norm: string, refY: number, last: LastSpan | null): Anchor | null {
  if (c.lacks === 'year' && last && last.precision !== 'decade' && BACK_CUE.test(norm.slice(Math.max(0, c.start - 6), c.start))) {
    return { mode: 'near', y: civil(last.s)[0], m: null, after: null, near: last.s };
  }
  if (!prev || (c.lacks !== 'month' && c.lacks !== 'year')) return null;
  const r = prev.res;
  if (r.statedMonth === null && r.statedYear === null) return null;
  const list = LIST_CONNECTOR.test(norm.slice(prev.end, c.start));
  const narrative =
    r.absoluteYear && r.statedYear !== null && r.statedMonth !== null && Math.abs(r.statedYear - refY) >= 2;
  if (!list && !narrative) return null;
  const y = r.statedYear ?? civil(r.s)[0];
  if (c.lacks === 'month') return r.statedMonth === null ? null : { mode: 'inherit', y, m: r.statedMonth, after: null };
  return r.statedYear === null ? null : { mode: 'inherit', y, m: null, after: null };
}

/** Words right before a date that point back at the one the text gave last. */
const BACK_CUE = /(?:此前|在此之前|之前|此后|在此之后|之后|随后|其后)的\s*$/;

/** The resolution context of one candidate; its clause tense is worked out only when asked for. */
class CandidateEnv implements Env {
  private clause: Env['tense'] | null = null;
  private ymd: [number, number, number] | null = null;
  readonly last: LastSpan | null;
  constructor(
    private readonly run: SentenceRun,
    private readonly c: Candidate,
    readonly anchor: Anchor | null,
    readonly ref: number,
  ) {
    this.last = run.state.last;
  }
  private civil(): [number, number, number] {
    return (this.ymd ??= this.ref === this.run.ref ? [this.run.refY, this.run.refM, this.run.refD] : civil(this.ref));
  }
  get refY() {
    return this.civil()[0];
  }
  get refM() {
    return this.civil()[1];
  }
  get refD() {
    return this.civil()[2];
  }
  get years() {
    return this.run.years;
  }
  get tense(): Env['tense'] {
    return (this.clause ??= clauseTense(this.run.norm, this.c.start, this.c.end));
  }
}

/** One sentence being resolved: the selected candidates in reading order and what came out so far. */
class SentenceRun {
  /** The day relative words count from: the dateline's day once there is one, else the publication day. */
  ref = 0;
  refY = 0;
  refM = 0;
  refD = 0;
  readonly years: Env['years'] = [];
  readonly out: Found[] = [];
  private prev: Found | null = null;
  /** A date of the sentence that is not only where a 自X以来 starts has been emitted. */
  private framed = false;
  private readonly quoted: boolean;

  constructor(
    readonly norm: string,
    readonly state: EngineState,
  ) {
    this.setReference(state.dateline ?? state.ref);
    this.quoted = OPEN_QUOTE.test(norm);
  }

  private setReference(day: number): void {
    this.ref = day;
    [this.refY, this.refM, this.refD] = civil(day);
  }

  /**
   * A dateline opening the sentence (新华社基辅3月1日电): its day becomes the reference for the rest of
   * the article, when it lies within a month before publication (or a day after: time zones).
   */
  private takeDateline(c: Candidate, res: Resolved): void {
    if (this.state.dateline !== null || res.precision !== 'day' || res.s !== res.e) return;
    if (res.s > this.state.ref + 1 || res.s < this.state.ref - DATELINE_REACH_DAYS) return;
    if (!isDateline(this.norm, c.start, c.end)) return;
    this.state.dateline = res.s;
    this.setReference(res.s);
  }

  env(c: Candidate, anchor: Anchor | null): Env {
    return new CandidateEnv(this, c, anchor, this.quoted ? this.speakersDay(c) : this.ref);
  }

  /** The environment of a candidate standing on its own: it may inherit from the one before. */
  ownEnv(c: Candidate): Env {
    return this.env(c, inheritAnchor(c, this.prev, this.norm, this.refY, this.state.last));
  }

  /**
   * Inside a quotation, today is the speaker's: 泽连斯基在周五晚间的讲话中说：“今天是历史性的一天” is
   * Friday. The speaker's day is a single day emitted before the opening quote in the same clause (a
   * colon may stand between); without one, the reference day.
   */
  private speakersDay(c: Candidate): number {
    const open = quoteOpening(this.norm, c.start);
    if (open < 0) return this.ref;
    for (let k = this.out.length - 1; k >= 0; k--) {
      const f = this.out[k] as Found;
      if (f.end > open) continue;
      const day = f.res.precision === 'day' && f.res.s === f.res.e && f.res.s <= this.state.ref + 1;
      return day && !CLAUSE_BREAK.test(this.norm.slice(f.end, open)) ? f.res.s : this.ref;
    }
    return this.ref;
  }

  emit(start: number, end: number, res: Resolved, weekdayOnly = false): void {
    if (!plausible(res)) return;
    // 乌军自8月6日起…: where a 自X以来 / X起 starts is background; 当晚 in the next sentence means the
    // sentence's own date. It is the last date only when the sentence has no other.
    const sinceOnly = isSinceAnchor(this.norm, start, end);
    if (this.state.sinceSpans) {
      const since = sinceExtent(this.norm, start, end);
      if (since && res.s <= this.state.ref) {
        start = since[0];
        end = since[1];
        res = { ...res, e: Math.max(res.e, this.state.ref), rule: 'since' };
      }
    }
    const found: Found = weekdayOnly ? { start, end, res, weekday: true } : { start, end, res };
    this.out.push(found);
    if (!sinceOnly || !this.framed) this.state.last = { s: res.s, e: res.e, precision: res.precision };
    if (!sinceOnly) this.framed = true;
    this.prev = found;
  }

  resolveAll(sel: Candidate[]): Found[] {
    const anniversaries: Candidate[] = [];
    for (let i = 0; i < sel.length; i++) {
      const a = sel[i] as Candidate;
      const b = sel[i + 1];
      if (a.kind === 'anniversary') {
        anniversaries.push(a);
        continue;
      }
      if (b) {
        const end = pairEnd(this.norm, a, b);
        if (end >= 0) {
          const res = resolvePair(a, b, (c) => (c === a ? this.ownEnv(c) : this.env(c, null)));
          if (res) {
            this.emit(a.start, end, res);
            i++;
            continue;
          }
        }
      }
      const ra = a.resolve(this.ownEnv(a));
      if (!ra) continue;
      if (i === 0 && a.kind === 'dated') this.takeDateline(a, ra);
      if (b && RANGE_CONNECTOR.test(this.norm.slice(a.end, b.start))) {
        const rb = b.resolve(this.env(b, rangeAnchor(ra)));
        if (rb && rb.e >= ra.s) {
          this.emit(a.start, b.end, joinRange(ra, rb), a.kind === 'weekday' && b.kind === 'weekday');
          i++;
          continue;
        }
      }
      this.emit(a.start, a.kind === 'dated' ? weekdayTail(this.norm, a.end, ra) : a.end, ra, a.kind === 'weekday' || RESTATED.has(ra.rule));
    }
    if (anniversaries.length > 0) this.resolveAnniversaries(anniversaries);
    if (this.out.some((f) => f.weekday)) this.mergeBracketed();
    if (this.out.length > 1) this.joinPairs();
    return this.out;
  }

  /**
   * Two expressions the first pass could not join because each was already a pair: 周日（27日）晚间至
   * 周一（28日）凌晨 is one range. Joined when only a range connector stands between them and the second
   * does not end before the first starts.
   */
  private joinPairs(): void {
    const out = this.out;
    const joined: Found[] = [];
    for (const f of out) {
      const prev = joined[joined.length - 1];
      if (prev && RANGE_CONNECTOR.test(this.norm.slice(prev.end, f.start)) && f.res.s >= prev.res.s && prev.res.rule !== 'range') {
        joined[joined.length - 1] = { start: prev.start, end: f.end, res: joinRange(prev.res, f.res) };
      } else {
        joined.push(f);
      }
    }
    if (joined.length === out.length) return;
    out.length = 0;
    for (const f of joined) out.push(f);
    const last = out[out.length - 1];
    if (last) this.state.last = { s: last.res.s, e: last.res.e, precision: last.res.precision };
  }

  /**
   * Weekdays followed by the dates they are in brackets, one expression told twice: 本周二和周三
   * （7月11日至12日）, 周二至周三（11至12日）, 上周末（2日至3日）. The bracket's dates decide. (A single
   * weekday with a single day, 周二（5日）, is paired before resolving: see pairEnd.)
   */
  private mergeBracketed(): void {
    const out = this.out;
    const merged: Found[] = [];
    for (let i = 0; i < out.length; i++) {
      const first = out[i] as Found;
      if (!first.weekday) {
        merged.push(first);
        continue;
      }
      let j = i;
      while (out[j + 1]?.weekday && LIST_CONNECTOR.test(this.norm.slice((out[j] as Found).end, (out[j + 1] as Found).start))) j++;
      const one = this.bracketAfter(i, j);
      if (one) {
        merged.push(one.found);
        i = one.next - 1;
      } else {
        // Every run starting inside this one ends at the same weekday: keep them all as they are.
        for (let k = i; k <= j; k++) merged.push(out[k] as Found);
        i = j;
      }
    }
    out.length = 0;
    for (const f of merged) out.push(f);
    const last = out[out.length - 1];
    if (last) this.state.last = { s: last.res.s, e: last.res.e, precision: last.res.precision };
  }

  /** The weekdays out[i..j] and the dates in the bracket right after them, as one; null when there is none. */
  private bracketAfter(i: number, j: number): { found: Found; next: number } | null {
    const out = this.out;
    const lastWeekday = out[j] as Found;
    const open = /^\s*\(/.exec(this.norm.slice(lastWeekday.end, lastWeekday.end + 3));
    if (!open) return null;
    const from = lastWeekday.end + open[0].length;
    const inside = this.norm.slice(from, from + BRACKET_REACH + 1).indexOf(')');
    if (inside < 0) return null;
    const close = from + inside;
    let k = j + 1;
    let rest = this.norm.slice(from, close);
    let s = Infinity;
    let e = -Infinity;
    while (k < out.length && (out[k] as Found).end <= close && (out[k] as Found).start >= from) {
      const f = out[k] as Found;
      s = Math.min(s, f.res.s);
      e = Math.max(e, f.res.e);
      rest = rest.slice(0, f.start - from) + ' '.repeat(f.end - f.start) + rest.slice(f.end - from);
      k++;
    }
    if (k === j + 1 || !/^[\s和、及与至到~\-—–]*$/.test(rest)) return null;
    return { found: { start: (out[i] as Found).start, end: close + 1, res: resolved({ s, e }, 'day', 'weekdays-with-dates') }, next: k };
  }

  /** Anniversaries count from the years the rest of the sentence stated, wherever they stand. */
  private resolveAnniversaries(anniversaries: Candidate[]): void {
    for (const f of this.out) {
      if (f.res.statedYear === null) continue;
      const subject = YEAR_IS.test(this.norm.slice(f.end, f.end + 3));
      this.years.push({ y: f.res.statedYear, absolute: f.res.absoluteYear, subject });
    }
    for (const c of anniversaries) {
      const res = c.resolve(this.env(c, null));
      if (res && plausible(res)) this.out.push({ start: c.start, end: c.end, res });
    }
    this.out.sort((x, y) => x.start - y.start);
    const last = this.out[this.out.length - 1];
    if (last) this.state.last = { s: last.res.s, e: last.res.e, precision: last.res.precision };
  }
}

/** 今年是 / 2022年恰逢 …周年: the year is the anniversary's own. */
const YEAR_IS = /^\s*(?:是|为|恰逢|正值|适逢|正逢|迎来)/;

/** Besides weekdays, what a bracket of dates may restate: 上周末（2日至3日）, 本周（4日至10日）, 今明两天（5日至6日）. */
const RESTATED = new Set(['weekend', 'relative-weekend', 'relative-week', 'relative-days']);

/** How long the dates in a bracket after weekdays may run: （2023年7月11日至12日）. */
const BRACKET_REACH = 24;

const OPEN_QUOTE = /[“「『‘]/;
/** Clause punctuation, the colon excepted: 说：“今天…” keeps the speaker's day. */
const CLAUSE_BREAK = /[,;.!?。]/;
/** How far back an opening quote is looked for. */
const QUOTE_REACH = 160;

/** Index of the quotation mark that opens the quote holding `pos`, or -1 outside quotes. */
function quoteOpening(norm: string, pos: number): number {
  for (let i = pos - 1, lo = Math.max(0, pos - QUOTE_REACH); i >= lo; i--) {
    const ch = norm.charAt(i);
    if (ch === '”' || ch === '」' || ch === '』' || ch === '’') return -1;
    if (ch === '“' || ch === '「' || ch === '『' || ch === '‘') return i;
  }
  return -1;
}

const SINCE_BEFORE = /(?:自从|自|从)\s*$/;
const SINCE_AFTER = /^\s*(?:以来|至今|迄今)/;

/** 自X起 / 从X开始 / X以来 / X至今: where a span up to now starts. */
function isSinceAnchor(norm: string, start: number, end: number): boolean {
  return SINCE_BEFORE.test(norm.slice(Math.max(0, start - 2), start)) || SINCE_AFTER.test(norm.slice(end, end + 3));
}

// A date followed by its weekday as one character in brackets, the way Taiwan writes it: 4月5日（二）,
// 4/5(二), perhaps with a time of day after: 4月5日（二）晚上.
const WEEKDAY_TAIL = new RegExp(`^\\s*\\(\\s*([一二三四五六日天])\\s*\\)${TIME_OF_DAY}`);
const WD_CHAR: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** The end of a day with its bracketed weekday character, when the weekday agrees; else `end`. */
function weekdayTail(norm: string, end: number, res: Resolved): number {
  const next = norm.charCodeAt(end);
  if (res.precision !== 'day' || res.s !== res.e || (next !== 0x28 /* ( */ && next !== 0x20)) return end;
  const m = WEEKDAY_TAIL.exec(norm.slice(end, end + 8 + TIME_OF_DAY_REACH));
  return m && WD_CHAR[m[1] ?? ''] === weekday(res.s) ? end + m[0].length : end;
}

/** How far a time of day may run (当地时间下午3点30分左右). */
const TIME_OF_DAY_REACH = 20;

/** Years a resolved interval may reach: anything outside is a misreading (民国999年, 999周年). */
const FIRST_DAY = dayNumber(1000, 1, 1);
const LAST_DAY = dayNumber(2200, 12, 31);

function plausible(res: Resolved): boolean {
  return res.s <= res.e && res.s >= FIRST_DAY && res.e <= LAST_DAY;
}

/** How long before publication a dateline may lie and still be the writer's day. */
const DATELINE_REACH_DAYS = 31;

// A dateline: a news organisation (and a place, a reporter) then the day, then 电 / 专电 / 讯 / 消息 /
// 综合外电报导, at the very start of the sentence: 新华社基辅3月1日电, （中央社记者XX台北5日专电）, 本报
// 莫斯科3月1日电, 中新网3月1日电, 中广网北京5月10日消息. 电话 / 电视 / 电力 after a day are not datelines.
const DATELINE_BEFORE = /^[\s([【]*[^,.;:!?。，；：！？()[\]【】“”"「」]{0,32}$/;
const DATELINE_ISSUER = /社|网|报|台|讯|新闻|记者|电视|广播|通讯|日报|时报|晚报/;
const DATELINE_AFTER = /^\s*(?:专电|电(?![话视影力网脑邮报站台器子池厂源价费动车梯缆线气商竞])|专讯|讯|消息|综合外电报[道导]|综合报[道导]|外电报[道导])/;

/** 据俄新社5日消息, 援引新华社5日电: a cited report's day, not the writer's. */
const CITATION = /据|援引|引述|转引|引用/;

export function isDateline(norm: string, start: number, end: number): boolean {
  if (start > 40) return false;
  const before = norm.slice(0, start);
  return (
    DATELINE_BEFORE.test(before) &&
    DATELINE_ISSUER.test(before) &&
    !CITATION.test(before) &&
    DATELINE_AFTER.test(norm.slice(end, end + 8))
  );
}

/** Every calendar time expression of one sentence, resolved, in reading order. */
export function findTimes(sentence: string, state: EngineState): Found[] {
  const norm = normalize(sentence);
  const sel = select(candidates(norm, sentence), norm);
  if (sel.length === 0) return [];
  return new SentenceRun(norm, state).resolveAll(sel);
}

export interface DayIntervalOut {
  start: string;
  end: string;
  precision: Precision | 'reported';
}

/** The context's last interval as day numbers; a 'reported' one (a publication day) is no date to count from. */
export function toLastSpan(d: DayIntervalOut | null): LastSpan | null {
  if (!d || d.precision === 'reported') return null;
  return { s: parseIsoDay(d.start), e: parseIsoDay(d.end), precision: d.precision };
}

export function fromSpan(s: LastSpan): DayIntervalOut {
  return { start: isoDay(s.s), end: isoDay(s.e), precision: s.precision };
}
