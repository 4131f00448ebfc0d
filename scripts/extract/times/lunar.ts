// Gregorian days of the lunar holidays, 1900–2100: 春节 (正月初一), 端午 (五月初五), 中秋 (八月十五).
// One base-36 character per year, the days after a fixed Gregorian day (21 January, 27 May,
// 7 September). Generated from the Chinese calendar of ICU (Intl.DateTimeFormat 'zh-u-ca-chinese');
// test/unit/times/holidays.test.ts checks the table against it.
import { dayNumber } from './calendar.ts';

export const FIRST_LUNAR_YEAR = 1900;
export const LAST_LUNAR_YEAR = 2100;

export type LunarHoliday = 'spring' | 'dragon' | 'autumn';

export const LUNAR_TABLE: Record<LunarHoliday, { from: [number, number]; days: string }> = {
  spring: {
    from: [1, 21],
    days:
      'ati8qe4nc1k9sg5od2lbui7qf3nc2k9rg5oe3lati6pf4nc1k8rg6oe3masi7pf4nc0j9rg6pd2lash7qf4ncuj8rg6pe2kath7qf3mb1j8sh5od2kati7qf4mb1k8rh5nc2lati7pe3mb1k9rg5oc2lbti7pe3mc0j8rf5od2lath6pf3mc1j8rg5od3k9sh6pf4mb0j',
  },
  dragon: {
    from: [5, 27],
    days:
      '5oe4mbuj7qf5nd2l9rh6oe4mati8qf5oc1k9rh6pe3mbti8rf5nd1j9sh6pe2lati8rg4nc1j9si6pe3latj8qf4mc1k9sh6od3matj8qf4nc1karg6od3mbti7qe4nd1k9sg5oe3mb0i7qf4nc2j8rh5oe3lati7qf5nc1k8rh6oe3lasi8qf5nb0j9rh6pd2lasi8rg',
  },
  autumn: {
    from: [9, 7],
    days:
      '1k9sh6pf3lbti8rg5ncvj9si6pe3latj8rg5ncvk9sh7od3matj8qf4nc1kash6pd3mbtj8qf4nd1kasg5oe3mbui7qf4nd2k9sh5oe4lbti7qf5nc1k8rh6oe3mati8qf5oc1k9rh6pd3lasi8rf4nc0j9sh6pe2lati8qg4mc1j9sh5od3latj7qf4mb1k9sh6nd2mb',
  },
};

/** The day of a lunar holiday in a Gregorian year, or null outside the table. */
export function lunarDay(which: LunarHoliday, y: number): number | null {
  if (y < FIRST_LUNAR_YEAR || y > LAST_LUNAR_YEAR) return null;
  const t = LUNAR_TABLE[which];
  const off = parseInt(t.days.charAt(y - FIRST_LUNAR_YEAR), 36);
  return dayNumber(y, t.from[0], t.from[1]) + off;
}
