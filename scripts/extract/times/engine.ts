// The engine: every recogniser proposes candidates on the normalised sentence, the longest ones win
// where they overlap, and the survivors resolve in reading order, joining into ranges and
// weekday-with-day pairs and remembering the last date for the back-references of what follows.
import { civil, isoDay, parseIsoDay } from './calendar.ts';
import { absoluteRecognizers } from './absolute.ts';
import { backrefRecognizers } from './backrefs.ts';
import { dayRecognizers } from './days.ts';
import { normalize } from './normalize.ts';
import { LIST_CONNECTOR, RANGE_CONNECTOR } from './numbers.ts';
import { FIRST_SLOTS, KEY, scanKeys, startFor } from './keys.ts';
import { joinRange, pairEnd, rangeAnchor, rangeRecognizers, resolvePair, sinceExtent } from './ranges.ts';
import { relativeRecognizers } from './relative.ts';
import { seasonRecognizers } from './seasons.ts';
import { clauseTense } from './tense.ts';
import type { Anchor, Candidate, Env, LastSpan, Precision, Recognizer, Resolved } from './types.ts';
import { weekdayRecognizers } from './weekdays.ts';
import { yearRecognizers } from './years.ts';

// 每周一至周五, 每年2月24日, 每月1日, 逢周三: recurrences. The match claims its characters so no part
// of it is read as a date, and resolves to nothing.
const RECURRENCE: Recognizer = {
  name: 'recurrence',
  keys: { any: KEY.EVERY, reach: 0 },
  re: /(?:每|逢)(?:年|个?月|周|星期|礼拜|天|日|个)?的?[0-9一二两三四五六七八九十廿卅年月日号周星期礼拜天末初底中旬至到~\-、和及]+/g,
  build: (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'other', lacks: 'none', resolve: () => null }),
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
];

// 每年2月24日, 每周一, 逢周三: recurrences, not dates.
const RECURRENCE_BEFORE = /(?:每(?:年|月|周|星期|个月|个)?的?|逢)$/;

export interface Found {
  start: number;
  end: number;
  res: Resolved;
}

export interface EngineState {
  ref: number;
  last: LastSpan | null;
  /** 自X以来 as X..publication (true) or as X alone, the way the hand annotations mark it (false). */
  sinceSpans: boolean;
}

const first = new Int32Array(FIRST_SLOTS);

function candidates(norm: string): Candidate[] {
  const out: Candidate[] = [];
  const mask = scanKeys(norm, first);
  if (mask === 0) return out;
  for (const r of RECOGNIZERS) {
    const { any, all = 0, reach } = r.keys;
    if ((mask & any) === 0 || (mask & all) !== all) continue;
    const re = r.re;
    re.lastIndex = startFor(any, reach, first);
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = r.build(m, norm);
      if (c) out.push(c);
      // A refused match may hide a shorter good one starting inside it (本周一共 → 本周).
      else re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** Longest first, then earliest; a candidate overlapping an accepted one is dropped. */
function select(all: Candidate[], norm: string): Candidate[] {
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(norm.length);
  const kept: Candidate[] = [];
  for (const c of all) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    if (RECURRENCE_BEFORE.test(norm.slice(Math.max(0, c.start - 4), c.start))) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Where an incomplete expression may take its year or month from the one before it in the same
 * sentence: across a list connector (3月5日和7日, 2021年一季度和二季度), or anywhere after a full
 * past date far from publication (1991年12月25日…，12月26日…), where the publication year would be
 * wrong. Elsewhere the publication day decides.
 */
function inheritAnchor(c: Candidate, prev: Found | null, norm: string, refY: number): Anchor | null {
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

/** Every calendar time expression of one sentence, resolved, in reading order. */
export function findTimes(sentence: string, state: EngineState): Found[] {
  const norm = normalize(sentence);
  const sel = select(candidates(norm), norm);
  if (sel.length === 0) return [];
  const [refY, refM, refD] = civil(state.ref);
  const years: Env['years'] = [];

  // Tense is worked out only for the expressions that ask for it (incomplete ones).
  const envOf = (c: Candidate, anchor: Anchor | null): Env => {
    let tense: Env['tense'] | null = null;
    return {
      ref: state.ref,
      refY,
      refM,
      refD,
      get tense() {
        return (tense ??= clauseTense(norm, c.start, c.end));
      },
      last: state.last,
      anchor,
      years,
    };
  };

  const out: Found[] = [];
  let prev: Found | null = null;
  const emit = (start: number, end: number, res: Resolved) => {
    let [s, e, r] = [start, end, res];
    if (state.sinceSpans) {
      const since = sinceExtent(norm, s, e);
      if (since && res.s <= state.ref) {
        [s, e] = since;
        r = { ...res, e: Math.max(res.e, state.ref), rule: 'since' };
      }
    }
    const found = { start: s, end: e, res: r };
    out.push(found);
    state.last = { s: r.s, e: r.e, precision: r.precision };
    prev = found;
  };

  const anniversaries: Candidate[] = [];
  for (let i = 0; i < sel.length; i++) {
    const a = sel[i] as Candidate;
    const b = sel[i + 1];
    if (a.kind === 'anniversary') {
      anniversaries.push(a);
      continue;
    }
    const envA = (c: Candidate) => envOf(c, c === a ? inheritAnchor(c, prev, norm, refY) : null);

    if (b) {
      const end = pairEnd(norm, a, b);
      if (end >= 0) {
        const res = resolvePair(a, b, envA);
        if (res) {
          emit(a.start, end, res);
          i++;
          continue;
        }
      }
    }

    const ra = a.resolve(envA(a));
    if (!ra) continue;
    if (b && RANGE_CONNECTOR.test(norm.slice(a.end, b.start))) {
      const rb = b.resolve(envOf(b, rangeAnchor(ra)));
      if (rb && rb.e >= ra.s) {
        emit(a.start, b.end, joinRange(ra, rb));
        i++;
        continue;
      }
    }
    emit(a.start, a.end, ra);
  }

  // Anniversaries count from the years the rest of the sentence stated, wherever they stand.
  if (anniversaries.length > 0) {
    for (const f of out) if (f.res.statedYear !== null) years.push({ y: f.res.statedYear, absolute: f.res.absoluteYear });
    for (const c of anniversaries) {
      const res = c.resolve(envOf(c, null));
      if (res) out.push({ start: c.start, end: c.end, res });
    }
    out.sort((x, y) => x.start - y.start);
    const lastFound = out[out.length - 1];
    if (lastFound) state.last = { s: lastFound.res.s, e: lastFound.res.e, precision: lastFound.res.precision };
  }
  return out;
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
