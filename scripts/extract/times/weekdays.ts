// Weekdays, weeks and weekends: 周二, 星期五, 礼拜天, 週六早上, 上周五, 下周一, 本周, 上个星期,
// 上周末, 周末. Weeks are ISO weeks, Monday to Sunday.
//
// A weekday alone is the latest such day on or before publication; a week later only when the clause
// speaks of the future and the day is not the publication day itself ("将于周五" in a Wednesday
// article is two days ahead; "周四表示" in a Friday article is yesterday).
//
// Not weekdays: 每周一 (a recurrence), 两周一次 / 四周 (counts of weeks), 周围, 周期, 周刊, 周年.
import { weekMonday, weekday } from './calendar.ts';
import { MID, TIME_OF_DAY } from './numbers.ts';
import { group, resolved, type Candidate, type Env, type Recognizer } from './types.ts';
import { KEY } from './keys.ts';

const PREFIX = '(?<pre>上上|下下|(?<![以之如])上|(?<![以之如])下|本|这|今)(?:一)?(?:个)?';
const WEEK_WORD = '(?:周|星期|礼拜)';
const NOT_AFTER = '(?<![每逢隔各几数多半整满头第0-9〇零一二两三四五六七八九十])';

// Hong Kong web papers also write the weekday as a digit, often after a space: 星期 6, 星期5.
const WEEKDAY = new RegExp(
  `${NOT_AFTER}(?:${PREFIX})?(?:${WEEK_WORD}(?<wd>[一二三四五六日天])|(?:星期|礼拜) ?(?<wdn>[1-7])(?![0-9.%]| ?[次天个年月日号周小时倍名人期]))(?<tod>${TIME_OF_DAY})`,
  'g',
);
const WEEKEND = new RegExp(`${NOT_AFTER}(?<![个])(?:${PREFIX})?(?:周末|星期末)`, 'g');
const WEEK = new RegExp(
  `(?:${PREFIX})${WEEK_WORD}(?![期刊岁边围遭转长年])(?<wmod>初|${MID}|内|早些时候|晚些时候|稍早前|稍早|稍晚|稍后|较早时候|较早前|较早时)?`,
  'g',
);

const WD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEK_OFFSET: Record<string, number> = { 上上: -14, 上: -7, 本: 0, 这: 0, 今: 0, 下: 7, 下下: 14 };

// 周一 followed by these is a word starting with 一 (本周一共, 周一道): the week, not Monday.
const YI_WORD = /^[共道同致些直定般样旦再切律向概齐贯度]/;

function buildWeekday(m: RegExpExecArray, norm: string): Candidate | null {
  const wdChar = group(m, 'wd');
  const wdn = group(m, 'wdn');
  const wd = wdn ? Number(wdn) : WD[wdChar];
  if (wd === undefined) return null;
  const start = m.index;
  const end = start + m[0].length;
  if (wdChar === '一' && !group(m, 'tod') && YI_WORD.test(norm.slice(end, end + 1))) return null;
  const pre = group(m, 'pre');
  return {
    start,
    end,
    kind: 'weekday',
    lacks: pre ? 'none' : 'week',
    wd,
    resolve(env) {
      return resolveWeekday(env, wd, pre);
    },
  };
}

function resolveWeekday(env: Env, wd: number, pre: string) {
  if (pre) {
    const off = WEEK_OFFSET[pre] ?? 0;
    const d = weekMonday(env.ref) + off + wd - 1;
    const rule = off < 0 ? 'weekday-last-week' : off > 0 ? 'weekday-next-week' : 'weekday-this-week';
    return resolved({ s: d, e: d }, 'day', rule);
  }
  const a = env.anchor;
  if (a && a.mode === 'range' && a.after !== null) {
    const d = a.after + ((wd - weekday(a.after) + 7) % 7);
    return resolved({ s: d, e: d }, 'day', 'range');
  }
  const d = env.ref - ((weekday(env.ref) - wd + 7) % 7);
  if (env.tense === 'future' && d !== env.ref) return resolved({ s: d + 7, e: d + 7 }, 'day', 'weekday-future');
  return resolved({ s: d, e: d }, 'day', 'weekday-past');
}

function buildWeekend(m: RegExpExecArray): Candidate {
  const pre = group(m, 'pre');
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      const monday = weekMonday(env.ref);
      let sat: number;
      if (pre) sat = monday + (WEEK_OFFSET[pre] ?? 0) + 5;
      else if (weekday(env.ref) >= 6 || env.tense === 'future') sat = monday + 5;
      else sat = monday - 2; // 周末 in a weekday's past-tense report: the weekend just gone
      return resolved({ s: sat, e: sat + 1 }, 'week', pre ? 'relative-weekend' : 'weekend');
    },
  };
}

function buildWeek(m: RegExpExecArray): Candidate {
  const off = WEEK_OFFSET[group(m, 'pre')] ?? 0;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      const monday = weekMonday(env.ref) + off;
      return resolved({ s: monday, e: monday + 6 }, 'week', 'relative-week');
    },
  };
}

export const weekdayRecognizers: Recognizer[] = [
  { name: 'weekday', keys: { any: KEY.WEEK, reach: 5 }, re: WEEKDAY, build: buildWeekday },
  { name: 'weekend', keys: { any: KEY.WEEK, all: KEY.PART, reach: 5 }, re: WEEKEND, build: buildWeekend },
  { name: 'week', keys: { any: KEY.WEEK, reach: 5 }, re: WEEK, build: buildWeek },
];
