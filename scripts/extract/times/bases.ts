// The year and month a date hangs on, and how an incomplete date finds the ones it lacks.
//
// A year is absolute (2022年, 二〇二二年, 民国111年, 112年1月, 去(2021)年), relative to the publication day
// (今年, 去年, 明年) or a back-reference to the last date of the text (同年, 当年, 次年). The same
// three kinds exist for months (4月 / 本月, 上月, 下月 / 当月, 同月, 次月).
import { addMonths, civil, daysInMonth, dayNumber, distance, isValidDay, monthSpan, monthsSpan, yearSpan } from './calendar.ts';
import type { Span } from './calendar.ts';
import { MID, MONTH_NUM, NO_NUM_BEFORE, YEAR4, parseNumber } from './numbers.ts';
import { group, type Env, type Precision } from './types.ts';

// ---- fragments -------------------------------------------------------------------------------

// Relative and back-referring years. The look-behinds keep 失去年轻, 声明年, 相当年 out; the
// guards after 年 (年轻, 年龄, 年级, 年代, 年度) are in YEAR_GUARD.
const YEAR_WORD =
  '(?<yrel>大前|大后|今|(?<![失过离除回删抹剪脱])去|(?<![声说表证发光文透英分标简阐开指申查言聪鲜黎])明|' +
  '(?<![每相正充])当|前一|(?<![提此之目从以])前|(?<![先此之然最随以])后|本|(?<![以])上|来|(?<![不相共])同|次|翌|第二|隔)年';

/** What must not follow 年 for it to be a year: 年轻, 年龄, 年级, 年代 (a decade), 年度 (a report's year). */
export const YEAR_GUARD = '(?![轻龄级代纪度])';

/** A year prefix: absolute, ROC era, Taiwan's 去(2021)年, relative or back-referring. */
export const YEAR_PREFIX =
  `(?:${NO_NUM_BEFORE}(?<y4>${YEAR4}) ?年|民国(?<roc>[0-9]{1,3}|[一二三四五六七八九十百]{1,4})年|` +
  // Taiwan also drops 民国 before a month: 112年1月3日 is 2023 (never 112年 alone, an amount).
  `${NO_NUM_BEFORE}(?<roc2>1[0-2][0-9]) ?年(?= ?(?:1[0-2]|0?[1-9]) ?月)|` +
  `(?<twrel>[今去明])\\(\\s*(?<twy>${YEAR4})\\s*\\)年|${YEAR_WORD})${YEAR_GUARD}`;

/** A month: a number (4月, 四月, 4月份, 元月) or a relative / back-referring word (本月, 上个月, 当月). */
export const MONTH_PREFIX =
  `(?:${NO_NUM_BEFORE}(?<![同每第这那个近数几半整单头前后])(?<mn>${MONTH_NUM}|元) ?月份?|` +
  '(?<mrel>上上个|上一个|上个|下一个|下个|这个|本|(?<![以之如])上|(?<![以之如])下|(?<![每相])当|(?<![不相共])同|次|翌)月)';

/** Parts of a month (3月初, 本月中旬, 上月底, 本月早些时候). */
export const MONTH_MOD =
  `(?<mmod>上旬|中旬|下旬|中下旬|上中旬|初|底|末|${MID}|早些时候|晚些时候|稍早时候|稍晚时候|稍早前|稍早|稍晚|较早时候|较早前|较早时|上半月|下半月|内)`;

/** Parts of a year (2022年初, 今年年底, 年中, 年内, 今年早些时候). */
export const YEAR_MOD = `(?<ymod>年?初|年?${MID}|年?底|年?末|年?内|早些时候|晚些时候|稍早时候|稍晚时候|稍早前|稍早|稍晚|较早时候|较早前|较早时)`;

// ---- bases -----------------------------------------------------------------------------------

/**
 * `weak` marks 当年, which is as often "back then" as "that year": it points back only at a year
 * other than the publication year (1991年…当年), never at this year's dates.
 */
export type Base = { kind: 'abs'; v: number } | { kind: 'rel'; off: number } | { kind: 'back'; off: number; weak?: boolean };

const YEAR_REL: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 前: -2, 大前: -3, 明: 1, 来: 1, 后: 2, 大后: 3 };
const YEAR_BACK: Record<string, number> = { 同: 0, 当: 0, 次: 1, 翌: 1, 第二: 1, 隔: 1, 前一: -1 };
const MONTH_REL: Record<string, number> = { 本: 0, 这个: 0, 上: -1, 上个: -1, 上一个: -1, 上上个: -2, 下: 1, 下个: 1, 下一个: 1 };
const MONTH_BACK: Record<string, number> = { 当: 0, 同: 0, 次: 1, 翌: 1 };

