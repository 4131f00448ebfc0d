// The shapes the recognisers and the engine share.
import type { TimeMention } from '../../../src/lib/schema.ts';
import type { DayNumber, Span } from './calendar.ts';

/** Every precision a time expression can have ('reported' belongs to events, not to times). */
export type Precision = Exclude<TimeMention['precision'], 'reported'>;

/** Coarser precisions win when two expressions combine into one range. */
export const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5 };

/** Tense of the clause around an expression: it decides which way an incomplete date points. */
export type Tense = 'future' | 'past' | 'none';

/** A resolved interval kept between sentences, for 同日/次日/当年. */
export interface LastSpan extends Span {
  precision: Precision;
}

/**
 * Where an incomplete expression takes its missing year or month from, instead of the publication
 * day: the first half of a range (`明年2月至3月`, `12日至13日`), the item before it in a list
 * (`3月5日和7日`) or the last date of the text when a word points back at it (`此前的12月1日`). In a
 * range the second half must not end before the first starts.
 */
export interface Anchor {
  /** 'near': a back-reference (此前的12月1日): the reading nearest to `near`, around year `y`. */
  mode: 'range' | 'inherit' | 'near';
  y: number;
  m: number | null;
  /** Range mode: the first day of the first half. */
  after: DayNumber | null;
  /** Near mode: the day the back-reference points at (the last date of the text). */
  near?: DayNumber;
}

export interface Env {
  ref: DayNumber;
  refY: number;
  refM: number;
  refD: number;
  tense: Tense;
  last: LastSpan | null;
  anchor: Anchor | null;
  /**
   * Years the sentence stated, for an anniversary (X周年) to count from: absolute ones (1991年 →
   * 1991 + X) or the anniversary's own year, when the sentence says so (今年是…30周年, 2022年是…30周年:
   * `subject`).
   */
  years: { y: number; absolute: boolean; subject: boolean }[];
}

export interface Resolved extends Span {
  precision: Precision;
  rule: string;
  /** The year the text stated (2022年, 今年, 同年), null when it was inferred. */
  statedYear: number | null;
  /** The month the text stated (4月, 上月), null when it was inferred. */
  statedMonth: number | null;
  /** The stated year was written as a number (2022年, 二〇二二年), not relative to anything. */
  absoluteYear: boolean;
}

/** What an expression lacks and may take from an anchor. */
export type Lack = 'none' | 'year' | 'month' | 'week';

/**
 * Kinds the engine combines: a weekday next to a day (`周二（5日）`, `4日（周一）`), a relative day
 * next to a day (`今日（5日）`); everything else is 'other'.
 */
export type Kind = 'weekday' | 'dated' | 'relday' | 'other' | 'anniversary';

export interface Candidate {
  /** JS string indices in the sentence, end exclusive. */
  start: number;
  end: number;
  kind: Kind;
  lacks: Lack;
  /** Day of the month the text wrote (5日, 3月5日). */
  dom?: number;
  /** The month was written with the day (3月5日, 2022年3月5日): the day needs no weekday help. */
  fullDate?: boolean;
  /** A recurrence (每周一, 每年2月24日): it claims its characters and resolves to nothing. */
  recurrence?: boolean;
  /** ISO weekday the text wrote (周二 = 2). */
  wd?: number;
  resolve(env: Env): Resolved | null;
}

export interface Recognizer {
  name: string;
  /**
   * Key characters (keys.ts): the recogniser runs only on a sentence holding one of `any` and all of
   * `all`, and its scan starts `reach` characters before the first of `any`.
   */
  keys: { any: number; all?: number; reach: number };
  /**
   * A cheap expression every match must contain (a number pair for ranges): when given, the scan runs
   * only if it matches, and starts `reach` characters before it.
   */
  gate?: RegExp;
  /** Global regular expression run over the normalised sentence. */
  re: RegExp;
  /** `orig` is the sentence as written, for the rare rule that must tell 國 from 国. */
  build(m: RegExpExecArray, norm: string, orig: string): Candidate | null;
}

/** Named group value, or '' when the group did not take part. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? '';
}

export function resolved(
  span: Span,
  precision: Precision,
  rule: string,
  stated?: { statedYear?: number | null; statedMonth?: number | null; absoluteYear?: boolean },
): Resolved {
  return {
    s: span.s,
    e: span.e,
    precision,
    rule,
    statedYear: stated?.statedYear ?? null,
    statedMonth: stated?.statedMonth ?? null,
    absoluteYear: stated?.absoluteYear ?? false,
  };
}
