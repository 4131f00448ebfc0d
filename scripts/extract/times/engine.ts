// The engine: every recogniser proposes candidates on the normalised sentence, the longest ones win
// where they overlap, and the survivors resolve in reading order, joining into ranges and
// weekday-with-day pairs and remembering the last date for the back-references of what follows.
import { civil, isoDay, parseIsoDay } from './calendar.ts';
import { absoluteRecognizers } from './absolute.ts';
import { backrefRecognizers } from './backrefs.ts';
import { dayRecognizers } from './days.ts';
import { holidayRecognizers } from './holidays.ts';
import { normalize } from './normalize.ts';
import { LIST_CONNECTOR, RANGE_CONNECTOR } from './numbers.ts';
import { KEY, SLOTS, scanKeys, windowFor } from './keys.ts';
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
  build: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: 'none',
    recurrence: true,
    resolve() {
      return null;
    },
  }),
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
  ...holidayRecognizers,
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

const first = new Int32Array(SLOTS);
const last = new Int32Array(SLOTS);

function candidates(norm: string): Candidate[] {
  const out: Candidate[] = [];
  const mask = scanKeys(norm, first, last);
  if (mask === 0) return out;
  for (const r of RECOGNIZERS) {
    const { any, all = 0, reach } = r.keys;
    if ((mask & any) === 0 || (mask & all) !== all) continue;
    const [start, to] = windowFor(any, mask, reach, first, last, norm.length);
    let from = start;
    if (r.gate) {
      const g = r.gate.exec(norm);
      if (!g) continue;
      from = Math.max(from, g.index - reach);
    }
    // The prefix up to `to` keeps every index (and every look-behind) of the sentence.
    const text = to < norm.length ? norm.slice(0, to) : norm;
    const re = r.re;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
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

/**
 * Longest first, then earliest; a candidate overlapping an accepted one is dropped (a sentence has a
 * handful, so a list beats a bitmap). A recurrence (每…) claims its span and is dropped afterwards.
 */
function select(all: Candidate[], norm: string): Candidate[] {
  if (all.length === 0) return all;
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of all) {
    let free = true;
    for (const t of taken) {
      if (c.start < t.end && t.start < c.end) {
        free = false;
        break;
      }
    }
    if (free) taken.push(c);
  }
  const kept = taken.filter((c) => !c.recurrence && !RECURRENCE_BEFORE.test(norm.slice(Math.max(0, c.start - 4), c.start)));
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

/** The resolution context of one candidate; its clause tense is worked out only when asked for. */
class CandidateEnv implements Env {
  private clause: Env['tense'] | null = null;
  readonly ref: number;
  readonly last: LastSpan | null;
  constructor(
    private readonly run: SentenceRun,
    private readonly c: Candidate,
    readonly anchor: Anchor | null,
  ) {
    this.ref = run.state.ref;
    this.last = run.state.last;
  }
  get refY() {
    return this.run.refY;
  }
  get refM() {
    return this.run.refM;
  }
  get refD() {
    return this.run.refD;
  }
  get years() {
    return this.run.years;
  }
  get tense(): Env['tense'] {
    return (this.clause ??= clauseTense(this.run.norm, this.c.start, this.c.end));
  }
}

/** One sentence being resolved: the selected candidates in reading order and what came out so far. */
class SentenceRun {
  readonly refY: number;
  readonly refM: number;
  readonly refD: number;
  readonly years: Env['years'] = [];
  readonly out: Found[] = [];
  private prev: Found | null = null;

  constructor(
    readonly norm: string,
    readonly state: EngineState,
  ) {
    [this.refY, this.refM, this.refD] = civil(state.ref);
  }

  env(c: Candidate, anchor: Anchor | null): Env {
    return new CandidateEnv(this, c, anchor);
  }

  /** The environment of a candidate standing on its own: it may inherit from the one before. */
  ownEnv(c: Candidate): Env {
    return this.env(c, inheritAnchor(c, this.prev, this.norm, this.refY));
  }

  emit(start: number, end: number, res: Resolved): void {
    if (this.state.sinceSpans) {
      const since = sinceExtent(this.norm, start, end);
      if (since && res.s <= this.state.ref) {
        start = since[0];
        end = since[1];
        res = { ...res, e: Math.max(res.e, this.state.ref), rule: 'since' };
      }
    }
    const found = { start, end, res };
    this.out.push(found);
    this.state.last = { s: res.s, e: res.e, precision: res.precision };
    this.prev = found;
  }

  resolveAll(sel: Candidate[]): Found[] {
    const anniversaries: Candidate[] = [];
    for (let i = 0; i < sel.length; i++) {
      const a = sel[i] as Candidate;
      const b = sel[i + 1];
      if (a.kind === 'anniversary') {
        anniversaries.push(a);
        continue;
      }
      if (b) {
        const end = pairEnd(this.norm, a, b);
        if (end >= 0) {
          const res = resolvePair(a, b, (c) => (c === a ? this.ownEnv(c) : this.env(c, null)));
          if (res) {
            this.emit(a.start, end, res);
            i++;
            continue;
          }
        }
      }
      const ra = a.resolve(this.ownEnv(a));
      if (!ra) continue;
      if (b && RANGE_CONNECTOR.test(this.norm.slice(a.end, b.start))) {
        const rb = b.resolve(this.env(b, rangeAnchor(ra)));
        if (rb && rb.e >= ra.s) {
          this.emit(a.start, b.end, joinRange(ra, rb));
          i++;
          continue;
        }
      }
      this.emit(a.start, a.end, ra);
    }
    if (anniversaries.length > 0) this.resolveAnniversaries(anniversaries);
    return this.out;
  }

  /** Anniversaries count from the years the rest of the sentence stated, wherever they stand. */
  private resolveAnniversaries(anniversaries: Candidate[]): void {
    for (const f of this.out) if (f.res.statedYear !== null) this.years.push({ y: f.res.statedYear, absolute: f.res.absoluteYear });
    for (const c of anniversaries) {
      const res = c.resolve(this.env(c, null));
      if (res) this.out.push({ start: c.start, end: c.end, res });
    }
    this.out.sort((x, y) => x.start - y.start);
    const last = this.out[this.out.length - 1];
    if (last) this.state.last = { s: last.res.s, e: last.res.e, precision: last.res.precision };
  }
}

/** Every calendar time expression of one sentence, resolved, in reading order. */
export function findTimes(sentence: string, state: EngineState): Found[] {
  const norm = normalize(sentence);
  const sel = select(candidates(norm), norm);
  if (sel.length === 0) return [];
  return new SentenceRun(norm, state).resolveAll(sel);
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
