// Ranges written as one number pair (2015至2017年, 1～6月, 今年1至6月, 3月5日至7日 as 3月5-7日, 5、6日)
// and the rules that join two expressions the engine found side by side:
//   A 至/到/～/-/— B   one range; B takes the year or month it lacks from A (明年2月至3月, 12日至13日,
//                      周一至周五) and never ends before A starts (12月至1月 runs into the next year);
//   A（B） or A B      a weekday or relative day with the day of the month (周二（5日）, 4日（周一）,
//                      今日（5日）, 4月5日星期二): one expression, the written day wins.
import { addMonths, civil, dayNumber, isValidDay, monthsSpan, weekday, yearSpan, type Span } from './calendar.ts';
import { MONTH_PREFIX, YEAR_PREFIX, monthBase, monthless, resolveMonthWord, resolveYear, yearBase, yearless, type Base } from './bases.ts';
import { DAY_NUM, MONTH_NUM, NO_NUM_BEFORE, TIME_OF_DAY, YEAR4, parseNumber } from './numbers.ts';
import { nearestWithDom } from './relative.ts';
import {
  PRECISION_RANK,
  group,
  resolved,
  type Anchor,
  type Candidate,
  type Env,
  type Recognizer,
  type Resolved,
} from './types.ts';
import { KEY } from './keys.ts';

const DASH = '(?:至|到|~|-|—|–)';
/** Number pairs need a dash or 、 and a number; they start at most a few characters before the first number. */
const RANGE_KEYS = { any: KEY.DIGIT | KEY.CN_NUMBER, all: KEY.DASH, reach: 12 };
/** Two numbers around a dash or 、: the first one a number pair can start from (its prefix may precede it). */
const NUMBER_PAIR = /[0-9〇零一二两三四五六七八九十廿卅]\s*(?:至|到|~|-|—|–|、)\s*[0-9〇零一二两三四五六七八九十廿卅]/;

// ---- number pairs ----------------------------------------------------------------------------

const YEAR_RANGE = new RegExp(`${NO_NUM_BEFORE}(?<ya>${YEAR4})年?\\s*${DASH}\\s*(?<yb>${YEAR4})年(?![代度])`, 'g');

function buildYearRange(m: RegExpExecArray): Candidate | null {
  const a = parseNumber(group(m, 'ya'));
  const b = parseNumber(group(m, 'yb'));
  if (a === null || b === null || b <= a) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve() {
      return resolved({ s: yearSpan(a).s, e: yearSpan(b).e }, 'year', 'range', { statedYear: b, absoluteYear: true });
    },
  };
}

const MONTH_RANGE = new RegExp(
  `(?:${YEAR_PREFIX})?${NO_NUM_BEFORE}(?<ma>${MONTH_NUM})\\s*${DASH}\\s*(?<mb>${MONTH_NUM})月份?`,
  'g',
);

function buildMonthRange(m: RegExpExecArray): Candidate | null {
  const a = parseNumber(group(m, 'ma'));
  const b = parseNumber(group(m, 'mb'));
  if (a === null || b === null || a < 1 || a > 12 || b < 1 || b > 12 || a === b) return null;
  const yb = yearBase(m);
  const to = b < a ? b + 12 : b;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: yb ? 'none' : 'year',
    resolve(env) {
      if (yb) {
        const y = resolveYear(yb, env);
        return y === null ? null : resolved(monthsSpan(y, a, to), 'month', 'range', { statedYear: y, absoluteYear: yb.kind === 'abs' });
      }
      const pick = yearless(env, (y) => monthsSpan(y, a, to));
      return pick ? resolved(pick.span, 'month', 'range') : null;
    },
  };
}

const DAY_RANGE = new RegExp(
  `(?:(?:${YEAR_PREFIX})?${MONTH_PREFIX})?${NO_NUM_BEFORE}(?<da>${DAY_NUM})\\s*(?<conn>${DASH}|、)\\s*(?<db>${DAY_NUM})[日号]${TIME_OF_DAY}`,
  'g',
);
// 需要3-5日, 为期5至7日: amounts of days, not dates.
const AMOUNT_BEFORE = /(?:需要|需|要|用|花|历时|为期|持续|长达|约|大约|仅|共|每)$/;

/** Days a to b of a month; b before a runs into the next month (28至3日). */
function daySpan(y: number, mo: number, a: number, b: number): Span | null {
  if (!isValidDay(y, mo, a)) return null;
  const [ey, em] = b < a ? addMonths(y, mo, 1) : [y, mo];
  if (!isValidDay(ey, em, b)) return null;
  return { s: dayNumber(y, mo, a), e: dayNumber(ey, em, b) };
}

/** Days a to b in the month the prefix names, or the month a bare day `a` falls in. */
function dayRangeSpan(env: Env, yb: Base | null, mb: Base | null, a: number, b: number): Span | null {
  if (!mb) {
    const first = monthless(env, a);
    return first ? daySpan(first.y, first.m, a, b) : null;
  }
  if (mb.kind !== 'abs') {
    const ym = resolveMonthWord(mb, env);
    return ym ? daySpan(ym[0], ym[1], a, b) : null;
  }
  if (yb) {
    const y = resolveYear(yb, env);
    return y === null ? null : daySpan(y, mb.v, a, b);
  }
  return yearless(env, (y) => daySpan(y, mb.v, a, b))?.span ?? null;
}

