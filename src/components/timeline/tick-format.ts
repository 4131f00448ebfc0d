// Axis tick labels in the interface language, UTC. Each tick names the coarsest unit that tells it
// from its neighbours (a year, a month, a day, an hour); the first tick also names what the others
// leave out (the year, or the month), so a window inside one year still says which year.
import { timeFormatLocale, utcFormat } from 'd3-time-format';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Lang } from '../../lib/i18n.ts';

// d3's zh-CN locale definition, written out so the app needs no locale fetch.
const zh = timeFormatLocale({
  dateTime: '%x %A %X',
  date: '%Y/%-m/%-d',
  time: '%H:%M:%S',
  periods: ['上午', '下午'],
  days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
});

type Unit = 'hour' | 'day' | 'month' | 'year';

const formats: Record<Lang, Record<Unit | 'dayFull' | 'monthFull' | 'hourFull', (d: Date) => string>> = {
  zh: {
    hour: zh.utcFormat('%H:%M'),
    hourFull: zh.utcFormat('%-m月%-d日 %H:%M'),
    day: zh.utcFormat('%-d日'),
    dayFull: zh.utcFormat('%Y年%-m月%-d日'),
    month: zh.utcFormat('%-m月'),
    monthFull: zh.utcFormat('%Y年%-m月'),
    year: zh.utcFormat('%Y年'),
  },
  en: {
    hour: utcFormat('%H:%M'),
    hourFull: utcFormat('%-d %b %H:%M'),
    day: utcFormat('%-d'),
    dayFull: utcFormat('%-d %b %Y'),
    month: utcFormat('%b'),
    monthFull: utcFormat('%b %Y'),
    year: utcFormat('%Y'),
  },
};

/** The coarsest calendar unit that `date` starts. */
export function unitOf(date: Date): Unit {
  if (utcDay(date) < date) return 'hour';
  if (utcMonth(date) < date) return 'day';
  if (utcYear(date) < date) return 'month';
  return 'year';
}

/** One tick on its own: a year, a month, a day with its month (1 Apr), or an hour. */
export function tickLabel(lang: Lang, date: Date): string {
  const f = formats[lang];
  const unit = unitOf(date);
  if (unit === 'day') return lang === 'zh' ? zh.utcFormat('%-m月%-d日')(date) : utcFormat('%-d %b')(date);
  return f[unit](date);
}

/**
 * Labels for a row of ticks. Days within the month of the previous tick say only the day; the first
 * tick carries the context (year, or month and year) the rest leave out.
 */
export function tickLabels(lang: Lang, ticks: readonly Date[]): string[] {
  const f = formats[lang];
  const finest = ticks.reduce<Unit>((u, d) => {
    const v = unitOf(d);
    const rank = { hour: 0, day: 1, month: 2, year: 3 } as const;
    return rank[v] < rank[u] ? v : u;
  }, 'year');
  return ticks.map((d, i) => {
    const unit = unitOf(d);
    if (i === 0 && unit !== 'year') {
      if (finest === 'hour') return f.hourFull(d);
      if (finest === 'day') return f.dayFull(d);
      return f.monthFull(d);
    }
    const prev = ticks[i - 1];
    if (unit === 'day' && finest === 'day' && prev && utcMonth(prev).getTime() === utcMonth(d).getTime()) return f.day(d);
    // A new year that no tick of its own announces.
    if (unit !== 'year' && prev && utcYear(prev).getTime() !== utcYear(d).getTime()) return finest === 'hour' ? f.hourFull(d) : unit === 'month' ? f.monthFull(d) : f.dayFull(d);
    return tickLabel(lang, d);
  });
}

/** Rough width of a label in px at the axis's 11 px type: CJK characters are about square. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff]/.test(ch) ? 11 : 6.5;
  return w;
}

export type Anchor = 'start' | 'middle' | 'end';

/**
 * Which labels to show so that none overlaps the one before (left to right) or runs past `right`.
 * When the second names a year and collides with the first (which names it only as context), the
 * first goes.
 */
export function fitLabels(xs: readonly number[], labels: readonly string[], anchors: readonly Anchor[], right = Infinity, gap = 6): boolean[] {
  const shown = labels.map(() => true);
  let lastEnd = -Infinity;
  let last = -1;
  labels.forEach((text, i) => {
    const w = labelWidth(text);
    const start = anchors[i] === 'start' ? xs[i]! : anchors[i] === 'end' ? xs[i]! - w : xs[i]! - w / 2;
    if (start + w > right) {
      shown[i] = false;
      return;
    }
    if (start >= lastEnd + gap) {
      lastEnd = start + w;
      last = i;
      return;
    }
    if (last === 0 && i === 1 && /^\d{4}年?$/.test(text)) {
      shown[0] = false;
      lastEnd = start + w;
      last = i;
      return;
    }
    shown[i] = false;
  });
  return shown;
}
