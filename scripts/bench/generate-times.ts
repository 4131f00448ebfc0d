// When the generated news happens and how its sentences say so. Publication days come from a
// mixture of "episodes" (the Crimea annexation, the Minsk talks, the 2022 invasion, …) over a
// background that grows after February 2022, so wars and talks cluster in time the way a real
// news archive does. Each event's time word is written relative to its article's publication day
// and resolved exactly as the contract asks (a month is the whole month, winter runs into the next
// year, a decade is ten years).
import {
  civil, dayNumber, isoDay, monthSpan, monthsSpan, weekday, weekMonday, yearSpan, type DayNumber, type Span,
} from '../extract/times/calendar.ts';
import type { Precision, TimeMention } from '../../src/lib/schema.ts';
import { Random, WeightedPicker } from './generate-random.ts';

export type Theme = 'war' | 'talks' | 'general';

interface Episode {
  /** Centre of the burst (for a background: its first day) and spread in days (background: last day). */
  center: string;
  spread: number;
  weight: number;
  theme: Theme | 'mixed';
  venue?: string;
  /** A flat stretch instead of a burst: publication days uniform from `center` to `until`. */
  until?: string;
}

export const FIRST_DAY = dayNumber(2014, 1, 1);
export const LAST_DAY = dayNumber(2024, 12, 31);

const EPISODES: readonly Episode[] = [
  { center: '2014-01-01', until: '2022-02-23', spread: 0, weight: 10, theme: 'mixed' },
  { center: '2022-02-24', until: '2024-12-31', spread: 0, weight: 22, theme: 'mixed' },
  { center: '2014-03-01', spread: 15, weight: 5, theme: 'war' },
  { center: '2014-07-20', spread: 40, weight: 7, theme: 'war' },
  { center: '2014-09-05', spread: 6, weight: 2, theme: 'talks', venue: 'minsk' },
  { center: '2015-02-01', spread: 12, weight: 3, theme: 'war' },
  { center: '2015-02-11', spread: 6, weight: 3, theme: 'talks', venue: 'minsk' },
  { center: '2019-12-09', spread: 5, weight: 1, theme: 'talks', venue: 'paris' },
  { center: '2021-04-10', spread: 15, weight: 2, theme: 'war' },
  { center: '2022-01-12', spread: 15, weight: 4, theme: 'talks', venue: 'geneva' },
  { center: '2022-03-15', spread: 25, weight: 20, theme: 'war' },
  { center: '2022-03-29', spread: 8, weight: 4, theme: 'talks', venue: 'istanbul' },
  { center: '2022-05-10', spread: 15, weight: 6, theme: 'war' },
  { center: '2022-07-22', spread: 6, weight: 3, theme: 'talks', venue: 'istanbul' },
  { center: '2022-09-12', spread: 12, weight: 8, theme: 'war' },
  { center: '2022-11-11', spread: 8, weight: 5, theme: 'war' },
  { center: '2023-05-15', spread: 25, weight: 6, theme: 'war' },
  { center: '2023-06-25', spread: 30, weight: 8, theme: 'war' },
  { center: '2023-08-05', spread: 4, weight: 2, theme: 'talks', venue: 'jeddah' },
  { center: '2024-02-15', spread: 12, weight: 5, theme: 'war' },
  { center: '2024-06-15', spread: 5, weight: 2, theme: 'talks', venue: 'geneva' },
  { center: '2024-08-15', spread: 15, weight: 5, theme: 'war' },
];

const episodePicker = new WeightedPicker(EPISODES.map((e) => e.weight));

const parse = (day: string): DayNumber => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};
const clampDay = (z: DayNumber): DayNumber => Math.max(FIRST_DAY, Math.min(LAST_DAY, z));

/** An article's publication day, theme and (for talks) venue. */
export interface Moment {
  day: DayNumber;
  theme: Theme;
  venue?: string;
}

export function drawMoment(random: Random): Moment {
  const ep = EPISODES[episodePicker.pick(random)]!;
  const from = parse(ep.center);
  const day = ep.until ? random.int(from, parse(ep.until)) : clampDay(from + Math.round(random.normal() * ep.spread));
  const theme: Theme = ep.theme === 'mixed' ? (random.next() < 0.6 ? 'war' : random.next() < 0.5 ? 'general' : 'talks') : ep.theme;
  return ep.venue ? { day, theme, venue: ep.venue } : { day, theme };
}

