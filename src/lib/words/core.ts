// The interface's general words in 中文 and English.
import type { Words } from './types.ts';

export const coreWords = {
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
  places: { zh: '个地点', en: 'places' },
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
} as const satisfies Words;
