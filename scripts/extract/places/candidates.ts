// Names that look like places but are not in the gazetteer: X市, X镇, X村, X州, X省, X区, X县,
// X地区, X港, X岛 … where X is a proper name. They feed the build's report of unresolved names, so
// that a user knows what to add to an overrides file. Precision matters more than recall: a
// report full of 城市 and 周边地区 would be read once and then ignored.
//
// X is taken conservatively:
//  - A transliteration (斯拉夫蒂奇, 赫尔希伊夫卡): the run of transliteration characters just before
//    the word, 2–6 of them, with a prefix such as 新/大/小 (Novo-, Velyka-, Mala-) when there is one.
//    The character before it must close the words that come before a place (了, 在, 从, 袭击, 抵达,
//    北部, a matched place, punctuation …), otherwise the start of X is a guess and nothing is said.
//  - A Chinese name (河北省, 深圳市): 2–3 characters between a clear boundary and 省/市/县/州/岛, and
//    not a common word (自治州, 大城市, 周边城市, 地级市).
// Nothing is said about a span that overlaps a mention, a known non-place, a title in 《》 or a
// personal name joined by ·.
import { charClass, isHan, isIn, TRANSLIT_CHARS } from './guards.ts';
import type { Gazetteer } from './gazetteer.ts';
import { scanRemembered } from './matcher.ts';
import { fold } from './normalize.ts';

/** Administrative words, longest first, with the characters after them that make another word:
 *  市场, 镇压, 省钱, 区别, 港元 … and titles after a personal name (克里琴科市长, 凯尔州长): then the word
 *  is not a suffix. `native`: a Chinese name may stand before it (河北省, 深圳市, 钓鱼岛). */
const SUFFIXES: ReadonlyArray<{ word: string; notBefore: string; native: boolean }> = [
  { word: '边疆区', notBefore: '长', native: false },
  { word: '地区', notBefore: '性', native: false },
  { word: '群岛', notBefore: '', native: true },
  { word: '半岛', notBefore: '', native: false },
  { word: '市', notBefore: '场值面况井长民委', native: true },
  { word: '镇', notBefore: '压长民静定', native: false },
  { word: '村', notBefore: '民长委', native: false },
  { word: '州', notBefore: '长立', native: true },
  { word: '省', notBefore: '长份钱略去委', native: true },
  { word: '区', notBefore: '域别分块长', native: false },
  { word: '县', notBefore: '长委', native: true },
  { word: '港', notBefore: '口元币股人澳台', native: false },
  { word: '岛', notBefore: '屿民', native: true },
];

/** First characters of the suffixes: most positions of a sentence are ruled out by one look-up. */
const SUFFIX_STARTS = new Set(SUFFIXES.map((s) => s.word[0]));

/** Transliteration characters (guards.ts) and more that place names use (日托米尔, 伊久姆, 宾夕法尼亚). */
const TRANSLIT = charClass(TRANSLIT_CHARS + '茨日久次楚秋堡摩聂黎松策昌慕施夏夷赞琉史坡陀翰旦伐瑙汶讷甫佳梁渥杉浦孟蒲葛挝寮陶宛脱甸茅挪泊葡萄帛汪乍吐津夕龙撒墨典');
/** Calques of Novo-, Stara-, Velyka-, Mala- (新, 旧, 老, 大, 小): part of the name before a
 *  transliteration. Directions only right after a place or punctuation (荷兰北布拉邦): 以北, 向东 are words. */
const PREFIXES = charClass('新旧老大小');
const DIRECTIONS = charClass('东西南北');

/** Characters that end the word before a place name: function words, and the last character of the
 *  verbs and nouns that introduce one (袭击, 占领, 收复, 前往, 位于, 来自, 北部, 城外 …). None is a
 *  transliteration character, so a transliteration never starts with one. */
const BOUNDARY = charClass(
  '在于从向往至自由经离近沿临赴抵到入回和与及或同跟对为被把将等该其这那此各每全两几数个座位名处以而并也都又就还已曾正要会' +
    '能使令给称说示指出据的了是有击炸领取占复放围撤逃访问返驶飞进陷毁援控制守卫侵攻夺解包括部侧面方郊外境内旁上下中东西南北' +
    '城市镇村州省区县乡国岛港湾',
);
/** Two-character words before a place whose last character is also a transliteration character. */
const LEAD_WORDS = ['抵达', '到达', '直达', '攻克', '宣布', '遍布', '分布', '公布', '发布', '包括'];