/** How often each precision occurs: mostly days, a fair share of undated (`reported`) sentences. */
const PRECISION_MIX: ReadonlyArray<readonly [Precision, number]> = [
  ['day', 55], ['reported', 20], ['week', 6], ['month', 9], ['season', 3], ['year', 6], ['decade', 1],
];
const precisionPicker = new WeightedPicker(PRECISION_MIX.map(([, w]) => w));

export function drawPrecision(random: Random): Precision {
  return PRECISION_MIX[precisionPicker.pick(random)]![0];
}

const WEEKDAY_ZH = ['', '一', '二', '三', '四', '五', '六', '日'];
const SEASONS: ReadonlyArray<readonly [string, number, number]> = [
  ['冬', 12, 14], ['春', 3, 5], ['夏', 6, 8], ['秋', 9, 11],
];

function mention(text: string, span: Span, precision: Precision, rule: string): Omit<TimeMention, 'offset'> {
  return { text, start: isoDay(span.s), end: isoDay(span.e), precision, rule };
}

/**
 * A time expression for an event of an article published on `pub`, with the given precision
 * (not `reported`), and its resolved interval. The offset is filled in by the sentence builder.
 */
export function drawTime(random: Random, pub: DayNumber, precision: Exclude<Precision, 'reported'>): Omit<TimeMention, 'offset'> {
  const [py, pm] = civil(pub);
  switch (precision) {
    case 'day': {
      // Most events happened on the publication day or the few days before it.
      const back = random.next() < 0.85 ? random.int(0, 3) : random.int(4, 40);
      const z = clampDay(pub - back);
      const [y, m, d] = civil(z);
      const roll = random.next();
      if (z === pub && roll < 0.15) return mention('今天', { s: z, e: z }, 'day', 'relative-day');
      if (back >= 1 && back <= 6 && roll < 0.35) return mention(`周${WEEKDAY_ZH[weekday(z)]}（${d}日）`, { s: z, e: z }, 'day', 'weekday-with-day');
      if (y === py && m === pm && roll < 0.75) return mention(`${d}日`, { s: z, e: z }, 'day', 'bare-day');
      if (y === py && roll < 0.92) return mention(`${m}月${d}日`, { s: z, e: z }, 'day', 'month-day-nearest');
      return mention(`${y}年${m}月${d}日`, { s: z, e: z }, 'day', 'absolute-day');
    }
    case 'week': {
      const monday = weekMonday(pub) - (random.next() < 0.5 ? 0 : 7);
      const word = monday === weekMonday(pub) ? '本周' : '上周';
      if (random.next() < 0.25) return mention(`${word}末`, { s: monday + 5, e: monday + 6 }, 'week', 'relative-weekend');
      return mention(word, { s: monday, e: monday + 6 }, 'week', 'relative-week');
    }
    case 'month': {
      const [y, m] = civil(clampDay(pub - random.int(0, 150)));
      const span = monthSpan(y, m);
      if (y === py && m === pm) return mention('本月', span, 'month', 'relative-month');
      const [ly, lm] = civil(monthSpan(py, pm).s - 1);
      if (y === ly && m === lm) return mention(random.next() < 0.5 ? '上月' : '上个月', span, 'month', 'relative-month');
      if (y === py) return mention(`${m}月`, span, 'month', 'month-nearest');
      return mention(`${y}年${m}月`, span, 'month', 'absolute-month');
    }
    case 'season': {
      const [y, m] = civil(clampDay(pub - random.int(0, 400)));
      // January and February belong to the winter that began the December before.
      const [name, from, to] = m <= 2 ? SEASONS[0]! : SEASONS.find(([, f, t]) => m >= f && m <= t)!;
      const sy = m <= 2 ? y - 1 : y;
      return mention(`${sy}年${name}季`, monthsSpan(sy, from, to), 'season', 'season');
    }
    case 'year': {
      const [y] = civil(clampDay(pub - random.int(0, 1000)));
      if (y === py) return mention('今年', yearSpan(y), 'year', 'relative-year');
      if (y === py - 1) return mention('去年', yearSpan(y), 'year', 'relative-year');
      return mention(`${y}年`, yearSpan(y), 'year', 'year');
    }
    case 'decade': {
      const [y] = civil(clampDay(pub - random.int(0, 2000)));
      const d0 = Math.floor(y / 10) * 10;
      return mention(`${d0}年代`, { s: yearSpan(d0).s, e: yearSpan(d0 + 9).e }, 'decade', 'decade');
    }
  }
}

/** `2022-04-05T09:59:09Z`: the publication instant of an article published on `day`. */
export function publishedAt(random: Random, day: DayNumber): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${isoDay(day)}T${two(random.int(0, 23))}:${two(random.int(0, 59))}:${two(random.int(0, 59))}Z`;
}
