// Words of the header's Download menu (the current view as GeoJSON, CSV, TimelineJS or dataset JSON),
// in 中文 and English. The count after each format uses the shared word `events`.
import type { Words } from './types.ts';

export const downloadWords = {
  'download.button': { zh: '下载', en: 'Download' },
  'download.title': { zh: '下载当前视图', en: 'Download this view' },
  'download.hint': { zh: '当前筛选条件与时间窗口内的事件', en: 'The events of the current filters and time window' },
  'download.format.geojson': { zh: 'GeoJSON（地图）', en: 'GeoJSON (map)' },
  'download.format.csv': { zh: 'CSV（表格）', en: 'CSV (spreadsheet)' },
  'download.format.timelinejs': { zh: 'TimelineJS JSON', en: 'TimelineJS JSON' },
  'download.format.json': { zh: '数据集 JSON', en: 'Dataset JSON' },
} as const satisfies Words;