/** The year base of a match of YEAR_PREFIX, or null when the prefix did not match. */
export function yearBase(m: RegExpExecArray): Base | null {
  const y4 = group(m, 'y4');
  if (y4) return { kind: 'abs', v: parseNumber(y4) ?? 0 };
  const twy = group(m, 'twy');
  if (twy) return { kind: 'abs', v: parseNumber(twy) ?? 0 };
  const roc = group(m, 'roc') || group(m, 'roc2');
  if (roc) return { kind: 'abs', v: 1911 + (parseNumber(roc) ?? 0) };
  const rel = group(m, 'yrel');
  if (rel in YEAR_REL) return { kind: 'rel', off: YEAR_REL[rel] ?? 0 };
  if (rel in YEAR_BACK) return { kind: 'back', off: YEAR_BACK[rel] ?? 0, weak: rel === '当' };
  return null;
}

export function monthBase(m: RegExpExecArray): Base | null {
  const mn = group(m, 'mn');
  if (mn) return { kind: 'abs', v: mn === '元' ? 1 : (parseNumber(mn) ?? 0) };
  const rel = group(m, 'mrel');
  if (rel in MONTH_REL) return { kind: 'rel', off: MONTH_REL[rel] ?? 0 };
  if (rel in MONTH_BACK) return { kind: 'back', off: MONTH_BACK[rel] ?? 0 };
  return null;
}

/** The year of the last resolved date, when it is one year or finer. */
export function lastYear(env: Env): number | null {
  const last = env.last;
  if (!last || last.precision === 'decade') return null;
  return civil(last.s)[0];
}

/** The month of the last resolved date, when it is one month or finer. */
export function lastMonth(env: Env): [number, number] | null {
  const last = env.last;
  if (!last || (last.precision !== 'day' && last.precision !== 'week' && last.precision !== 'month')) return null;
  const [y, m] = civil(last.s);
  return [y, m];
}

export function resolveYear(base: Base, env: Env): number | null {
  if (base.kind === 'abs') return base.v;
  if (base.kind === 'rel') return env.refY + base.off;
  const y = lastYear(env);
  if (y === null || (base.weak && y === env.refY)) return null;
  return y + base.off;
}

/** [year, month] of a relative or back-referring month; null for a numbered month. */
export function resolveMonthWord(base: Base, env: Env): [number, number] | null {
  if (base.kind === 'rel') return addMonths(env.refY, env.refM, base.off);
  if (base.kind === 'back') {
    const ym = lastMonth(env);
    return ym ? addMonths(ym[0], ym[1], base.off) : null;
  }
  return null;
}

// ---- parts of months and years ---------------------------------------------------------------

function daysOf(y: number, m: number, a: number, b: number): Span {
  return { s: dayNumber(y, m, a), e: dayNumber(y, m, b) };
}

/** The days of a month a modifier names (初 1–10, 中 11–20, 底 21–end …); the whole month otherwise. */
export function monthPart(y: number, m: number, mod: string): Span {
  const end = daysInMonth(y, m);
  switch (mod) {
    case '初':
    case '上旬':
      return daysOf(y, m, 1, 10);
    case '中':
    case '中旬':
      return daysOf(y, m, 11, 20);
    case '底':
    case '末':
    case '下旬':
      return daysOf(y, m, 21, end);
    case '中下旬':
      return daysOf(y, m, 11, end);
    case '上中旬':
      return daysOf(y, m, 1, 20);
    case '上半月':
      return daysOf(y, m, 1, 15);
    case '下半月':
      return daysOf(y, m, 16, end);
    default:
      return monthSpan(y, m);
  }
}

/** The months of a year a modifier names (初 Jan–Mar, 中 Apr–Sep, 底/末 Oct–Dec); the whole year otherwise. */
export function yearPart(y: number, mod: string): { span: Span; precision: Precision } {
  const key = mod.replace(/^年/, '');
  if (key === '初') return { span: monthsSpan(y, 1, 3), precision: 'season' };
  if (key.startsWith('中')) return { span: monthsSpan(y, 4, 9), precision: 'season' };
  if (key === '底' || key === '末') return { span: monthsSpan(y, 10, 12), precision: 'season' };
  return { span: yearSpan(y), precision: 'year' };
}

// ---- incomplete dates ------------------------------------------------------------------------

/** How far tense may pull a year-less date away from the nearest reading. */
const TENSE_REACH_DAYS = 183;
/**
 * News marks what is to come (将, 计划, 定于 …) far more reliably than what has been: without a tense
 * word, a later reading wins only when it is this many times nearer than the earlier one (赫尔松市于3月2日
 * 被占领 in a November article is last March; 1月10日的会谈 in a late-December one is next January).
 */
const UNMARKED_FUTURE_WEIGHT = 3;

