// The interface's words in 中文 and English. Place names come bilingual from the dataset.

import type { Lang } from './words/types.ts';
import { coreWords } from './words/core.ts';
import { embedWords } from './words/embed.ts';
import { exploreWords } from './words/explore.ts';
import { mapWords } from './words/map.ts';
import { timelineWords } from './words/timeline.ts';
import { briefingWords } from './words/briefing.ts';
import { startWords } from './words/start.ts';
import { downloadWords } from './words/download.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh', 'en'];

// Each part of the interface keeps its words in its own table (src/lib/words/); one lookup serves all.
const words = { ...coreWords, ...timelineWords, ...mapWords, ...exploreWords, ...briefingWords, ...embedWords, ...startWords, ...downloadWords };

export type WordKey = keyof typeof words;

export function t(lang: Lang, key: WordKey): string {
  return words[key][lang];
}

// Formatters are made once: toLocaleString with a locale builds a new one on every call, which
// costs more than the formatting, and lists and counts format on every window change.
const englishDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const numberFormats: Record<Lang, Intl.NumberFormat> = { zh: new Intl.NumberFormat('zh-Hans'), en: new Intl.NumberFormat('en') };

/** Day or range in the interface language, e.g. 2022年4月4日 / 4 Apr 2022. */
export function formatDay(lang: Lang, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return englishDay.format(Date.UTC(y, m - 1, d));
}

/** A count in the interface language: 100,000 / 100,000. */
export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}

export function formatRange(lang: Lang, start: string, end: string): string {
  return start === end ? formatDay(lang, start) : `${formatDay(lang, start)} – ${formatDay(lang, end)}`;
}
