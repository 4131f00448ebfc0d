// An event's date in the interface language at its own precision: a month reads "2022年4月" /
// "Apr 2022", not "1 Apr – 30 Apr 2022", so the list and the detail panel say as much as the source
// did and no more. Intervals that do not line up with their precision fall back to a day range.
import { formatDay, formatRange, type Lang } from '../../lib/i18n.ts';
import type { Precision } from '../../lib/schema.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASONS = {
  zh: { 3: '春季', 6: '夏季', 9: '秋季', 12: '冬季' },
  en: { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' },
} as const;
type SeasonStart = 3 | 6 | 9 | 12;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const parse = (day: string): Ymd => ({ y: +day.slice(0, 4), m: +day.slice(5, 7), d: +day.slice(8, 10) });
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

function monthLabel(lang: Lang, { y, m }: Ymd): string {
  return lang === 'zh' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}

function monthRange(lang: Lang, a: Ymd, b: Ymd): string {
  if (a.y === b.y && a.m === b.m) return monthLabel(lang, a);
  if (lang === 'zh') return a.y === b.y ? `${a.y}年${a.m}月–${b.m}月` : `${monthLabel(lang, a)}–${monthLabel(lang, b)}`;
  return a.y === b.y ? `${MONTHS_EN[a.m - 1]} – ${MONTHS_EN[b.m - 1]} ${a.y}` : `${monthLabel(lang, a)} – ${monthLabel(lang, b)}`;
}

function yearRange(lang: Lang, a: number, b: number): string {
  const text = a === b ? `${a}` : `${a}–${b}`;
  return lang === 'zh' ? `${text}年` : text;
}

function season(lang: Lang, a: Ymd, b: Ymd): string | null {
  if (![3, 6, 9, 12].includes(a.m) || a.d !== 1) return null;
  const endMonth = ((a.m + 1) % 12) + 1;
  if (b.m !== endMonth || b.d !== lastDay(b.y, b.m) || b.y !== (a.m === 12 ? a.y + 1 : a.y)) return null;
  const name = SEASONS[lang][a.m as SeasonStart];
  if (lang === 'zh') return `${a.y}年${name}`;
  return a.m === 12 ? `${name} ${a.y}–${String(b.y).slice(2)}` : `${name} ${a.y}`;
}

/** "2022年4月4日", "Apr 2022", "spring 2022", "2010s"…: the interval as precise as its precision. */
export function formatWhen(lang: Lang, start: string, end: string, precision: Precision): string {
  const a = parse(start);
  const b = parse(end);
  const wholeMonths = a.d === 1 && b.d === lastDay(b.y, b.m);
  const wholeYears = wholeMonths && a.m === 1 && b.m === 12;
  switch (precision) {
    case 'day':
    case 'reported':
      return formatRange(lang, start, end);
    case 'week':
      if (daysBetween(start, end) === 6)
        return lang === 'zh' ? `${formatDay(lang, start)}起的一周` : `week of ${formatDay(lang, start)}`;
      return formatRange(lang, start, end);
    case 'month':
      return wholeMonths ? monthRange(lang, a, b) : formatRange(lang, start, end);
    case 'season':
      return season(lang, a, b) ?? (wholeMonths ? monthRange(lang, a, b) : formatRange(lang, start, end));
    case 'year':
      return wholeYears ? yearRange(lang, a.y, b.y) : formatRange(lang, start, end);
    case 'decade':
      if (wholeYears && a.y % 10 === 0 && b.y === a.y + 9) return lang === 'zh' ? `${a.y}年代` : `${a.y}s`;
      return wholeYears ? yearRange(lang, a.y, b.y) : formatRange(lang, start, end);
  }
}