function buildDayRange(m: RegExpExecArray, norm: string): Candidate | null {
  const a = parseNumber(group(m, 'da'));
  const b = parseNumber(group(m, 'db'));
  if (a === null || b === null || a < 1 || a > 31 || b < 1 || b > 31 || a === b) return null;
  const list = group(m, 'conn') === '、';
  if (list && b < a) return null;
  const start = m.index;
  const end = start + m[0].length;
  if (AMOUNT_BEFORE.test(norm.slice(Math.max(0, start - 2), start))) return null;
  if (/^(?:之?内|以内|间)/.test(norm.slice(end, end + 2))) return null;
  const yb = yearBase(m);
  const mb = monthBase(m);
  const rule = list ? 'day-list' : 'range';
  return {
    start,
    end,
    kind: 'other',
    lacks: mb ? (mb.kind === 'abs' && !yb ? 'year' : 'none') : 'month',
    resolve(env) {
      const out = dayRangeSpan(env, yb, mb, a, b);
      return out ? resolved(out, 'day', rule) : null;
    },
  };
}

export const rangeRecognizers: Recognizer[] = [
  { name: 'year-range', keys: RANGE_KEYS, gate: NUMBER_PAIR, re: YEAR_RANGE, build: buildYearRange },
  { name: 'month-range', keys: RANGE_KEYS, gate: NUMBER_PAIR, re: MONTH_RANGE, build: buildMonthRange },
  { name: 'day-range', keys: RANGE_KEYS, gate: NUMBER_PAIR, re: DAY_RANGE, build: buildDayRange },
];

// ---- joining two expressions ------------------------------------------------------------------

/** The anchor the second half of a range resolves against: the first half's last year and month. */
export function rangeAnchor(first: Resolved): Anchor {
  const [y, m] = civil(first.e);
  return { mode: 'range', y, m, after: first.s };
}

/** One range from its two halves; the coarser precision describes it. */
export function joinRange(a: Resolved, b: Resolved): Resolved {
  const precision = PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision;
  return resolved({ s: a.s, e: b.e }, precision, 'range', {
    statedYear: b.statedYear,
    statedMonth: b.statedMonth,
    absoluteYear: b.absoluteYear,
  });
}

/**
 * Whether `b` right after `a` is the same day told twice (周二（5日）, 4日（周一）, 今日（5日）,
 * 4月5日星期二): a weekday or relative day on one side, a day of the month on the other, either
 * in brackets or written together. Returns the end of the pair (after the closing bracket) or -1.
 */
export function pairEnd(norm: string, a: Candidate, b: Candidate): number {
  const hint = a.kind === 'weekday' || a.kind === 'relday' ? a : b.kind === 'weekday' ? b : null;
  const dated = hint === a ? b : a;
  if (!hint || dated.kind !== 'dated' || dated.dom === undefined) return -1;
  const gap = norm.slice(a.end, b.start);
  if (/^\s*\(\s*$/.test(gap)) {
    // The time of day may follow the closing bracket: 周三（16日）早上, 4日（周一）晚间.
    const close = CLOSE_THEN_TIME.exec(norm.slice(b.end, b.end + 3 + TIME_OF_DAY_MAX));
    return close ? b.end + close[0].length : -1;
  }
  // Written together only with a weekday (4月5日星期二, 5日周二, 2月3日 星期二); 今天5日 does not occur.
  if ((gap === '' || gap === ' ') && hint.kind === 'weekday') return b.end;
  return -1;
}

const CLOSE_THEN_TIME = new RegExp(`^\\s*\\)${TIME_OF_DAY}`);
/** The longest time of day a bracket may be followed by (当地时间下午3点30分左右 and a little). */
const TIME_OF_DAY_MAX = 20;

/** The day of a pair: the written day, in the month that matches the weekday or relative day. */
export function resolvePair(a: Candidate, b: Candidate, envOf: (c: Candidate) => Env): Resolved | null {
  const hint = a.kind === 'weekday' || a.kind === 'relday' ? a : b;
  const dated = hint === a ? b : a;
  const env = envOf(dated);
  if (dated.fullDate) {
    const r = dated.resolve(env);
    return r ? { ...r, rule: hint.kind === 'weekday' ? 'date-with-weekday' : 'date-with-relative-day' } : null;
  }
  const near = hint.resolve(envOf(hint));
  if (!near || dated.dom === undefined) return dated.resolve(env);
  const day = nearestWithDom(near.s, dated.dom, env, hint.wd, weekday);
  const rule = hint.kind === 'weekday' ? 'weekday-with-day' : 'relative-with-day';
  return resolved({ s: day, e: day }, 'day', rule);
}

// ---- since -------------------------------------------------------------------------------------

const SINCE_PREFIX = /(?:自从|自|从)\s*$/;
const SINCE_SUFFIX = /^\s*(?:以来|至今|迄今|到现在|到目前为止|到目前)/;

/**
 * 自X以来 / X以来 / X至今 as one expression from X to the publication day, when the context asks for
 * spans (see TimeContext.since). Returns the widened [start, end) or null when X is not followed
 * by 以来/至今.
 */
export function sinceExtent(norm: string, start: number, end: number): [number, number] | null {
  const suffix = SINCE_SUFFIX.exec(norm.slice(end, end + 8));
  if (!suffix) return null;
  const prefix = SINCE_PREFIX.exec(norm.slice(Math.max(0, start - 3), start));
  return [start - (prefix ? prefix[0].length : 0), end + suffix[0].length];
}
