// Axis tick labels in the interface language, UTC, picking the coarsest unit that tells ticks apart.
import { timeFormatLocale, utcFormat } from 'd3-time-format';
import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import type { Lang } from './i18n.ts';

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

const formats = {
  zh: { hour: zh.utcFormat('%H:%M'), day: zh.utcFormat('%-m月%-d日'), month: zh.utcFormat('%-m月'), year: zh.utcFormat('%Y年') },
  en: { hour: utcFormat('%H:%M'), day: utcFormat('%-d %b'), month: utcFormat('%b'), year: utcFormat('%Y') },
};

export function tickLabel(lang: Lang, date: Date): string {
  const f = formats[lang];
  if (utcHour(date) < date) return f.hour(date);
  if (utcDay(date) < date) return f.hour(date);
  if (utcMonth(date) < date) return f.day(date);
  if (utcYear(date) < date) return f.month(date);
  return f.year(date);
}
