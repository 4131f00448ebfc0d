// The interface's words in 中文 and English. Place names come bilingual from the dataset.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const words = {
  appName: { zh: 'Chronomap 时间地图', en: 'Chronomap' },
  tagline: { zh: '新闻事件的时间线与地图', en: 'A timeline and map of the news' },
  loading: { zh: '正在加载数据…', en: 'Loading the dataset…' },
  empty: { zh: '数据集中没有事件。请用 npm run dataset 从文章目录生成。', en: 'The dataset has no events. Build one from a folder of articles with npm run dataset.' },
  errorTitle: { zh: '无法显示数据', en: 'The dataset cannot be shown' },
  'problem.missing': { zh: '找不到数据文件。请先运行 npm run dataset。', en: 'The dataset file was not found. Run npm run dataset first.' },
  'problem.unreadable': { zh: '数据文件不是有效的 JSON（可能被截断）。', en: 'The dataset file is not valid JSON (it may be truncated).' },
  'problem.version': { zh: '数据文件的版本与本应用不符。请重新生成。', en: 'The dataset is of another version than this app reads. Rebuild it.' },
  'problem.invalid': { zh: '数据文件的结构不符合约定。', en: 'The dataset does not have the expected shape.' },
  timeline: { zh: '时间线', en: 'Timeline' },
  map: { zh: '地图', en: 'Map' },
  detail: { zh: '事件详情', en: 'Event detail' },
  events: { zh: '个事件', en: 'events' },
  ofEvents: { zh: '共', en: 'of' },
  inView: { zh: '当前显示', en: 'showing' },
  places: { zh: '个地点', en: 'places' },
  noSelection: { zh: '在时间线上选择一个事件，或在地图上选择一个地点。', en: 'Select an event on the timeline, or a place on the map.' },
  article: { zh: '来源文章', en: 'Article' },
  published: { zh: '发布于', en: 'Published' },
  openArticle: { zh: '打开原文', en: 'Open the article' },
  eventDate: { zh: '事件日期', en: 'Event date' },
  evidence: { zh: '原文句子', en: 'Evidence' },
  clearPlace: { zh: '显示全部地点', en: 'Show all places' },
  filteredBy: { zh: '地点筛选：', en: 'Place filter: ' },
  resetZoom: { zh: '重置视图', en: 'Reset view' },
  fullRange: { zh: '显示全部年份', en: 'All years' },
  close: { zh: '关闭', en: 'Close' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  timelineHelp: {
    zh: '滚轮或拖动以缩放、平移；方向键逐个选择事件。',
    en: 'Scroll or drag to zoom and pan; arrow keys step through events.',
  },
  'precision.day': { zh: '日', en: 'day' },
  'precision.week': { zh: '周', en: 'week' },
  'precision.month': { zh: '月', en: 'month' },
  'precision.season': { zh: '季', en: 'season' },
  'precision.year': { zh: '年', en: 'year' },
  'precision.decade': { zh: '十年', en: 'decade' },
  'precision.reported': { zh: '报道日期', en: 'reported date' },
  credit: { zh: '底图：Natural Earth · 地名：GeoNames', en: 'Basemap: Natural Earth · Places: GeoNames' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof words;

export function t(lang: Lang, key: WordKey): string {
  return words[key][lang];
}

/** Day or range in the interface language, e.g. 2022年4月4日 / 4 Apr 2022. */
export function formatDay(lang: Lang, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  });
}

export function formatRange(lang: Lang, start: string, end: string): string {
  return start === end ? formatDay(lang, start) : `${formatDay(lang, start)} – ${formatDay(lang, end)}`;
}
