// Words of the event list, filters, search, detail panel and settings, in 中文 and English.
import type { Words } from './types.ts';

export const exploreWords = {
  // Moved from core.ts: only the header, list and detail use them.
  noSelection: { zh: '在时间线或列表中选择一个事件，或在地图上选择一个地点。', en: 'Select an event on the timeline or in the list, or a place on the map.' },
  article: { zh: '来源文章', en: 'Article' },
  published: { zh: '发布于', en: 'Published' },
  openArticle: { zh: '打开原文', en: 'Open the article' },
  clearPlace: { zh: '显示全部地点', en: 'Show all places' },
  resetZoom: { zh: '重置视图', en: 'Reset view' },
  fullRange: { zh: '显示全部年份', en: 'All years' },
  close: { zh: '关闭', en: 'Close' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },

  // Counts of what is shown: "showing N of M events · P places".
  'counts.showing': { zh: '显示', en: 'showing' },
  'counts.of': { zh: '/', en: 'of' },
  'counts.events': { zh: '个事件', en: 'events' },
  'counts.places': { zh: '个地点', en: 'places' },

  // Search and filters.
  'search.label': { zh: '搜索事件', en: 'Search events' },
  'search.placeholder': { zh: '搜索：马里乌波尔 或 Mariupol（按 / 键）', en: 'Search: Mariupol or 马里乌波尔 (press /)' },
  'filters.label': { zh: '筛选', en: 'Filters' },
  'filters.toggle': { zh: '筛选', en: 'Filters' },
  'filters.place': { zh: '地点', en: 'Place' },
  'filters.removePlace': { zh: '移除地点筛选', en: 'Remove the place filter' },
  'filters.country': { zh: '国家', en: 'Country' },
  'filters.source': { zh: '来源', en: 'Source' },
  'filters.category': { zh: '类别', en: 'Category' },
  'filters.any': { zh: '全部', en: 'All' },
  'filters.precision': { zh: '日期精度', en: 'Date precision' },
  'filters.clearAll': { zh: '清除全部筛选', en: 'Clear all filters' },

  // The event list.
  'list.label': { zh: '事件列表', en: 'Event list' },
  'list.help': {
    zh: '上下方向键移动，Home/End 跳到首尾，回车选择。',
    en: 'Up and down arrows move, Home and End jump, Enter selects.',
  },
  'list.empty': { zh: '没有符合条件的事件。', en: 'No events match.' },

  // The detail panel.
  'detail.when': { zh: '日期如何确定', en: 'How the date was resolved' },
  'detail.reported': {
    zh: '句中没有日期：以文章发布日（{day}）代替。',
    en: 'No date in the sentence: the publication day ({day}) stands in.',
  },
  'detail.noTimes': { zh: '句中没有可解析的日期。', en: 'No date expression was resolved in the sentence.' },
  'detail.rule': { zh: '规则', en: 'rule' },
  'detail.places': { zh: '地点', en: 'Places' },
  'detail.image': { zh: '文章配图：', en: 'Article image: ' },
  'detail.sameArticle': { zh: '同一文章中的其他事件', en: 'Other events from this article' },
  'detail.current': { zh: '（当前）', en: '(this one)' },
  'detail.newTab': { zh: '（在新标签页中打开）', en: '(opens in a new tab)' },

  // Settings.
  'theme.label': { zh: '配色', en: 'Theme' },
  'theme.auto': { zh: '自动', en: 'auto' },
  'theme.light': { zh: '浅色', en: 'light' },
  'theme.dark': { zh: '深色', en: 'dark' },
  'window.label': { zh: '时间范围', en: 'Time window' },
} as const satisfies Words;