/**
 * The year of a date written without one (1月10日, 1月, 1～6月): the anchor's year when there is
 * an anchor, else the nearest of last, this and next year to the publication day, the clause's
 * tense choosing the later (future) or earlier (past) reading when that one is within half a year,
 * and an unmarked clause leaning to the past (UNMARKED_FUTURE_WEIGHT). A 'near' anchor (此前的12月1日
 * after a date of 1991) takes the reading nearest to the day it gives instead of the publication day.
 */
export function yearless(env: Env, build: (y: number) => Span | null): { span: Span; y: number; rule: string } | null {
  const a = env.anchor;
  if (a && a.mode !== 'near') {
    const span = build(a.y);
    if (a.mode === 'range' && a.after !== null && span && span.s < a.after) {
      const next = build(a.y + 1);
      return next ? { span: next, y: a.y + 1, rule: 'range' } : null;
    }
    return span ? { span, y: a.y, rule: a.mode === 'range' ? 'range' : 'inherited-year' } : null;
  }
  const around = a ? a.y : env.refY;
  const day = a?.near ?? env.ref;
  const options: { span: Span; y: number; d: number }[] = [];
  for (let y = around - 1; y <= around + 1; y++) {
    const span = build(y);
    if (span) options.push({ span, y, d: distance(span, day) });
  }
  if (options.length === 0) return null;
  let best = options[0] as { span: Span; y: number; d: number };
  for (const o of options) if (o.d < best.d) best = o;
  if (a) return { span: best.span, y: best.y, rule: 'near-last-date' };
  if (env.tense === 'future' && best.span.e < env.ref) {
    const later = options.find((o) => o.span.e >= env.ref);
    if (later && later.d <= TENSE_REACH_DAYS) return { span: later.span, y: later.y, rule: 'month-future' };
  }
  if (env.tense !== 'future' && best.span.s > env.ref) {
    const earlier = [...options].reverse().find((o) => o.span.s <= env.ref);
    if (env.tense === 'past' && earlier && earlier.d <= TENSE_REACH_DAYS) return { span: earlier.span, y: earlier.y, rule: 'month-past' };
    if (env.tense === 'none' && earlier && earlier.d < UNMARKED_FUTURE_WEIGHT * best.d) {
      return { span: earlier.span, y: earlier.y, rule: 'month-unmarked-past' };
    }
  }
  return { span: best.span, y: best.y, rule: 'month-nearest' };
}

/** Days ahead of publication a bare day may lie and still be this month's without a future word. */
const NEAR_AHEAD_DAYS = 7;
/** A future clause may still name the day before publication: time zones put it there. */
const FUTURE_SLACK_DAYS = 1;
/** Within this many days ahead even a past-tense clause keeps this month (time zones, late editions). */
const SLACK_AHEAD_DAYS = 2;

/** The first month from `from` months after publication, going `dir`, that has this day. */
function stepMonths(env: Env, dom: number, dir: 1 | -1, from: number): { day: number; y: number; m: number } | null {
  for (let k = from; Math.abs(k) <= 3; k += dir) {
    const [y, m] = addMonths(env.refY, env.refM, k);
    if (isValidDay(y, m, dom)) return { day: dayNumber(y, m, dom), y, m };
  }
  return null;
}

/**
 * The month of a bare day (5日, 5号): the anchor's month when there is one; else the publication
 * month, unless that lands far in the future (then the month before); in a future clause the
 * first such day on or after publication.
 */
export function monthless(env: Env, dom: number): { day: number; y: number; m: number; rule: string } | null {
  const a = env.anchor;
  if (a && a.m !== null) {
    let [y, m] = [a.y, a.m];
    if (a.mode === 'range' && a.after !== null && isValidDay(y, m, dom) && dayNumber(y, m, dom) < a.after) {
      [y, m] = addMonths(y, m, 1);
    }
    if (!isValidDay(y, m, dom)) return null;
    return { day: dayNumber(y, m, dom), y, m, rule: a.mode === 'range' ? 'range' : 'inherited-month' };
  }
  if (env.tense === 'future') {
    const here = stepMonths(env, dom, 1, 0);
    // A day before publication by one is the same evening elsewhere (将于1日晚 in a paper dated the 2nd).
    if (here && here.day >= env.ref - FUTURE_SLACK_DAYS) return { ...here, rule: 'bare-day-future' };
    const next = stepMonths(env, dom, 1, 1);
    return next ? { ...next, rule: 'bare-day-future' } : null;
  }
  const here = isValidDay(env.refY, env.refM, dom) ? dayNumber(env.refY, env.refM, dom) : null;
  if (here !== null) {
    const ahead = here - env.ref;
    if (ahead <= SLACK_AHEAD_DAYS || (ahead <= NEAR_AHEAD_DAYS && env.tense !== 'past')) {
      return { day: here, y: env.refY, m: env.refM, rule: 'bare-day' };
    }
  }
  const prev = stepMonths(env, dom, -1, -1);
  return prev ? { ...prev, rule: 'bare-day-previous-month' } : null;
}
