// Words of the embedded view and the Embed dialog, in 中文 and English. They live beside the lazily
// loaded embed code rather than in the app's table (src/lib/words/), so the full app's first
// download does not carry them; the lookup falls back to the app's words (close, appName, credit).
import { t, type Lang, type WordKey } from '../lib/i18n.ts';
import type { Words } from '../lib/words/types.ts';

const words = {
  'embed.open': { zh: '在 Chronomap 中打开', en: 'Open in Chronomap' },
  'embed.newTab': { zh: '（在新标签页中打开）', en: '(opens in a new tab)' },
  'embed.title': { zh: '嵌入此视图', en: 'Embed this view' },
  'embed.panels': { zh: '显示的面板', en: 'Panels' },
  'embed.panel.timeline': { zh: '时间线', en: 'Timeline' },
  'embed.panel.map': { zh: '地图', en: 'Map' },
  'embed.panel.list': { zh: '列表', en: 'List' },
  'embed.panel.detail': { zh: '详情', en: 'Detail' },
  'embed.lock': { zh: '锁定交互（静态外观）', en: 'Lock interaction (static look)' },
  'embed.height': { zh: '面板高度（像素）', en: 'Panel height (px)' },
  'embed.origins': { zh: '可发送命令的主页面来源（逗号分隔）', en: 'Host origins allowed to send commands (comma-separated)' },
  'embed.code': { zh: '嵌入代码', en: 'Embed code' },
  'embed.copy': { zh: '复制', en: 'Copy' },
  'embed.copied': { zh: '已复制', en: 'Copied' },
  'embed.copyManual': { zh: '已选中，请按 Ctrl+C 复制', en: 'Selected: press Ctrl+C to copy' },
  'embed.preview': { zh: '预览', en: 'Preview' },
  'embed.pinned': { zh: '数据已固定：', en: 'Dataset pinned: ' },
  'embed.unpinned': { zh: '开发模式：数据未固定（构建后固定）。', en: 'Development build: the dataset is not pinned (a build pins it).' },
} as const satisfies Words;

export type EmbedWordKey = keyof typeof words | WordKey;

export function te(lang: Lang, key: EmbedWordKey): string {
  return key in words ? words[key as keyof typeof words][lang] : t(lang, key as WordKey);
}
