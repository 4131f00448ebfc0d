// What looks like a place but is not a mention. Two mechanisms:
//  1. NOT_PLACES: names of media, organisations and a few words that CONTAIN a place name. They go
//     into the trie like places, so longest-match consumes them whole (今日俄罗斯 never yields 俄罗斯).
//  2. rejection(): local checks on the characters around a match — demonyms, names joined by ·,
//     short names inside transliterations, a one-character abbreviation sharing 国 with the next word.
// All checks look at a few neighbouring characters: no regular expressions, nothing per sentence.

/** Names that contain a place name but are not places (data, not code: add freely). */
export const NOT_PLACES: readonly string[] = [
  // Media whose name contains a place (the place is part of the name, not a descriptor).
  '今日俄罗斯', '今日美国', '半岛电视台', '半岛新闻网', '半岛网', '华盛顿邮报', '华盛顿时报', '纽约时报', '纽约客',
  '洛杉矶时报', '莫斯科时报', '莫斯科回声', '莫斯科共青团员报', '基辅独立报', '基辅邮报', '乌克兰真理报', '乌克兰独立新闻社',
  '乌克兰国家通讯社', '美国之音', '德国之声', '英国广播公司', '美国广播公司', '美国全国广播公司', '美国有线电视新闻网',
  '美国哥伦比亚广播公司', '哥伦比亚广播公司', '美国全国公共广播电台', '自由欧洲电台', '自由欧洲广播电台', '自由亚洲电台',
  '欧洲新闻台', '欧洲新闻电视台', '法国国际广播电台', '法国国际电台', '法国24台', '法国24电视台', '中国日报', '中国新闻社',
  '中国新闻网', '中国国际电视台', '中国中央电视台', '中国国际广播电台', '北京日报', '北京青年报', '香港电台', '日本广播协会',
  '日本经济新闻', '以色列时报',
  // News agencies (no place inside most of them, listed so that the list of exclusions is one place).
  '俄新社', '塔斯社', '美联社', '路透社', '法新社', '新华社', '中新社', '彭博社', '共同社', '韩联社', '德新社', '安莎社', '埃菲社',
  // Organisations named after a region or ocean.
  '北大西洋公约组织', '欧洲安全与合作组织', '欧安组织', '上海合作组织', '美洲国家组织', '东南亚国家联盟', '非洲联盟',
  '阿拉伯国家联盟', '欧洲复兴开发银行', '亚洲开发银行', '亚洲基础设施投资银行', '欧洲人权法院', '欧洲中央银行', '欧洲央行',
  '德意志银行', '欧洲杯', '亚洲杯',
  // Words with a place name inside: transatlantic, "X sea area" (not Haiti), Hinduism, Babylon, Indochina.
  '跨大西洋', '跨太平洋', '海地区', '海地带', '印度教', '哥伦比亚大学', '古巴比伦', '印度支那',
];

