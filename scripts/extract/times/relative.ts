// Days relative to publication: 今天, 昨天晚上, 昨晚, 今晨, 前天, 明天, 后天, 今日, 昨日, 前日 (Hong Kong),
// 今明两天; and Taiwan's bracketed form 今(5)日 / 昨(4)日 / 昨(4)晚, where the number confirms the day.
//
// Not days: 今日俄罗斯 and 今日美国 (a channel, a paper) or anything in quotes that starts with
// 今日, 明日之星, 昨日黄花, 中国的明天 (the future, not a date), 先天后天.
import { addMonths, dayNumber, isValidDay, monthSpan, weekMonday } from './calendar.ts';
import { TIME_OF_DAY, parseNumber } from './numbers.ts';
import { group, resolved, type Candidate, type Env, type Recognizer } from './types.ts';
import { KEY } from './keys.ts';

const OFFSET: Record<string, number> = {
  大前天: -3, 前天: -2, 前日: -2, 前晚: -2,
  昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 昨晨: -1, 昨早: -1, 昨午: -1,
  今天: 0, 今日: 0, 今晚: 0, 今夜: 0, 今晨: 0, 今早: 0, 今午: 0,
  明天: 1, 明日: 1, 明晚: 1, 明夜: 1, 明晨: 1, 明早: 1,
  后天: 2, 后日: 2, 大后天: 3,
};

const RELATIVE_DAY = new RegExp(
  `(?<![此之然最随以0-9一二两三四五六七八九十几数多每]|先天)(?<rd>${Object.keys(OFFSET)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![期程子志记常益])(?<tod>${TIME_OF_DAY})`,
  'g',
);

// 今日 + a name: a channel, a paper, a programme, not today.
const NAME_AFTER_JINRI =
  /^(?:俄罗斯|美国|头条|印度|中国|日本|亚洲|说法|关注|焦点|世界|东方|菲律宾|新加坡|香港|台湾|影视|早报|晚报|传媒|简报|要闻|话题|财经|视点|看台|之星|方舟|重现|黄花)/;
const OPEN_QUOTE = /[“「『《"'‘]$/;
const CLOSE_QUOTE_SOON = /^[^“「『《"'‘”」』》’]{0,6}[”」』》"'’]/;

function buildRelativeDay(m: RegExpExecArray, norm: string): Candidate | null {
  const rd = group(m, 'rd');
  const off = OFFSET[rd];
  if (off === undefined) return null;
  const start = m.index;
  const wordEnd = start + rd.length;
  if (rd.endsWith('日') && NAME_AFTER_JINRI.test(norm.slice(wordEnd, wordEnd + 3))) return null;
  // A short quoted title that starts with 今日/明日 (“今日俄罗斯”, 「今日」, 《明日之后》) is a name.
  if (rd.endsWith('日') && OPEN_QUOTE.test(norm.slice(Math.max(0, start - 1), start)) && CLOSE_QUOTE_SOON.test(norm.slice(wordEnd, wordEnd + 7))) {
    return null;
  }
  if (rd === '明天' && /[的个好]$/.test(norm.slice(Math.max(0, start - 1), start))) return null;
  return {
    start,
    end: start + m[0].length,
    kind: 'relday',
    lacks: 'none',
    resolve(env) {
      return resolved({ s: env.ref + off, e: env.ref + off }, 'day', 'relative-day');
    },
  };
}

// 今明两天 / 今明两日 / 昨今两天: two days.
const TWO_DAYS = /(?<first>今|昨)(?<second>明|今)两[天日]/g;

function buildTwoDays(m: RegExpExecArray): Candidate | null {
  const a = group(m, 'first') === '今' ? 0 : -1;
  const b = group(m, 'second') === '明' ? 1 : 0;
  if (b <= a) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      return resolved({ s: env.ref + a, e: env.ref + b }, 'day', 'relative-days');
    },
  };
}

