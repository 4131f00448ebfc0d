// Words of the timeline and its overview, in 中文 and English.
import type { Words } from './types.ts';

export const timelineWords = {
  'timeline.plot': { zh: '时间线（可缩放）', en: 'Zoomable timeline' },
  'timeline.keys': {
    zh: '滚轮或拖动可缩放、平移。← → 逐个选择事件，Home / End 跳到首尾，+ − 缩放，0 回到默认范围。',
    en: 'Scroll or drag to zoom and pan. ← → step through events, Home / End go to the first / last, + − zoom, 0 resets the range.',
  },
  'timeline.overview': {
    zh: '全部年份的事件密度；拖动选择时间范围，点击可移动范围。',
    en: 'Event density over all years; drag to choose the time range, click to move it.',
  },
  'timeline.events': { zh: '个事件', en: 'events' },
  'timeline.sameDate': { zh: '个事件同一日期', en: 'events with this date' },
  'timeline.zoomIn': { zh: '点击放大', en: 'click to zoom in' },
  'timeline.nextInGroup': { zh: '再次点击看下一个', en: 'click again for the next' },
  'timeline.selected': { zh: '已选择：', en: 'Selected: ' },
} as const satisfies Words;