/** A character class as a table indexed by UTF-16 code unit: one array read per test. */
export function charClass(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
/** Whether `text[pos]` is in `table` (false past either end). */
export const isIn = (table: Uint8Array, text: string, pos: number): boolean =>
  pos >= 0 && pos < text.length && table[text.charCodeAt(pos)] === 1;

/** Transliteration characters: the run of them touching a · is a foreign personal name. */
export const TRANSLIT_CHARS =
  '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕边别宾波玻伯勃博布查察柴彻达戴丹德登迪狄蒂丁杜敦顿多厄恩尔法凡范菲斐费芬丰夫弗伏福' +
    '盖甘冈戈哥格根贡古瓜圭哈汉豪赫亨洪胡怀霍基吉季加迦嘉贾杰捷喀卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾里理丽利莉' +
    '连廉列林琳伦罗洛吕马玛迈麦曼芒梅门蒙米缪莫默姆穆纳娜乃奈尼涅宁纽努诺欧帕潘庞培佩彭皮珀普奇齐契恰乔切钦琴琼丘让热茹瑞' +
    '萨塞赛桑瑟森沙莎绍舍什舒斯苏索塔泰坦汤唐特滕提廷图托瓦旺威韦维温沃乌伍希锡谢辛休雅亚扬耶叶伊因尤约泽扎詹兹佐祖娅娃妮' +
    '丝黛翁鲁卢廖柳隆娄略';
const NAME_CHARS = charClass(TRANSLIT_CHARS);

/** Characters that almost only occur inside transliterations: a guarded short name next to one of
 *  them is part of a longer word (马里奥, 罗马诺夫). Characters that also start common words after a
 *  place name (安全, 希望, 利用, 加强, 多次, 约有, 维持, 特别, 西部 …) are left out on purpose. */
const EMBED_CHARS = charClass(
  '埃尔纽奥诺斯娃娅妮琳莎蒂茨兹耶伊夫基科洛罗拉卢鲁玛莫穆纳尼涅帕佩皮契丘萨塞舍谢雅扬泽扎詹杰贾吉季卡凯坎柯肯库昆奎勒雷' +
    '里莉列廖林柳隆麦迈曼梅米缪姆努欧潘珀乔钦琼桑瑟什苏索塔泰汤滕瓦韦沃乌锡辛亚叶尤奇齐恰捷菲弗戈格贡哈赫亨霍阿巴贝彼宾波伯' +
    '博布迪丁杜厄恩芬盖冈克兰马',
);

export const NAME_DOT = '·';
const DIRECTIONS = charClass('东西南北中');
/** X人民 (people), X人口 (population), X人权, X人道 … are about the place, not people from it. */
const REN_COMPOUNDS = charClass('民口权道大工造均力事类');
/** Characters that turn a following 日 into a date (12日本报, 今日本周): 日本/日内瓦 is then not a name. */
const DAY_BEFORE = charClass('0123456789零〇一二三四五六七八九十两今昨明翌');
/** Characters that turn a following 里 into a unit (20公里海域, 5海里): 里海/里加 is then not a name. */
const LI_BEFORE = charClass('公英海华千万');

export interface GuardInput {
  /** The folded sentence. */
  text: string;
  start: number;
  end: number;
  /** The entry asked for the short-name guard. */
  shortGuard: boolean;
  /** End of the last span the scanner consumed (a match, a rejected match or a non-place). */
  prevEnd: number;
  /** The sentence contains a · (names joined by a dot need checking at all). */
  hasDot: boolean;
  /** Whether some gazetteer term starts at a position. */
  terms: { startsAt(text: string, pos: number): boolean };
}

/** Why the match is not a place mention, or null when it is one. */
export function rejection(g: GuardInput): string | null {
  return demonym(g) ?? following(g) ?? sharedGuo(g) ?? unitPrefix(g) ?? dottedName(g) ?? embedded(g);
}

/** 乌克兰人, 美国籍, 俄罗斯族, 乌克兰语 name people or languages; 乌克兰人民, 人民共和国 do not. */
function demonym({ text, end }: GuardInput): string | null {
  const next = text[end];
  if (next === '人') return isIn(REN_COMPOUNDS, text, end + 1) ? null : 'demonym';
  if (next === '裔' || next === '族' || next === '籍') return 'demonym';
  if (next === '语') return 'language';
  return null;
}

/** Words the name is only a part of: 北京时间 (a clock), 莫斯科号 (a ship), 俄罗斯西部军区, 中东部,
 *  南海岸 (a south coast, not the South China Sea). */
function following({ text, start, end }: GuardInput): string | null {
  if (text.startsWith('时间', end)) return 'time zone';
  if (text[end] === '号' && text[end + 1] !== '召' && text[end + 1] !== '称') return 'ship name';
  const dirPart = isIn(DIRECTIONS, text, end) && text[end + 1] === '部' ? 2 : 0;
  if (text.startsWith('军区', end + dirPart)) return 'military district';
  if (end - start >= 2 && isIn(DIRECTIONS, text, end - 1) && text[end] === '部') return 'direction word';
  if (end - start === 2 && isIn(DIRECTIONS, text, start) && text[end - 1] === '海' && text[end] === '岸') return 'direction word';
  return null;
}

/** Words that start with 国, by their second character: when the 国 of a two-character X国 belongs
 *  to the word after it (美国务卿 = 美 + 国务卿, 俄国防部 = 俄 + 国防部, 美国会众议院 = 美 + 国会众议院)
 *  rather than to the country (美国防空 = 美国 + 防空, 英国会继续 = 英国 + 会, 中国务实 = 中国 + 务实).
 *  `only`: the 国-word only when what follows its second character starts with one of these ('' for
 *  the end of the text or punctuation); `unless`: the 国-word unless it starts with one of these. */
const GUO_WORDS: ReadonlyMap<string, { only?: readonly string[]; unless?: readonly string[] }> = new Map([
  ['务', { only: ['卿', '院', '委'] }], // 国务卿, 国务院, 国务委员; not 务实, 务必
  ['际', { unless: [] }], // 国际
  ['防', { unless: ['空', '御', '线', '疫', '控', '止', '范'] }], // 国防部, 国防部长, 防长; not 防空, 防止
  // 国会 only before what Congress does or is: the modal 会 (美国会继续, "America will") is commoner.
  ['会', { only: ['众议院', '参议院', '两院', '议员', '议长', '山', '大厦', '听证', '批准', '通过', '领袖', ''] }],
  ['家', { unless: ['庭', '长', '人', '中', '里'] }], // 国家安全, 国家杜马, 国家主席; not 美国家庭
  ['土', { unless: ['地', '壤'] }], // 国土安全部; not 美国土地
]);

/** Whether text[pos] is a CJK ideograph (a word can go on there). */
export const isHan = (text: string, pos: number): boolean => {
  const c = text.charCodeAt(pos);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
};

/** 美国务卿 = 美 + 国务卿, 俄国防部 = 俄 + 国防部, 中美国家 = 中美 + 国家: a one-character
 *  abbreviation whose 国 belongs to the next word is not a mention of X国. */
function sharedGuo({ text, start, end }: GuardInput): string | null {
  if (end - start !== 2 || text[end - 1] !== '国') return null;
  const word = GUO_WORDS.get(text[end] ?? '');
  if (!word) return null;
  const rest = end + 1;
  const startsWith = (w: string): boolean => (w === '' ? !isHan(text, rest) : text.startsWith(w, rest));
  const guoWord = word.only ? word.only.some(startsWith) : !word.unless!.some(startsWith);
  return guoWord ? 'one-character abbreviation' : null;
}

/** 12日本报讯, 今日本周: the 日 closes a date; 20公里海域: the 里 closes a unit. */
function unitPrefix({ text, start }: GuardInput): string | null {
  if (text[start] === '日' && isIn(DAY_BEFORE, text, start - 1)) return 'date';
  if (text[start] === '里' && isIn(LI_BEFORE, text, start - 1)) return 'unit';
  return null;
}

/** A name inside a foreign personal name joined by ·: 纽埃 in 埃马纽埃尔·马克龙, 罗马 in ·罗马诺夫. */
function dottedName({ text, start, end, hasDot }: GuardInput): string | null {
  if (!hasDot) return null;
  for (let i = start; i < end; i++) if (!isIn(NAME_CHARS, text, i)) return null;
  let left = start - 1;
  while (isIn(NAME_CHARS, text, left)) left--;
  if (text[left] === NAME_DOT) return 'personal name';
  let right = end;
  while (isIn(NAME_CHARS, text, right)) right++;
  if (text[right] !== NAME_DOT) return null;
  // Before the dot the token is a given name; a place may only precede it (乌克兰谢尔盖·…).
  return start > left + 1 || end === right ? 'personal name' : null;
}

/** Guarded short names whose first character ends a common word: 试图拉拢 (not 图拉), 很多哈萨克人
 *  (not 多哈), 增加沙 (not 加沙), 宣布恰 (not 布恰). By that first character: the characters that
 *  make a word with it when they come before it. */
const WORD_BEFORE: ReadonlyMap<string, string> = new Map([
  ['图', '试企意地版蓝宏力贪妄构制插'], // 试图, 企图, 地图, 版图 …
  ['多', '很许众诸繁较更最太过居增偏大'], // 很多, 许多 …
  ['里', '这那哪公英海千城村家夜心手眼嘴屋'], // 这里, 公里, 家里 …
  ['加', '增参更附施追强外'], // 增加, 参加, 更加 …
  ['利', '胜顺便有权福锋流盈获红水'], // 胜利, 顺利, 有利 …
  ['布', '宣公发颁分遍散密瀑'], // 宣布, 公布, 发布 …
  ['罗', '网包张搜'], // 网罗, 包罗 …
  ['马', '人兵车出赛骑'], // 人马, 出马 …
  ['塔', '铁灯宝高视'], // 铁塔, 灯塔, 电视塔 …
  ['苏', '复江流'], // 复苏, 江苏 …
  ['华', '中繁豪精才年风奢升'], // 中华, 繁华, 豪华 …
  ['巴', '嘴尾下泥'], // 嘴巴, 尾巴 …
  ['米', '大玉小稻'], // 大米, 玉米 …
  ['纳', '采接容缴归出'], // 采纳, 接纳 …
  ['伏', '起埋潜蛰'], // 起伏, 埋伏 …
  ['关', '海机有相无开'], // 海关, 有关 (有关岛屿) …
  ['克', '坦攻'], // 坦克, 攻克
  ['卡', '关'], // 关卡
  ['诺', '承许'], // 承诺, 许诺
  ['纽', '枢'], // 枢纽
  ['萨', '菩'], // 菩萨
  ['赫', '显'], // 显赫
  ['乌', '俄美欧白'], // 俄乌, 美乌: 俄乌东部边境 is not 乌东 (eastern Ukraine)
]);

/** Guarded short names glued to transliteration characters (马里奥, 阿马里, 罗马诺夫) or to the word
 *  before them (试图拉拢). A neighbouring match (乌克兰苏梅) or a following term is a clear boundary. */
function embedded({ text, start, end, shortGuard, prevEnd, terms }: GuardInput): string | null {
  if (!shortGuard || end - start > 2) return null;
  if (prevEnd !== start && isIn(EMBED_CHARS, text, start - 1)) return 'inside a longer name';
  if (prevEnd !== start && start > 0 && WORD_BEFORE.get(text[start]!)?.includes(text[start - 1]!)) return 'inside a word';
  if (isIn(EMBED_CHARS, text, end) && !terms.startsAt(text, end)) return 'inside a longer name';
  return null;
}
