// Years and what is measured in years: 2014年, 今年, 去年底, 明年初, 年内, 同年, 民国111年;
// decades (20世纪80年代, 上世纪90年代末, 1980年代, 80年代); anniversaries (X周年) when the sentence
// writes the year they count from.
//
// Not years: 2014年代 (no such decade), 2014年度 (a report's numbering), 2000多年 / 近2000年来
// (durations), 年轻 / 年龄 (words).
import { yearSpan } from './calendar.ts';
import { YEAR_MOD, YEAR_PREFIX, resolveYear, yearBase, yearPart } from './bases.ts';
import { MID, NO_NUM_BEFORE, parseNumber } from './numbers.ts';
import { group, resolved, type Candidate, type Recognizer } from './types.ts';
import { KEY } from './keys.ts';

const YEAR = new RegExp(`(?:${YEAR_PREFIX})${YEAR_MOD}?`, 'g');

// Around a written year, words that make it an amount of years: 近2000年, 2000多年, 1000年历史.
const AMOUNT_BEFORE = /(?:近|约|逾|数|过去|长达|超过|达|共|历时|公元前)$/;
const AMOUNT_AFTER = /^(?:多|余|左右|之久|以上)/;
// 有1000年历史 is an age; 1998年历史极值 is the record of 1998.
const AGE = { before: /有$/, after: /^历史/ };
const SINCE_BEFORE = /(?:自|从|自从)$/;

function buildYear(m: RegExpExecArray, norm: string): Candidate | null {
  const base = yearBase(m);
  if (!base) return null;
  const start = m.index;
  const end = start + m[0].length;
  const mod = group(m, 'ymod');
  if (base.kind === 'abs' && group(m, 'y4')) {
    const before = norm.slice(Math.max(0, start - 4), start);
    const after = norm.slice(end, end + 4);
    if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after)) return null;
    if (AGE.before.test(before) && AGE.after.test(after)) return null;
    // 2014年来 is "since 2014" only after 自/从; alone, N年来 is a duration.
    if (!mod && after.startsWith('来') && !SINCE_BEFORE.test(before)) return null;
  }
  return {
    start,
    end,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      const y = resolveYear(base, env);
      if (y === null) return null;
      const part = yearPart(y, mod);
      const rule = base.kind === 'abs' ? 'year' : base.kind === 'rel' ? 'relative-year' : 'backref-year';
      return resolved(part.span, part.precision, mod ? `${rule}-part` : rule, { statedYear: y, absoluteYear: base.kind === 'abs' });
    },
  };
}

// 年初, 年底, 年内 on their own are the publication year's; the look-behind keeps the words that end
// in 年 out (青年, 新年, 全年, 三年内, 每年底 …).
const BARE_YEAR_PART = new RegExp(
  `(?<![0-9〇零一二两三四五六七八九十百千万几数多半整每青少成中老晚早童新过拜周全历往逐常近连当同今去明本上下次翌前后来第隔余壮盛终暮学财会经个])年(?<bmod>初|${MID}|底|末|内)`,
  'g',
);

function buildBarePart(m: RegExpExecArray): Candidate {
  const mod = group(m, 'bmod');
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      const part = yearPart(env.refY, mod);
      return resolved(part.span, part.precision, 'this-year-part', { statedYear: env.refY });
    },
  };
}

const DECADE = new RegExp(
  `(?:(?:(?<cent>二十一|二十|十九|21|20|19)世纪|(?<prevc>上个?世纪)|(?<thisc>本世纪))?${NO_NUM_BEFORE}(?<dec>[1-9]0|[一二三四五六七八九]十)` +
    `|${NO_NUM_BEFORE}(?<d4>1[0-9]{2}0|20[0-9]0))年代(?<dmod>初期?|早期|前期|中期|${MID}|末期?|后期|晚期)?`,
  'g',
);

function buildDecade(m: RegExpExecArray): Candidate | null {
  const d4 = group(m, 'd4');
  const dec = parseNumber(group(m, 'dec')) ?? 0;
  const cent = parseNumber(group(m, 'cent'));
  const mod = group(m, 'dmod');
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    resolve(env) {
      let y0: number;
      let rule = 'decade';
      if (d4) y0 = Number(d4);
      else if (cent !== null) y0 = (cent - 1) * 100 + dec;
      else if (group(m, 'prevc')) y0 = Math.floor(env.refY / 100) * 100 - 100 + dec;
      else if (group(m, 'thisc')) y0 = Math.floor(env.refY / 100) * 100 + dec;
      else {
        // 80年代 without a century: the latest such decade that has begun by publication.
        y0 = Math.floor(env.refY / 100) * 100 + dec;
        if (y0 > env.refY) y0 -= 100;
        rule = 'decade-nearest';
      }
      let [a, b] = [0, 9];
      if (/^(?:初|早|前)/.test(mod)) [a, b] = [0, 3];
      else if (mod.startsWith('中')) [a, b] = [4, 6];
      else if (/^(?:末|后|晚)/.test(mod)) [a, b] = [7, 9];
      return resolved({ s: yearSpan(y0 + a).s, e: yearSpan(y0 + b).e }, 'decade', rule);
    },
  };
}

// X周年: the anniversary year, counted from a year the sentence writes ("1991年…30周年" = 2021), or
// that year itself when the sentence says it is the anniversary ("2022年是…建交30周年", "今年恰逢…
// 30周年"). Otherwise an anniversary needs outside knowledge and is left out ("明年7月…届时正值北约成立
// 75周年" is read as vague by the annotators); 周年 alone is never a time. The engine resolves anniversaries after the rest of the sentence (see engine.ts).
const ANNIVERSARY = new RegExp(`${NO_NUM_BEFORE}(?<an>[0-9]{1,3}|[一二三四五六七八九十百两]{1,4})周年`, 'g');

function buildAnniversary(m: RegExpExecArray): Candidate | null {
  const n = parseNumber(group(m, 'an'));
  if (n === null || n < 1) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'anniversary',
    lacks: 'none',
    resolve(env) {
      for (const { y, absolute, subject } of env.years) {
        const year = absolute && y + n <= env.refY + 2 ? y + n : subject && Math.abs(y - env.refY) <= 5 ? y : null;
        if (year !== null) return resolved(yearSpan(year), 'year', 'anniversary', { statedYear: year });
      }
      return null;
    },
  };
}

export const yearRecognizers: Recognizer[] = [
  { name: 'year', keys: { any: KEY.YEAR, reach: 9 }, re: YEAR, build: buildYear },
  { name: 'bare-year-part', keys: { any: KEY.YEAR, all: KEY.PART, reach: 0 }, re: BARE_YEAR_PART, build: buildBarePart },
  { name: 'decade', keys: { any: KEY.DECADE, all: KEY.YEAR, reach: 12 }, re: DECADE, build: buildDecade },
  { name: 'anniversary', keys: { any: KEY.WEEK, all: KEY.YEAR, reach: 4 }, re: ANNIVERSARY, build: buildAnniversary },
];