// Taiwan: 今(5)日, 昨(4)日, 前(3)日, 明(6)日 — the relative word and the day of the month together.
// 昨(1)晚 / 今(2)晨: the part of the day stands for 日.
const TW_BRACKET_DAY = new RegExp(`(?<tw>今|昨|前|明)\\(\\s*(?<n>[0-9]{1,2})\\s*\\)(?:[日天]|(?=[晚晨早夜]))(?<tod>${TIME_OF_DAY})`, 'g');
const TW_OFFSET: Record<string, number> = { 前: -2, 昨: -1, 今: 0, 明: 1 };

function buildTwBracket(m: RegExpExecArray): Candidate | null {
  const dom = parseNumber(group(m, 'n'));
  if (dom === null || dom < 1 || dom > 31) return null;
  const off = TW_OFFSET[group(m, 'tw')] ?? 0;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    dom,
    resolve(env) {
      const day = nearestWithDom(env.ref + off, dom, env);
      return resolved({ s: day, e: day }, 'day', 'relative-day-confirmed');
    },
  };
}

/**
 * The day with this day-of-month nearest to `near` (a month either side): the written number wins
 * over the relative word, which may be a day off when the reference day is.
 */
export function nearestWithDom(near: number, dom: number, env: Env, wd?: number, weekdayOf?: (d: number) => number): number {
  let best: number | null = null;
  let bestMatch: number | null = null;
  for (let k = -2; k <= 2; k++) {
    const [y, mo] = addMonths(env.refY, env.refM, k);
    if (!isValidDay(y, mo, dom)) continue;
    const d = dayNumber(y, mo, dom);
    if (best === null || Math.abs(d - near) < Math.abs(best - near)) best = d;
    if (wd !== undefined && weekdayOf && weekdayOf(d) === wd) {
      if (bestMatch === null || Math.abs(d - near) < Math.abs(bestMatch - near)) bestMatch = d;
    }
  }
  return bestMatch ?? best ?? near;
}

// Counted back from publication: 三天前 / 两天以前 (that day), 一周前 / 两个星期前 (that ISO week), 一个月前
// (that calendar month). Not the vague ones (几天前, 数周前, 一两天前), not years (两年前 is as often
// "some two years ago" as a year, and is left out), not 天后 / 周后 (三天后 counts from an event as
// often as from publication), and not a count before another noun (三天前往, 两周前线).
// 在会谈的两天前 counts from the talks: nothing after 的 / 之.
const AGO = new RegExp(
  '(?<![0-9〇零一二两三四五六七八九十百千几数多半每第的之前近约])' +
    '(?<n>[0-9]{1,3}|[一二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)' +
    '(?<unit>天|个?星期|周|个?礼拜|个月)以?前(?![往来去进线夕者任所方面途景提沿排列行锋哨台])',
  'g',
);

function buildAgo(m: RegExpExecArray): Candidate | null {
  const n = parseNumber(group(m, 'n'));
  if (n === null || n < 1) return null;
  const unit = group(m, 'unit');
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      if (unit === '天') return resolved({ s: env.ref - n, e: env.ref - n }, 'day', 'days-ago');
      if (unit === '个月') {
        const [y, mo] = addMonths(env.refY, env.refM, -n);
        return resolved(monthSpan(y, mo), 'month', 'months-ago', { statedYear: y, statedMonth: mo });
      }
      const monday = weekMonday(env.ref - 7 * n);
      return resolved({ s: monday, e: monday + 6 }, 'week', 'weeks-ago');
    },
  };
}

export const relativeRecognizers: Recognizer[] = [
  { name: 'ago', keys: { any: KEY.RELATIVE, reach: 8 }, gate: /(?:天|期|周|拜|月)以?前/, re: AGO, build: buildAgo },
  { name: 'relative-day', keys: { any: KEY.RELATIVE, reach: 0 }, re: RELATIVE_DAY, build: buildRelativeDay },
  { name: 'two-days', keys: { any: KEY.RELATIVE, all: KEY.LIANG, reach: 0 }, re: TWO_DAYS, build: buildTwoDays },
  { name: 'tw-bracket-day', keys: { any: KEY.RELATIVE, all: KEY.BRACKET, reach: 0 }, re: TW_BRACKET_DAY, build: buildTwBracket },
];
