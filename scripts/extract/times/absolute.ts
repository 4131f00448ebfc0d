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
  `(?:${YEAR_PREFIX} ?)?${MONTH_PREFIX}(?: ?(?<dn>${DAY_NUM}) ?[日号]${TIME_OF_DAY}|${MONTH_MOD})?`,
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
const BRACKET_MONTH_DAY = /(?<=\(\s*)(?<sm>1[0-2]|0?[1-9])\/(?<sd>3[01]|[12][0-9]|0?[1-9])(?=\s*\))/g;

function buildBracketMonthDay(m: RegExpExecArray): Candidate | null {
  const mo = Number(group(m, 'sm'));
  const dom = Number(group(m, 'sd'));
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

// A bare month/day outside brackets only where nothing else can be meant: after 于/於 (会议于4/8举行;
// not 低于3/4, 高於1/3), with its weekday in brackets (4/8(五), 4/8（週五）) or where a span starts
// (2/24起, 2/24以来). Fractions and scores (3/4的选民, 2/3多数) are never dates.
const SLASH_AFTER_YU =
  /(?<=(?<![低高大小多少等优劣介属善便易难对相]|不足)于\s?)(?<sm>1[0-2]|0?[1-9])\/(?<sd>3[01]|[12][0-9]|0?[1-9])(?![0-9/.%]|\s?[的之])/g;
const SLASH_WITH_WEEKDAY =
  /(?<![0-9/.])(?<sm>1[0-2]|0?[1-9])\/(?<sd>3[01]|[12][0-9]|0?[1-9])(?=\s?\(\s?(?:周|星期)?[一二三四五六日天]\s?\)|起|以来|至今|迄今)/g;

// Day-first numeric dates with the year last: 18/03/2022, 3.3.2022 (Hong Kong papers and live blogs).
// A dot is always day-first; a slash only when one number cannot be a month (18/03/2022 or
// 03/18/2022), since American and British orders both occur.
const NUMERIC_DMY = /(?<![0-9A-Za-z./_-])(?<!版本?\s?)(?<a>3[01]|[12][0-9]|0?[1-9])(?<sep>[./])(?<b>3[01]|[12][0-9]|0?[1-9])\k<sep>(?<y>1[89][0-9]{2}|20[0-9]{2})(?![0-9A-Za-z/_]|\.[0-9])/g;

function buildNumericDmy(m: RegExpExecArray): Candidate | null {
  const a = Number(group(m, 'a'));
  const b = Number(group(m, 'b'));
  const y = Number(group(m, 'y'));
  let d: number;
  let mo: number;
  if (group(m, 'sep') === '.' || a > 12) [d, mo] = [a, b];
  else if (b > 12 || a === b) [d, mo] = [b, a];
  else return null;
  if (!isValidDay(y, mo, d)) return null;
  const day = dayNumber(y, mo, d);
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'dated',
    lacks: 'none',
    dom: d,
    fullDate: true,
    resolve() {
      return resolved({ s: day, e: day }, 'day', 'numeric-date', { statedYear: y, statedMonth: mo, absoluteYear: true });
    },
  };
}

export const absoluteRecognizers: Recognizer[] = [
  { name: 'slash-after-yu', keys: { any: KEY.SLASH, all: KEY.DIGIT, reach: 4 }, re: SLASH_AFTER_YU, build: buildBracketMonthDay },
  { name: 'slash-with-weekday', keys: { any: KEY.SLASH, all: KEY.DIGIT, reach: 3 }, re: SLASH_WITH_WEEKDAY, build: buildBracketMonthDay },
  {
    name: 'numeric-dmy',
    keys: { any: KEY.SLASH | KEY.DOT, all: KEY.DIGIT, reach: 6 },
    gate: /[0-9][./][0-9]{1,2}[./][12][0-9]{3}/,
    re: NUMERIC_DMY,
    build: buildNumericDmy,
  },
  { name: 'bracket-month-day', keys: { any: KEY.SLASH, all: KEY.BRACKET | KEY.DIGIT, reach: 3 }, re: BRACKET_MONTH_DAY, build: buildBracketMonthDay },
  { name: 'cjk-date', keys: { any: KEY.MONTH, reach: 14 }, re: CJK_DATE, build: buildCjk },
  { name: 'bare-month-part', keys: { any: KEY.MONTH, all: KEY.PART, reach: 0 }, re: BARE_MONTH_PART, build: buildBareMonthPart },
  { name: 'numeric-date', keys: { any: KEY.DIGIT, reach: 0 }, re: NUMERIC_DATE, build: buildNumeric },
];
