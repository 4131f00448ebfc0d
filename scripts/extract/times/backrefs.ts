// Days that point back at the last date the text resolved, not at the publication day: 同日, 当天,
// 当日, 同一天, 当晚, 次日, 翌日, 第二天, 隔天, 前一天 (on its own: 峰会前一天 counts from the summit). (Years and months that point back, 同年 / 当年
// / 次年 / 当月 / 同月 / 次月, are year and month prefixes: see bases.ts.)
//
// Without a last date only 当天/当日 still mean something, the dateline's day, so they fall back to
// the publication day; the others are left out. A last date coarser than a day (上周, 2014年) gives
// no day to count from either.
import { TIME_OF_DAY } from './numbers.ts';
import { group, resolved, type Candidate, type Env, type Recognizer, type Resolved } from './types.ts';
import { KEY } from './keys.ts';

// [days from the last date, counts from its first (-1, 0) or its last day (+1)]
const OFFSET: Record<string, number> = {
  同一天: 0, 同一日: 0, 同日: 0, 当天: 0, 当日: 0, 当晚: 0, 当夜: 0,
  次日: 1, 翌日: 1, 第二天: 1, 隔天: 1, 隔日: 1, 次晚: 1, 翌晨: 1, 次晨: 1,
  前一天: -1, 前一日: -1, 前一晚: -1,
};
const FALLS_BACK_TO_REFERENCE = new Set(['当天', '当日']);

const BACKREF_DAY = new RegExp(
  `(?<br>${Object.keys(OFFSET)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![而本])(?<tod>${TIME_OF_DAY})`,
  'g',
);

// 峰会前一天 / 选举的前一天 count from an event, not from the last date: 前一天 only on its own.
const EVENT_BEFORE = /[\u4e00-\u9fff]$/;
const OWN_BEFORE = /(?:在|于|就在|是|即|其|到|而|并|也|又|才|就|早在)$/;

function buildBackref(m: RegExpExecArray, norm: string): Candidate | null {
  const word = group(m, 'br');
  const off = OFFSET[word];
  if (off === undefined) return null;
  if (word.startsWith('前一')) {
    const before = norm.slice(Math.max(0, m.index - 2), m.index);
    if (EVENT_BEFORE.test(before) && !OWN_BEFORE.test(before)) return null;
  }
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'relday',
    lacks: 'none',
    resolve(env) {
      return resolveBackref(env, word, off);
    },
  };
}

function resolveBackref(env: Env, word: string, off: number): Resolved | null {
  const last = env.last;
  if (last && last.precision === 'day') {
    const base = off > 0 ? last.e : last.s;
    const d = base + off;
    const rule = off === 0 ? 'backref-same-day' : off > 0 ? 'backref-next-day' : 'backref-previous-day';
    return resolved({ s: d, e: d }, 'day', rule);
  }
  if (FALLS_BACK_TO_REFERENCE.has(word)) return resolved({ s: env.ref, e: env.ref }, 'day', 'backref-reference-day');
  return null;
}

export const backrefRecognizers: Recognizer[] = [{ name: 'backref-day', keys: { any: KEY.BACK | KEY.RELATIVE, reach: 0 }, re: BACKREF_DAY, build: buildBackref }];