/** Chinese names: characters that cannot be part of one (they end a clause or a word). */
const STOPS = charClass(
  '在于从向往至自由经和与及或同跟对为被把将等该其这那此各每全两几数个座位名处以而并也都又就还已曾正要会能让使令给称说的了是有' +
    '一二三四五六七八九十百千万亿零〇',
);
/** Words before 市/省/县/州/岛 that make a common noun, not a name (自治州, 大城市, 地级市, 全岛). */
const COMMON_BEFORE = [
  '自治', '联邦', '直辖', '城', '都', '股', '超', '门', '黑', '楼', '车', '夜', '上', '开', '闭', '休', '入', '退', '地级', '县级',
  '副省级', '省级', '经济', '行政', '特区', '开发', '工业', '周边', '邻近', '附近', '沿海', '边境', '前线', '边远', '偏远', '中心',
  '首都', '省会', '城镇', '一线', '二线', '三线', '卫星', '海', '小', '孤', '荒', '群', '本', '外', '邻', '友好', '姊妹', '姐妹',
  '兄弟', '海岛', '岛', '半', '列', '东部', '西部', '南部', '北部', '中部', '港口',
];

/** Marks the spans the scanner consumed (mentions, non-places, titles, rejected matches). */
function coveredSpans(sentence: string, gazetteer: Gazetteer): Uint8Array {
  const { found, skipped } = scanRemembered(sentence, gazetteer);
  const covered = new Uint8Array(sentence.length);
  for (const span of [...found, ...skipped]) covered.fill(1, span.start, span.end);
  return covered;
}

/** Whether the character before `pos` closes the words before a place name. */
function clearBefore(text: string, pos: number, covered: Uint8Array): boolean {
  const before = pos - 1;
  if (before < 0 || covered[before] === 1) return true;
  if (text[before] === '·') return false;
  return !isHan(text, before) || isIn(BOUNDARY, text, before) || LEAD_WORDS.some((w) => text.startsWith(w, before - 1));
}

/** Start of the transliterated name that ends at `end`, or -1 when there is none to trust. */
function translitStart(text: string, end: number, covered: Uint8Array): number {
  let start = end;
  while (start > 0 && isIn(TRANSLIT, text, start - 1) && !covered[start - 1]) start--;
  // 抵达斯拉夫蒂奇: 达 ends the verb, not starts the name.
  if (start < end && LEAD_WORDS.some((w) => text.startsWith(w, start - 1))) start++;
  if (end - start < 2 || end - start > 6) return -1;
  const open = start > 0 && !covered[start - 1];
  if (open && isIn(PREFIXES, text, start - 1)) start--;
  else if (open && isIn(DIRECTIONS, text, start - 1) && (start < 2 || covered[start - 2] === 1 || !isHan(text, start - 2))) start--;
  return clearBefore(text, start, covered) ? start : -1;
}

/** Start of the Chinese name (2–3 characters) that ends at `end`, or -1. */
function nativeStart(text: string, end: number, covered: Uint8Array): number {
  let start = end;
  while (start > 0 && end - start < 4 && isHan(text, start - 1) && !isIn(STOPS, text, start - 1) && !covered[start - 1]) start--;
  if (end - start < 2 || end - start > 3) return -1;
  const before = start - 1;
  // The run must stop at a clear boundary, not at the fourth character of a longer phrase.
  if (before >= 0 && isHan(text, before) && !isIn(STOPS, text, before) && !covered[before]) return -1;
  if (text[before] === '·' || text[end] === '·') return -1;
  const name = text.slice(start, end);
  return COMMON_BEFORE.some((w) => name.endsWith(w)) ? -1 : start;
}

/**
 * Spans of `sentence` that look like place names by their administrative word but that the
 * gazetteer does not resolve, in order and without overlap: `text` as written, `offset` a
 * JavaScript string index into the sentence.
 */
export function findCandidates(sentence: string, gazetteer: Gazetteer): { text: string; offset: number }[] {
  const text = fold(sentence, gazetteer.folds);
  let covered: Uint8Array | undefined;
  const out: { text: string; offset: number }[] = [];
  let lastEnd = 0;
  for (let i = 2; i < text.length; i++) {
    if (!SUFFIX_STARTS.has(text[i])) continue;
    const suffix = SUFFIXES.find((s) => text.startsWith(s.word, i));
    if (!suffix) continue;
    const end = i + suffix.word.length;
    if (suffix.notBefore.includes(text[end] ?? '\u0000')) continue;
    covered ??= coveredSpans(sentence, gazetteer);
    if (covered.subarray(i, end).includes(1)) continue;
    let start = translitStart(text, i, covered);
    if (start < 0 && suffix.native) start = nativeStart(text, i, covered);
    if (start < lastEnd || start < 0) continue;
    const name = text.slice(start, i);
    if (gazetteer.trie.get(name) !== undefined || gazetteer.trie.get(name + suffix.word) !== undefined) continue;
    out.push({ text: sentence.slice(start, end), offset: start });
    lastEnd = end;
    i = end - 1;
  }
  return out;
}
