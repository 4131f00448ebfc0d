// Words of the map, in 中文 and English.
import type { Words } from './types.ts';

export const mapWords = {
  'map.kind.point': { zh: '地点', en: 'place' },
  'map.kind.area': { zh: '地区', en: 'region' },
  'map.kind.water': { zh: '水域', en: 'sea or strait' },
  'map.kind.country': { zh: '国家', en: 'country' },
  'map.cluster': { zh: '地点群', en: 'group of places' },
  'map.zoomIn': { zh: '按下可放大', en: 'press to zoom in' },
  'map.filter': { zh: '按下可按此地点筛选', en: 'press to filter by this place' },
  'map.unfilter': { zh: '按下可取消此地点筛选', en: 'press to remove this place filter' },
  'map.tiles': { zh: '在线底图', en: 'Online map' },
  'map.tiles.on': { zh: '开', en: 'on' },
  'map.tiles.off': { zh: '关', en: 'off' },
  'map.tiles.hint': {
    zh: '开启后会从 OpenStreetMap 下载地图瓦片；关闭时地图完全离线。',
    en: 'When on, map tiles are downloaded from OpenStreetMap; when off, the map stays fully offline.',
  },
  'map.legend': { zh: '图例', en: 'Legend' },
  'map.legend.point': { zh: '城镇、地标', en: 'town, landmark' },
  'map.legend.area': { zh: '地区', en: 'region, area' },
  'map.legend.country': { zh: '国家（按事件数着色）', en: 'country (shaded by events)' },
  'map.legend.water': { zh: '海、海峡、河流', en: 'sea, strait, river' },
  'map.legend.cluster': { zh: '地点群（事件总数）', en: 'group of places (total events)' },
  'map.legend.size': { zh: '大小表示事件数', en: 'size shows the number of events' },
} as const satisfies Words;
