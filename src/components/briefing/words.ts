// Words of the briefing editor and presentation mode, in 中文 and English. Kept out of the shared
// table (src/lib/words/) so they load with the briefing chunk, not with the first page.
import type { Lang } from '../../lib/i18n.ts';
import type { Words } from '../../lib/words/types.ts';

const words = {
  'brief.panel': { zh: '简报编辑', en: 'Briefing editor' },
  'brief.title': { zh: '简报标题', en: 'Briefing title' },
  'brief.add': { zh: '将当前视图添加为一步', en: 'Add this view as a step' },
  'brief.stepTitle': { zh: '标题', en: 'Title' },
  'brief.notes': { zh: '演讲备注', en: 'Speaker notes' },
  'brief.up': { zh: '上移', en: 'Move up' },
  'brief.down': { zh: '下移', en: 'Move down' },
  'brief.delete': { zh: '删除', en: 'Delete' },
  'brief.show': { zh: '显示此步', en: 'Show this step' },
  'brief.recapture': { zh: '用当前视图替换', en: 'Replace with this view' },
  'brief.empty': { zh: '还没有步骤。调整视图后点击“将当前视图添加为一步”。', en: 'No steps yet. Set up a view, then add it as a step.' },
  'brief.export': { zh: '导出', en: 'Export' },
  'brief.import': { zh: '导入', en: 'Import' },
  'brief.new': { zh: '新建', en: 'New' },
  'brief.present': { zh: '演示', en: 'Present' },
  'brief.shipped': { zh: '随站点发布的简报', en: 'Briefings shipped with the site' },
  'brief.step': { zh: '第', en: 'Step' },
  'brief.of': { zh: '/', en: 'of' },
  'brief.prev': { zh: '上一步', en: 'Previous' },
  'brief.next': { zh: '下一步', en: 'Next' },
  'brief.exit': { zh: '退出演示（Esc）', en: 'Leave (Esc)' },
  'brief.notesWindow': { zh: '备注窗口', en: 'Notes window' },
  'brief.keys': { zh: '← → 翻页，Esc 退出', en: '← → to move, Esc to leave' },
  'brief.waiting': { zh: '等待演示开始…', en: 'Waiting for the presentation…' },
  'brief.untitled': { zh: '未命名简报', en: 'Untitled briefing' },
  'brief.print': { zh: '打印讲义', en: 'Print handout' },
  'pic.label': { zh: '导出当前视图图片', en: 'Picture of this view' },
  'play.label': { zh: '时间回放', en: 'Playback' },
  'play.play': { zh: '播放', en: 'Play' },
  'play.pause': { zh: '暂停', en: 'Pause' },
  'play.speed': { zh: '速度', en: 'Speed' },
  'play.scrub': { zh: '位置', en: 'Position' },
  'play.day': { zh: '每秒一天', en: '1 day a second' },
  'play.week': { zh: '每秒一周', en: '1 week a second' },
  'play.month': { zh: '每秒一月', en: '1 month a second' },
  'play.year': { zh: '每秒一年', en: '1 year a second' },
  'play.decade': { zh: '每秒十年', en: '10 years a second' },
} as const satisfies Words;

export type BriefingWordKey = keyof typeof words;

export function bt(lang: Lang, key: BriefingWordKey): string {
  return words[key][lang];
}
