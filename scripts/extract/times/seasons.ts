// Seasons, quarters and half-years: 今年春季, 去年冬天, 2022年夏季, 今冬, 明春, 一季度, 2022年第二季度,
// 前三季度, 今年上半年, 下半年, 今年前两个月.
//
// A season needs a year word (今年, 去年, 2022年, 今/去/明): a bare 冬季 is as often a name (冬季奥运会,
// 夏季达沃斯) or a habit as a date. 春节, 春运, 春晚 are festivals, not spring.
// Winter is December to February and belongs to the year it starts in; 今冬 in January or February
// is the winter under way, which started the year before.
import { monthsSpan } from './calendar.ts';
import { YEAR_PREFIX, resolveYear, yearBase, type Base } from './bases.ts';
import { parseNumber } from './numbers.ts';
import { group, resolved, type Candidate, type Env, type Recognizer } from './types.ts';
import { KEY } from './keys.ts';

const SEASON = new RegExp(
  `(?:${YEAR_PREFIX}|(?<sh>今|(?<![失过离除回删抹剪脱])去|(?<![声说表证发光文透英分标简阐开指申查言聪鲜黎])明)(?=[春夏秋冬]))` +
    '(?<season>春季|春天|夏季|夏天|秋季|秋天|冬季|冬天|春|夏|秋|冬)(?<smod>初|末)?(?![季天节运晚奥联耕残装令假])',
  'g',
);

const SEASON_MONTHS: Record<string, [number, number]> = { 春: [3, 5], 夏: [6, 8], 秋: [9, 11], 冬: [12, 14] };
const SHORT_YEAR: Record<string, number> = { 今: 0, 去: -1, 明: 1 };

function buildSeason(m: RegExpExecArray): Candidate | null {
  const sh = group(m, 'sh');
  const base: Base | null = sh ? { kind: 'rel', off: SHORT_YEAR[sh] ?? 0 } : yearBase(m);
  const months = SEASON_MONTHS[group(m, 'season').charAt(0)];
  if (!base || !months) return null;
  const isWinter = months[0] === 12;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      let y = resolveYear(base, env);
      if (y === null) return null;
      if (isWinter && base.kind === 'rel' && base.off === 0 && env.refM <= 2) y -= 1;
      return resolved(monthsSpan(y, months[0], months[1]), 'season', 'season', { statedYear: y });
    },
  };
}

const QUARTER = new RegExp(
  `(?:${YEAR_PREFIX})?(?<![上下本这同每])(?:第?(?<qn>[一二三四1-4])季度|(?<first>首)季度?|Q(?<qq>[1-4])(?![0-9])|前(?<q3>[二三])季度)`,
  'g',
);
const HALF = new RegExp(`(?:${YEAR_PREFIX})?(?<half>上半年|下半年)`, 'g');

const QN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The year of a quarter or half written without one: an anchor's (list), else the publication year. */
function yearOf(base: Base | null, env: Env): number | null {
  if (base) return resolveYear(base, env);
  return env.anchor ? env.anchor.y : env.refY;
}

function buildPart(m: RegExpExecArray, months: [number, number], rule: string): Candidate | null {
  const base = yearBase(m);
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: base ? 'none' : 'year',
    resolve(env) {
      const y = yearOf(base, env);
      if (y === null) return null;
      return resolved(monthsSpan(y, months[0], months[1]), 'season', rule, { statedYear: base ? y : null });
    },
  };
}

function buildQuarter(m: RegExpExecArray): Candidate | null {
  const q3 = group(m, 'q3');
  if (q3) return buildPart(m, [1, q3 === '二' ? 6 : 9], 'quarters');
  const q = group(m, 'first') ? 1 : (QN[group(m, 'qn') || group(m, 'qq')] ?? 0);
  if (!q) return null;
  return buildPart(m, [q * 3 - 2, q * 3], 'quarter');
}

function buildHalf(m: RegExpExecArray): Candidate | null {
  return buildPart(m, group(m, 'half') === '上半年' ? [1, 6] : [7, 12], 'half-year');
}

// 今年前两个月 / 2022年首五个月 / 今年头两个月: the first months of a year, only after a year (前两个月
// alone is a duration or "two months ago").
const FIRST_MONTHS = new RegExp(`(?:${YEAR_PREFIX})(?:前|首|头)(?<fm>十一|十|[两二三四五六七八九]|1[01]|[2-9])个月`, 'g');

function buildFirstMonths(m: RegExpExecArray): Candidate | null {
  const n = parseNumber(group(m, 'fm'));
  const base = yearBase(m);
  if (n === null || n < 2 || n > 11 || !base) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      const y = resolveYear(base, env);
      return y === null ? null : resolved(monthsSpan(y, 1, n), 'month', 'first-months', { statedYear: y });
    },
  };
}

export const seasonRecognizers: Recognizer[] = [
  {
    name: 'first-months',
    keys: { any: KEY.MONTH, all: KEY.YEAR, reach: 12 },
    gate: /[前首头](?:[0-9]|十|[两二三四五六七八九])/,
    re: FIRST_MONTHS,
    build: buildFirstMonths,
  },
  { name: 'season', keys: { any: KEY.SEASON, reach: 9 }, re: SEASON, build: buildSeason },
  { name: 'quarter', keys: { any: KEY.QUARTER, reach: 12 }, re: QUARTER, build: buildQuarter },
  { name: 'half-year', keys: { any: KEY.HALF, reach: 10 }, re: HALF, build: buildHalf },
];
