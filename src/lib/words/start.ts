// Words of the start screen (what a reader meets on a bare address) and of its header button, in 中文
// and English. `{n}` is replaced by a number where a word carries one.
import type { Words } from './types.ts';

export const startWords = {
  'start.open': { zh: '开始', en: 'Start' },
  'start.openLabel': { zh: '开始页：数据集与简报', en: 'Start screen: the dataset and briefings' },
  'start.purpose': {
    zh: '把新闻报道变成可以浏览的时间线和地图：每个事件都有日期、地点和出自原文的句子。',
    en: 'News articles as a timeline and a map: every event dated, placed and quoted from the article it came from.',
  },
  'start.explore': { zh: '开始浏览', en: 'Explore' },
  'start.exploreHint': { zh: '从报道最集中的时段打开时间线和地图。', en: 'Opens the timeline and map on the weeks the news is about.' },
  'start.dataset': { zh: '数据集内容', en: 'In this dataset' },
  'start.events': { zh: '事件', en: 'events' },
  'start.articles': { zh: '文章', en: 'articles' },
  'start.places': { zh: '地点', en: 'places' },
  'start.covers': { zh: '事件日期', en: 'Events dated' },
  'start.focus': { zh: '报道集中于', en: 'Most of the news' },
  'start.sources': { zh: '来源', en: 'Sources' },
  'start.moreSources': { zh: '等 {n} 个来源', en: 'and {n} more' },
  'start.briefings': { zh: '简报', en: 'Briefings' },
  'start.briefingsHint': {
    zh: '编辑部准备的讲解，一步一步展示时间线和地图。可全屏演示，也可打开后修改。',
    en: 'Prepared walk-throughs of the story, step by step. Present one full screen, or open it to adapt.',
  },
  'start.steps': { zh: '{n} 步', en: '{n} steps' },
  'start.oneStep': { zh: '1 步', en: '1 step' },
  'start.present': { zh: '演示', en: 'Present' },
  'start.openBriefing': { zh: '打开', en: 'Open' },
  'start.keys': { zh: '按 Esc 关闭；页首的“开始”按钮可随时回到这里。', en: 'Esc closes this screen; the Start button in the header brings it back.' },
} as const satisfies Words;
