// Dates written with a month: 2022年4月5日, 二〇二二年四月五日, 今年2月24日, 去年12月, 1月10日,
// 4月, 3月初, 本月早些时候, 上月28日, 同月5日, and the numeric forms 2022-04-05, 2022/4/5, 2022.4.5.
import { dayNumber, isValidDay, type Span } from './calendar.ts';
import {
  MONTH_MOD,
  MONTH_PREFIX,
  YEAR_PREFIX,
  monthBase,
  monthPart,
  resolveMonthWord,
  resolveYear,
  yearBase,
  yearless,
  type Base,
} from './bases.ts';
import { DAY_NUM, MID, TIME_OF_DAY, parseNumber } from './numbers.ts';
import { group, resolved, type Candidate, type Env, type Precision, type Recognizer, type Resolved } from './types.ts';
import { KEY } from './keys.ts';

// A month written in Chinese numerals directly followed by one of these is a count (三月余, 一月内)
// or a name (十月革命, 五月天).
const CN_MONTH_NOT_DATE = /^(?:内|之内|余|多|有余|间|革命|起义|事变|政变|天)/;

const CJK_DATE = new RegExp(
  `(?:${YEAR_PREFIX})?${MONTH_PREFIX}(?:(?<dn>${DAY_NUM})[日号]${TIME_OF_DAY}|${MONTH_MOD})?`,
  'g',
);

function buildCjk(m: RegExpExecArray, norm: string): Candidate | null {
  const start = m.index;
  const end = start + m[0].length;
  const yb = yearBase(m);
  const mb = monthBase(m);
  if (!mb) return null;
  const dn = group(m, 'dn');
  const dom = dn ? parseNumber(dn) : null;
  const mmod = group(m, 'mmod');
  if (mb.kind === 'abs') {
    if (mb.v < 1 || mb.v > 12) return null;
    if (!dn && !mmod && /[一二三四五六七八九十]/.test(group(m, 'mn')) && CN_MONTH_NOT_DATE.test(norm.slice(end, end + 2))) return null;
  }
  // 本月/上月 carry their own year; a year word before them (今年本月) does not occur in news.
  if (mb.kind !== 'abs' && yb) return null;
  if (dom !== null && (dom < 1 || dom > 31)) return null;
  const lacks = mb.kind === 'abs' && !yb ? 'year' : 'none';
  return {
    start,
    end,
    kind: dom !== null ? 'dated' : 'other',
    lacks,
    ...(dom !== null ? { dom, fullDate: true } : {}),
    resolve(env) {
      return resolveCjk(env, yb, mb, dom, mmod);
    },
  };
}

/** The day (or part of the month) in one year and month; null when the day does not exist. */
function cjkSpan(y: number, mo: number, dom: number | null, mod: string): Span | null {
  if (dom === null) return monthPart(y, mo, mod);
  if (!isValidDay(y, mo, dom)) return null;
  const d = dayNumber(y, mo, dom);
  return { s: d, e: d };
}

function resolveCjk(env: Env, yb: Base | null, mb: Base, dom: number | null, mod: string): Resolved | null {
  const precision: Precision = dom !== null ? 'day' : 'month';
  if (mb.kind !== 'abs') {
    const ym = resolveMonthWord(mb, env);
    if (!ym) return null;
    const span = cjkSpan(ym[0], ym[1], dom, mod);
    const rule = mb.kind === 'rel' ? 'relative-month' : 'backref-month';
    return span ? resolved(span, precision, rule, { statedYear: ym[0], statedMonth: ym[1] }) : null;
  }
  const mo = mb.v;
  if (yb) {
    const y = resolveYear(yb, env);
    if (y === null) return null;
    const span = cjkSpan(y, mo, dom, mod);
    if (!span) return null;
    const rule = yb.kind === 'abs' ? (dom !== null ? 'full-date' : 'year-month') : yb.kind === 'rel' ? 'relative-year-month' : 'backref-year-month';
    return resolved(span, precision, rule, { statedYear: y, statedMonth: mo, absoluteYear: yb.kind === 'abs' });
  }
  const pick = yearless(env, (y) => cjkSpan(y, mo, dom, mod));
  if (!pick) return null;
  const rule = pick.rule === 'month-nearest' ? (dom !== null ? 'month-day-nearest' : 'month-nearest') : pick.rule;
  return resolved(pick.span, precision, rule, { statedMonth: mo, statedYear: env.anchor ? pick.y : null });
}

// 2022-04-05, 2022/4/5, 2022.4.5: a four-digit year first, the same separator twice, nothing
// numeric around (not a version number, an id or a URL path).
const NUMERIC_DATE = /(?<![0-9A-Za-z./_-])(1[89][0-9]{2}|20[0-9]{2})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z/_]|\.[0-9])/g;

function buildNumeric(m: RegExpExecArray): Candidate | null {
  const y = Number(m[1]);
  const mo = Number(m[3]);
  const d = Number(m[4]);
  if (!isValidDay(y, mo, d)) return null;
  const day = dayNumber(y, mo, d);
  const start = m.index;
  return {
    start,
    end: start + m[0].length,
    kind: 'dated',
    lacks: 'none',
    dom: d,
    fullDate: true,
    resolve() {
      return resolved({ s: day, e: day }, 'day', 'numeric-date', { statedYear: y, statedMonth: mo, absoluteYear: true });
    },
  };
}

// 月初, 月底, 月中 on their own are the publication month's; the look-behind keeps the words that
// end in 月 out (岁月, 蜜月, 正月, 三个月底, 每月初, 连月 …).
const BARE_MONTH_PART = new RegExp(
  `(?<![0-9〇零一二两三四五六七八九十廿卅几数多半整每个岁日年蜜正腊闰明风赏望新残满长累积连逐按经本上下当同次翌这])月(?<bm>初|底|末|上旬|中旬|下旬|${MID})`,
  'g',
);

function buildBareMonthPart(m: RegExpExecArray): Candidate {
  const mod = group(m, 'bm');
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      return resolved(monthPart(env.refY, env.refM, mod), 'month', 'this-month-part', { statedYear: env.refY, statedMonth: env.refM });
    },
  };
}

// Taiwan and Hong Kong papers put the day in brackets as month/day: 至今(3/18), 昨天(3/17).
const BRACKET_MONTH_DAY = /(?<=\(\s*)(?<bm>1[0-2]|0?[1-9])\/(?<bd>3[01]|[12][0-9]|0?[1-9])(?=\s*\))/g;

function buildBracketMonthDay(m: RegExpExecArray): Candidate | null {
  const mo = Number(group(m, 'bm'));
  const dom = Number(group(m, 'bd'));
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'dated',
    lacks: 'year',
    dom,
    fullDate: true,
    resolve(env) {
      return resolveCjk(env, null, { kind: 'abs', v: mo }, dom, '');
    },
  };
}

export const absoluteRecognizers: Recognizer[] = [
  { name: 'bracket-month-day', keys: { any: KEY.SLASH, all: KEY.BRACKET | KEY.DIGIT, reach: 3 }, re: BRACKET_MONTH_DAY, build: buildBracketMonthDay },
  { name: 'cjk-date', keys: { any: KEY.MONTH, reach: 14 }, re: CJK_DATE, build: buildCjk },
  { name: 'bare-month-part', keys: { any: KEY.MONTH, all: KEY.PART, reach: 0 }, re: BARE_MONTH_PART, build: buildBareMonthPart },
  { name: 'numeric-date', keys: { any: KEY.DIGIT, reach: 0 }, re: NUMERIC_DATE, build: buildNumeric },
];
