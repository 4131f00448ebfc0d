// Holidays on a fixed day of the Western calendar: 元旦 (1 January), 平安夜 (24 December), 圣诞节
// (25 December), with or without a year (今年元旦, 2022年元旦, 圣诞节前夕). Without a year the nearest
// one is meant, the clause's tense breaking ties, as for a month-day (bases.ts, yearless).
//
// Lunar holidays (春节, 中秋) and national days (国庆: whose nation?) need a calendar or the text's
// country and are left out.
import { dayNumber } from './calendar.ts';
import { YEAR_PREFIX, resolveYear, yearBase, yearless } from './bases.ts';
import { KEY } from './keys.ts';
import { group, resolved, type Candidate, type Recognizer } from './types.ts';

const DAYS: Record<string, [number, number]> = { 元旦: [1, 1], 平安夜: [12, 24], 圣诞节: [12, 25], 圣诞: [12, 25] };

// 圣诞 alone only where it is the day (圣诞前夕, 圣诞期间), not 圣诞老人 or 圣诞树.
const HOLIDAY = new RegExp(`(?:${YEAR_PREFIX})?(?<h>元旦|平安夜|圣诞节|圣诞(?=前夕|当天|期间|假期|前|后|夜))`, 'g');

function buildHoliday(m: RegExpExecArray): Candidate | null {
  const md = DAYS[group(m, 'h')];
  if (!md) return null;
  const [mo, d] = md;
  const base = yearBase(m);
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: base ? 'none' : 'year',
    resolve(env) {
      if (base) {
        const y = resolveYear(base, env);
        if (y === null) return null;
        const day = dayNumber(y, mo, d);
        return resolved({ s: day, e: day }, 'day', 'holiday', { statedYear: y, statedMonth: mo, absoluteYear: base.kind === 'abs' });
      }
      const pick = yearless(env, (y) => {
        const day = dayNumber(y, mo, d);
        return { s: day, e: day };
      });
      return pick ? resolved(pick.span, 'day', 'holiday-nearest', { statedMonth: mo }) : null;
    },
  };
}

export const holidayRecognizers: Recognizer[] = [{ name: 'holiday', keys: { any: KEY.HOLIDAY, reach: 9 }, re: HOLIDAY, build: buildHoliday }];
