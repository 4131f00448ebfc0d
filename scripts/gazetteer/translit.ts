// Russian and Ukrainian Cyrillic → Chinese characters by the standard syllable table: the
// Russian–Chinese transliteration table (俄汉译音表) of Xinhua's name dictionaries and GB/T 17693.4
// (外语地名汉字译写导则 俄语). There is no published Ukrainian–Chinese place-name table; Xinhua and the
// map publishers read Ukrainian with the same table and Ukrainian letter values (г = h, и and і = i,
// е = e, є = ye, ї = yi, ' separates), which is what the Ukrainian reading does.
//
// How a word is read:
//  - consonant + vowel is one syllable, one cell of the table (ба 巴, ко 科, ри 里, ля 利亚);
//  - a vowel + н before a consonant or at the end is one nasal syllable (ган 甘, мен 缅, чан 昌,
//    мін 明: Луганск 卢甘斯克, Лисичанськ 利西昌斯克), as is a vowel + м before б/п (Камбарка
//    坎巴尔卡); a vowel + й is a diphthong (ай 艾, рай 赖, кий 基, ей 耶伊); ау is one syllable (нау 瑙);
//  - a consonant before another consonant or at the end takes the final column (к 克, с 斯, в 夫,
//    л/р 尔; soft ль 利); л and р before a consonant at the start of a word are 勒, в/ф there 弗;
//  - a vowel at the start of a word or after a vowel stands alone (а 阿, е 叶 at the start and
//    耶 elsewhere, я 亚, ю 尤, і 伊, ї 伊);
//  - ь, ъ and the Ukrainian apostrophe before я/е split the syllable (Приморье 普里莫里耶), except
//    after hushing letters (Запорожье 扎波罗热); ьи and ью read as и and ю (Марьинка 马林卡);
//  - a doubled consonant is read once (Черкассы 切尔卡瑟); in Ukrainian a doubled consonant + я is
//    long and soft (Запоріжжя 扎波里日亚, Добропілля 多布罗皮利亚);
//  - clusters read as they sound (тс/дс before к → ц: Братск 布拉茨克; тч → ч; сч → щ; Russian
//    чт → шт, гк → хк, -ого → -ово);
//  - fixed endings: -город 哥罗德, -град 格勒, -поль 波尔, -бург 堡 (Russian; Ukrainian г = h reads
//    Ужгород 乌日霍罗德, Мирноград 米尔诺赫拉德), Ukrainian final -ке 克 (-ське 斯克, -цьке 茨克),
//    Russian -цов- 佐夫;
//  - the standard's appendices: common words are translated (Нова/Новый 新, Старый 旧, Великий/
//    Большой 大, Малый 小, Верхний 上, Нижний 下, Средний 中, Красный 红, Белая/Біла 白 as words;
//    joined Северо- 北, Южно- 南, Верхне- 上, Нижне- 下, Средне- 中, and Ново-/Старо- both
//    translated and read: 新罗西斯克, 斯塔罗别利斯克), and a few personal and river names inside
//    place names keep their fixed forms (Никола- 尼古拉, Алексан- 亚历山, Константин 康斯坦丁,
//    Иван 伊万 with н read twice before a suffix, Павло- 巴甫洛, Петро- 彼得罗, Михай- 米哈伊,
//    Киро- 基洛, Днепр/Дніпро 第聂伯(罗), Донец 顿涅茨, Азов 亚速 …).
// Ukrainian е after a consonant is read both ways, because Xinhua writes both: with its Ukrainian
// value (э: 索莱达尔, 克雷明纳, 鲁比日内) and with the Russian table's е (涅, 列, 谢: 奥列尼夫卡,
// 谢利多韦); the first is the main reading.
// Names the table does not cover (other alphabets, digits, X-на-Y) give null.

export type Lang = 'ru' | 'uk';

/** The table's columns: the vowel (or vowel + н / + й) a consonant combines with. */
const COLS = [
  'a', 'ya', 'e', 'ye', 'y', 'i', 'o', 'yo', 'u', 'yu', 'ai', 'au', 'ui', 'an', 'yan', 'yen', 'en', 'in', 'on', 'un', 'fin',
] as const;
type Col = (typeof COLS)[number];

// One row per onset, cells in COLS order: а я э е ы и о ё у ю ай ау уй ан ян ен эн ин он ун final.
// '' is the row of a vowel standing alone.
const RU_ROWS: Record<string, string> = {
  '': '阿 亚 埃 耶 厄 伊 奥 约 乌 尤 艾 奥 乌伊 安 扬 延 恩 因 翁 温 _',
  б: '巴 比亚 贝 别 贝 比 博 比奥 布 比尤 拜 包 布伊 班 比扬 边 本 宾 邦 本 布',
  п: '帕 皮亚 佩 佩 佩 皮 波 皮奥 普 皮尤 派 保 普伊 潘 皮扬 片 彭 平 蓬 蓬 普',
  д: '达 佳 代 杰 德 季 多 焦 杜 久 代 道 杜伊 丹 江 坚 登 金 东 敦 德',
  т: '塔 佳 泰 捷 特 季 托 乔 图 秋 泰 陶 图伊 坦 强 坚 滕 京 通 通 特',
  г: '加 吉亚 盖 格 格 吉 戈 吉奥 古 久 盖 高 圭 甘 吉扬 根 根 金 贡 贡 格',
  к: '卡 基亚 凯 克 克 基 科 基奥 库 丘 凯 考 奎 坎 基扬 肯 肯 金 孔 昆 克',
  в: '瓦 维亚 韦 韦 维 维 沃 维奥 武 维尤 瓦伊 沃 维 万 维扬 文 文 温 冯 文 夫',
  ф: '法 菲亚 费 费 菲 菲 福 菲奥 富 菲尤 法伊 福 富伊 凡 菲扬 芬 芬 芬 丰 丰 夫',
  з: '扎 贾 泽 泽 济 济 佐 焦 祖 久 宰 藻 祖伊 赞 江 津 曾 津 宗 尊 兹',
  с: '萨 夏 塞 谢 瑟 西 索 肖 苏 休 赛 绍 绥 桑 相 先 森 辛 松 孙 斯',
  ж: '扎 扎 热 热 日 日 若 若 茹 茹 扎伊 饶 瑞 然 让 任 任 任 容 容 日',
  ш: '沙 沙 舍 舍 希 希 绍 绍 舒 舒 沙伊 绍 舒伊 尚 尚 申 申 申 雄 顺 什',
  дж: '贾 贾 杰 杰 吉 吉 焦 焦 朱 久 贾伊 焦 朱伊 占 江 真 真 金 琼 准 季',
  ч: '恰 恰 切 切 奇 奇 乔 乔 丘 丘 柴 乔 崔 昌 强 琴 琴 钦 琼 春 奇',
  щ: '夏 夏 谢 谢 希 希 晓 晓 休 休 夏伊 肖 休伊 先 先 先 先 辛 雄 顺 希',
  ц: '察 齐亚 采 采 齐 齐 措 措 楚 秋 采 曹 崔 灿 强 岑 岑 青 聪 聪 茨',
  х: '哈 希亚 海 赫 黑 希 霍 晓 胡 休 海 豪 惠 汉 希扬 亨 亨 欣 洪 洪 赫',
  м: '马 米亚 梅 梅 梅 米 莫 苗 穆 缪 迈 毛 穆伊 曼 米扬 缅 门 明 蒙 蒙 姆',
  н: '纳 尼亚 内 涅 内 尼 诺 尼奥 努 纽 奈 瑙 努伊 南 尼扬 年 嫩 宁 农 农 恩',
  л: '拉 利亚 莱 列 雷 利 洛 廖 卢 柳 莱 劳 卢伊 兰 良 连 伦 林 隆 伦 尔',
  р: '拉 里亚 雷 列 雷 里 罗 廖 鲁 留 赖 劳 鲁伊 兰 良 连 伦 林 龙 伦 尔',
};

type Table = Record<string, Record<Col, string>>;

function buildTable(rows: Record<string, string>, overrides: Record<string, Partial<Record<Col, string>>> = {}): Table {
  const table: Table = {};
  for (const [onset, row] of Object.entries(rows)) {
    const cells = row.split(' ');
    if (cells.length !== COLS.length) throw new Error(`translit table row "${onset}" has ${cells.length} cells`);
    const rec = {} as Record<Col, string>;
    COLS.forEach((c, i) => (rec[c] = cells[i] === '_' ? '' : cells[i]!));
    table[onset] = { ...rec, ...overrides[onset] };
  }
  return table;
}

const RU_TABLE = buildTable(RU_ROWS);

/** Ukrainian: the same table read with Ukrainian letter values (see ukPhonemes). Where Xinhua's
 *  Ukrainian names settled on other characters than the Russian table's, the cell is overridden:
 *  г (= h) + е is 赫 (Генічеськ 赫尼切斯克), not the Russian хэ 海. */
const UK_TABLE = buildTable(RU_ROWS, {
  х: { e: '赫' },
});

const VOWELS = new Set('аяэеыиоёую');
/** Vowels that carry a y- glide after ь/ъ/' or a doubled consonant. */
const IOTATED = new Set('яеёюи');
const HUSHING = new Set(['ж', 'ш', 'ч', 'щ', 'ц', 'дж']);
const CONSONANTS = new Set('бвгджзклмнпрстфхцчшщ');

/** Soft finals (consonant + ь before a consonant or at the end). `end` applies at the word end. */
const SOFT_FINAL: Record<string, { mid: string; end: string }> = {
  л: { mid: '利', end: '利' },
  н: { mid: '尼', end: '尼' },
  с: { mid: '斯', end: '西' },
  з: { mid: '兹', end: '济' },
  т: { mid: '特', end: '季' },
  д: { mid: '德', end: '季' },
};

interface Stem {
  /** Letters (in the internal spelling, see ukPhonemes) the stem consumes. */
  letters: string;
  zh: string;
  /** The stem ends in н and the suffix after it starts with a vowel: н is read twice (Иван → 伊万,
   *  Ивановка → 伊万诺夫卡), GB/T 17693.4's н 双拼 rule for name stems. */
  doubleN?: boolean;
  /** The stem must be followed by one of these letters. */
  before?: string;
}

// Fixed forms from the standard's appendices of common personal names and common words in place
// names, matched at the start of a word or right after another stem. Internal spelling: Ukrainian
// letters already mapped by ukPhonemes (і → и, е → э, є → е, г → х, ґ → г, ' → ь).
const RU_STEMS: Stem[] = [
  { letters: 'днепро', zh: '第聂伯罗' },
  { letters: 'днепр', zh: '第聂伯' },
  { letters: 'донец', zh: '顿涅茨' },
  { letters: 'никола', zh: '尼古拉' },
  { letters: 'алексан', zh: '亚历山' },
  { letters: 'константин', zh: '康斯坦丁', doubleN: true },
  { letters: 'иван', zh: '伊万', doubleN: true },
  { letters: 'павло', zh: '巴甫洛' },
  { letters: 'петро', zh: '彼得罗' },
  { letters: 'екатерин', zh: '叶卡捷琳', doubleN: true },
  { letters: 'владимир', zh: '弗拉基米尔' },
  { letters: 'калинин', zh: '加里宁', doubleN: true },
  { letters: 'ленин', zh: '列宁', doubleN: true },
  { letters: 'азов', zh: '亚速' },
  { letters: 'андре', zh: '安德烈' },
  { letters: 'серге', zh: '谢尔盖' },
  { letters: 'васил', zh: '瓦西里', before: 'ь' },
  { letters: 'борис', zh: '鲍里斯' },
  { letters: 'михай', zh: '米哈伊' },
  { letters: 'киро', zh: '基洛', before: 'в' },
];
const UK_STEMS: Stem[] = [
  { letters: 'днипро', zh: '第聂伯罗' },
  { letters: 'днипр', zh: '第聂伯' },
  { letters: 'донэц', zh: '顿涅茨' },
  { letters: 'донец', zh: '顿涅茨' },
  { letters: 'костянтин', zh: '康斯坦丁', doubleN: true },
  { letters: 'иван', zh: '伊万', doubleN: true },
  { letters: 'азов', zh: '亚速' },
  { letters: 'васили', zh: '瓦西里' },
  { letters: 'васил', zh: '瓦西里', before: 'ь' },
  { letters: 'борис', zh: '鲍里斯' },
  { letters: 'михай', zh: '米哈伊' },
  { letters: 'киро', zh: '基洛', before: 'в' },
];

/** Fixed word endings (after at least one letter). */
const RU_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['город', '哥罗德'],
  ['град', '格勒'],
  ['поль', '波尔'],
  ['бург', '堡'],
];
const UK_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['поль', '波尔'],
  ['кэ', '克'], // final -ке, mostly -ське/-цьке: Уманське 乌曼斯克, Широке 什罗克
];

/** Words translated, not transliterated, when they stand as a word of their own (Нова Каховка
 *  新卡霍夫卡, Старый Оскол 旧奥斯科尔, Біла Церква 白采尔克瓦, Велика Новосілка 大诺沃西尔卡). */
const WORDS: Record<string, string> = {};
for (const [zh, forms] of Object.entries({
  新: 'новый новая новое новые нова нове новий нові',
  旧: 'старый старая старое старые стара старе старий старі',
  大: 'большой большая большое большие великий великая великое великие велика велике великі',
  小: 'малый малая малое малые мала мале малий малі',
  上: 'верхний верхняя верхнее верхние верхній верхня верхнє верхні',
  下: 'нижний нижняя нижнее нижние нижній нижня нижнє нижні',
  中: 'средний средняя среднее средние середній середня середнє середні',
  北: 'северный северная северное північний північна північне',
  南: 'южный южная южное південний південна південне',
  西: 'западный западная западное західний західна західне',
  东: 'восточный восточная восточное східний східна східне',
  红: 'красный красная красное красний красна красне червоний червона червоне',
  白: 'белый белая белое білий біла біле',
}))
  for (const w of forms.split(' ')) WORDS[w] = zh;

/** Prefixes joined to the word that are translated: Северодонецк 北顿涅茨克, Южноукраинск
 *  南乌克兰斯克, Верхнеднепровск 上第聂伯罗夫斯克. `both`: also read as letters (Ново- is 新 in
 *  新罗西斯克 but 诺沃 in 诺沃肖洛夫卡; Старо- is 旧 in 旧康斯坦丁诺夫 but 斯塔罗 in 斯塔罗别利斯克). */
const PREFIXES: ReadonlyArray<{ prefix: string; zh: string; both?: boolean }> = [
  { prefix: 'северо', zh: '北' },
  { prefix: 'сєвєро', zh: '北' },
  { prefix: 'південно', zh: '南' },
  { prefix: 'южно', zh: '南' },
  { prefix: 'ново', zh: '新', both: true },
  { prefix: 'старо', zh: '旧', both: true },
  { prefix: 'средне', zh: '中' },
  { prefix: 'середньо', zh: '中' },
  { prefix: 'верхнє', zh: '上' },
  { prefix: 'верхне', zh: '上' },
  { prefix: 'нижнє', zh: '下' },
  { prefix: 'нижне', zh: '下' },
];

/** Letters (and the soft -ськ/-цьк) only Ukrainian writes, and letters only Russian writes (a
 *  final ъ is pre-1918 spelling: not read). */
const GENERIC_WORDS = new Set(['город', 'горад', 'місто', 'посёлок', 'поселок', 'селище', 'пгт', 'смт']);

const UK_ONLY = /[іїєґ']|[сц]ьк/;
const RU_ONLY = /[ыэёъ]/;

/** Lower case, one apostrophe, ё kept; null when a letter is outside Russian and Ukrainian. */
export function normalizeCyrillic(name: string): string | null {
  const s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ`´‘]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/^[а-яёіїєґ' -]+$/.test(s) || !/[а-яёіїєґ]/.test(s) || /ъ(?=$|[ -])/.test(s)) return null;
  return s;
}

/** Which languages a spelling can be: Ukrainian letters (і ї є ґ ') or Russian ones (ы э ё ъ)
 *  decide; a name with neither is read both ways. */
export function spellingLangs(normalized: string): Lang[] {
  const uk = UK_ONLY.test(normalized);
  const ru = RU_ONLY.test(normalized);
  if (uk && ru) return [];
  if (uk) return ['uk'];
  if (ru) return ['ru'];
  return ['ru', 'uk'];
}

/** Ukrainian letters to the internal spelling the table is indexed by. */
function ukPhonemes(word: string, softE = false): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1];
    switch (c) {
      case 'и':
      case 'і':
        // Both read with the table's и row (Мирноград 米尔诺赫拉德, Харків 哈尔基夫).
        out += 'и';
        break;
      case 'е':
        // After a consonant, Xinhua writes Ukrainian е both ways: with its Ukrainian value (э:
        // 索莱达尔, 克雷明纳, 鲁比日内) and with the Russian table's е (涅, 列, 谢: 扎利兹尼奇涅,
        // 奥列克桑德里夫卡); `softE` gives the second reading.
        out += softE && i > 0 && !/[аеиоуяюєії'ьй -]/.test(word[i - 1]!) ? 'е' : 'э';
        break;
      case 'є':
        out += 'е';
        break;
      case 'ї':
        out += 'йи';
        break;
      case 'г':
        out += 'х';
        break;
      case 'ґ':
        out += 'г';
        break;
      case "'":
        out += 'ь';
        break;
      case 'ь':
        // ьо is a soft o (ё).
        if (next === 'о') {
          out += 'ё';
          i++;
        } else out += 'ь';
        break;
      case 'й':
        if (next === 'о') {
          out += 'ё';
          i++;
        } else out += 'й';
        break;
      default:
        out += c;
    }
  }
  return out;
}

function ruPhonemes(word: string): string {
  return word;
}

interface Lexicon {
  table: Table;
  stems: Stem[];
  endings: ReadonlyArray<readonly [string, string]>;
  lang: Lang;
}
const LEX: Record<Lang, Lexicon> = {
  ru: { table: RU_TABLE, stems: RU_STEMS, endings: RU_ENDINGS, lang: 'ru' },
  uk: { table: UK_TABLE, stems: UK_STEMS, endings: UK_ENDINGS, lang: 'uk' },
};

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);
const isCons = (c: string | undefined): boolean => c !== undefined && CONSONANTS.has(c);

/** The column for a vowel (plain). */
function vowelCol(v: string): Col {
  switch (v) {
    case 'а': return 'a';
    case 'я': return 'ya';
    case 'э': return 'e';
    case 'е': return 'ye';
    case 'ы': return 'y';
    case 'и': return 'i';
    case 'о': return 'o';
    case 'ё': return 'yo';
    case 'у': return 'u';
    default: return 'yu';
  }
}
/** The nasal column for vowel + н. */
function nasalCol(v: string): Col | null {
  switch (v) {
    case 'а': return 'an';
    case 'я': return 'yan';
    case 'е': return 'yen';
    case 'э':
    case 'ы': return 'en';
    case 'и': return 'in';
    case 'о': return 'on';
    case 'у': return 'un';
    default: return null; // ю, ё + н: read as syllable + 恩
  }
}

/** Whether the letter at `k` closes a nasal syllable with the vowel before it: н before a consonant
 *  (or ь + consonant) or at the end, and м before б/п (Тамбов 坦波夫, Самбір 桑博尔). */
function nasalCloses(w: string, k: number): boolean {
  const after = w[k + 1];
  if (w[k] === 'м') return after === 'б' || after === 'п';
  if (w[k] !== 'н') return false;
  if (after === undefined) return true;
  if (isCons(after)) return true;
  if (after === 'ь') return w[k + 2] === undefined || isCons(w[k + 2]);
  return false;
}

/** The onset at i (дж is one onset; дз reads as з) and the index after it. */
function onsetAt(w: string, i: number): [string, number] {
  const c = w[i]!;
  if (c === 'д' && w[i + 1] === 'ж') return ['дж', i + 2];
  if (c === 'д' && w[i + 1] === 'з') return ['з', i + 2];
  return [c, i + 1];
}

/** Cluster assimilations and letter pairs the table reads as one, applied to the whole word first. */
function assimilate(w: string, lang: Lang): string {
  let s = w
    .replace(/[тд]с(?=[ьк])/g, 'ц') // Братск 布拉茨克, Світловодськ 斯韦特洛沃茨克
    .replace(/[тд]ц/g, 'ц')
    .replace(/[тд]ч/g, 'ч')
    .replace(/[сз]ч/g, 'щ')
    // ьи reads as и, ью as ю after the consonant (the table's И and Ю columns): Марьинка 马林卡.
    .replace(/([бвгдзклмнпрстфхц])ьи/g, '$1и')
    .replace(/([бвгдзклмнпрстфхц])ью/g, '$1ю');
  if (lang === 'ru')
    s = s
      .replace(/чт/g, 'шт')
      .replace(/гк/g, 'хк')
      .replace(/([ое])го$/, '$1во')
      .replace(/([бвгдзклмнпрстфхцчшщж])ии/g, '$1и'); // Мариинск 马林斯克
  return s;
}

/** The rhyme starting with the vowel at j: its cell for `row` and the index after it. Nasals
 *  (vowel + н / м before б, п), diphthongs (vowel + й) and ау take one cell. */
function rhyme(w: string, j: number, row: Record<Col, string>, alone: boolean, wordStart: boolean): [string, number] {
  const v = w[j]!;
  const base = v === 'е' && alone && wordStart ? '叶' : row[vowelCol(v)];
  if ((w[j + 1] === 'н' || w[j + 1] === 'м') && nasalCloses(w, j + 1)) {
    const col = nasalCol(v);
    if (col) return [col === 'yen' && alone && wordStart ? '叶恩' : row[col], j + 2];
    if (w[j + 1] === 'н') return [base + '恩', j + 2];
  }
  if (w[j + 1] === 'й' && !isVowel(w[j + 2])) {
    if (v === 'а') return [row.ai, j + 2];
    if (v === 'у') return [row.ui, j + 2];
    if (v === 'и' || v === 'ы') return [base, j + 2];
    return [base + '伊', j + 2];
  }
  if (v === 'а' && w[j + 1] === 'у' && !isVowel(w[j + 2]) && !(w[j + 2] === 'н' && nasalCloses(w, j + 2)) && w[j + 2] !== 'й')
    return [row.au, j + 2];
  return [base, j + 1];
}

/** One word (no spaces or hyphens) in the internal spelling, read syllable by syllable. */
function readWord(w0: string, lex: Lexicon): string {
  const { table } = lex;
  const alone = table['']!;
  const w = assimilate(w0, lex.lang);
  const n = w.length;
  let out = '';
  let i = 0;
  let stemBoundary = true;
  while (i < n) {
    // Stems from the appendices, at the start of the word or right after another stem.
    if (stemBoundary) {
      const stem = lex.stems.find(
        (s) => w.startsWith(s.letters, i) && (s.before === undefined || s.before.includes(w[i + s.letters.length] ?? '#')),
      );
      if (stem) {
        out += stem.zh;
        i += stem.letters.length;
        if (w[i] === 'ь') i++;
        if (stem.doubleN && isVowel(w[i])) {
          // н read again before the suffix vowel: Ивановка → 伊万 + нов + ка.
          const [cell, next] = rhyme(w, i, table['н']!, false, false);
          out += cell;
          i = next;
        }
        continue;
      }
    }
    stemBoundary = false;

    // Fixed endings (after at least one letter).
    if (i > 0) {
      const ending = lex.endings.find(([e]) => i + e.length === n && w.endsWith(e));
      if (ending) {
        out += ending[1];
        break;
      }
    }
    // -цов- is 佐夫 (Рубцовск 鲁布佐夫斯克).
    if (lex.lang === 'ru' && w.startsWith('цов', i) && !isVowel(w[i + 3])) {
      out += '佐夫';
      i += 3;
      continue;
    }

    const c = w[i]!;
    if (isVowel(c)) {
      // A vowel on its own: at the start, after a vowel, or after й/ь.
      const [cell, next] = rhyme(w, i, alone, true, i === 0);
      out += cell;
      i = next;
      continue;
    }
    if (c === 'й') {
      // й before a vowel is a glide: йа 亚, йе 耶, йи (ї) 伊, йу 尤.
      const v = w[i + 1];
      if (isVowel(v)) {
        const iot = v === 'а' ? 'я' : v === 'у' ? 'ю' : v === 'о' ? 'ё' : v === 'э' ? 'е' : v!;
        const [cell, next] = rhyme(w.slice(0, i + 1) + iot + w.slice(i + 2), i + 1, alone, true, false);
        out += cell;
        i = next;
      } else {
        out += '伊';
        i++;
      }
      continue;
    }
    if (!isCons(c)) {
      // ь/ъ not after a consonant, or a stray letter.
      i++;
      continue;
    }

    const [onset, afterOnset] = onsetAt(w, i);
    let j = afterOnset;
    // A doubled consonant is read once (Черкассы 切尔卡瑟, Добропілля 多布罗皮利亚).
    let doubled = false;
    while (w[j] === onset && onset.length === 1) {
      j++;
      doubled = true;
    }
    const row = table[onset]!;
    const next = w[j];
    if (isVowel(next)) {
      // Ukrainian doubled consonant + я/ю/є: a long soft consonant, C(i) + 亚 (Запоріжжя 扎波里日亚).
      if (doubled && lex.lang === 'uk' && (next === 'я' || next === 'ю' || next === 'е')) {
        const [cell, after] = rhyme(w, j, alone, true, false);
        out += row.i + cell;
        i = after;
        continue;
      }
      const [cell, after] = rhyme(w, j, row, false, false);
      out += cell;
      i = after;
      continue;
    }
    if (next === 'ь' || next === 'ъ') {
      const v = w[j + 1];
      if (v === 'о' || v === 'ё') {
        const [cell, after] = rhyme(w.slice(0, j + 1) + 'ё' + w.slice(j + 2), j + 1, row, false, false);
        out += cell;
        i = after;
        continue;
      }
      if (v !== undefined && IOTATED.has(v)) {
        // ь/ъ/' + я, е: the consonant's и-cell, then the vowel with its glide (Приморье 普里莫里耶);
        // hushing consonants are never soft (Запорожье 扎波罗热).
        if (HUSHING.has(onset) && next === 'ь') {
          const [cell, after] = rhyme(w, j + 1, row, false, false);
          out += cell;
          i = after;
        } else {
          const [cell, after] = rhyme(w, j + 1, alone, true, false);
          out += (next === 'ъ' ? finalOf(onset, row, i, w) : row.i) + cell;
          i = after;
        }
        continue;
      }
      // Soft final.
      const soft = SOFT_FINAL[onset];
      const atEnd = j + 1 >= n;
      out += soft ? (atEnd ? soft.end : soft.mid) : finalOf(onset, row, i, w);
      i = j + 1;
      continue;
    }
    // Final consonant (before a consonant, й or the end).
    out += finalOf(onset, row, i, w);
    i = j;
  }
  return out;
}

/** A consonant's final: л/р before a consonant at the start of a word are 勒, в/ф there 弗. */
function finalOf(onset: string, row: Record<Col, string>, i: number, w: string): string {
  if (i === 0 && isCons(w[1])) {
    if (onset === 'л' || onset === 'р') return '勒';
    if (onset === 'в' || onset === 'ф') return '弗';
  }
  return row.fin;
}

/** Reads one hyphen-free word, with joined prefixes; returns the readings (one, or two for Ново-/Старо-). */
function readWithPrefixes(word: string, lex: Lexicon, phon: (w: string) => string): string[] {
  for (const p of PREFIXES) {
    if (word.startsWith(p.prefix) && word.length > p.prefix.length + 2) {
      const rest = word.slice(p.prefix.length);
      const translated = p.zh + readWord(phon(rest), lex);
      return p.both ? [translated, readWord(phon(word), lex)] : [translated];
    }
  }
  return [readWord(phon(word), lex)];
}

/** Every reading of a name in one language, the main one first: one, or more when a joined
 *  Ново-/Старо- can be translated or read, and for Ukrainian when е after a consonant reads both
 *  ways. Null when the name has letters the table does not cover. */
export function transliterateAll(name: string, lang: Lang): string[] | null {
  const s = normalizeCyrillic(name);
  if (s === null) return null;
  if (lang === 'ru' && UK_ONLY.test(s)) return null;
  if (lang === 'uk' && RU_ONLY.test(s)) return null;
  // A leading generic word (Город Шебекино, Горад Жодзіна, Місто …) is not part of the name.
  const words = s.split(' ');
  while (words.length > 1 && GENERIC_WORDS.has(words[0]!)) words.shift();
  // "X-на-Y" (Ростов-на-Дону) puts Y in a case form: not read by the table.
  if (words.some((w) => w === 'на' || /(^|-)на-/.test(w))) return null;
  const lex = LEX[lang];
  const spellings: ((w: string) => string)[] =
    lang === 'uk' ? [(w) => ukPhonemes(w, false), (w) => ukPhonemes(w, true)] : [ruPhonemes];
  const all: string[] = [];
  for (const phon of spellings) {
    let readings: string[] = [''];
    words.forEach((word, wi) => {
      let parts: string[][];
      const translated = WORDS[word];
      if (translated !== undefined && words.length > 1 && wi < words.length - 1) parts = [[translated]];
      else {
        // Hyphenated parts keep their hyphen (伊万诺-弗兰科夫斯克), except a translated prefix
        // written apart (Южно-Сахалинск 南萨哈林斯克).
        parts = [];
        let glue = '';
        for (const p of word.split('-').filter((x) => x !== '')) {
          const prefix = PREFIXES.find((x) => x.prefix === p);
          if (prefix) {
            parts.push([glue + prefix.zh]);
            glue = '';
            continue;
          }
          parts.push(readWithPrefixes(p, lex, phon).map((x) => glue + x));
          glue = '-';
        }
      }
      for (const options of parts) {
        const next: string[] = [];
        for (const r of readings) for (const o of options) next.push(r + o);
        readings = next;
      }
    });
    for (const r of readings) if (r.replace(/-/g, '') !== '' && !all.includes(r)) all.push(r);
  }
  return all.length > 0 ? all : null;
}

/** The main reading, or null. */
export function transliterate(name: string, lang: Lang): string | null {
  return transliterateAll(name, lang)?.[0] ?? null;
}

/** Every character the tables, stems and translated words can write. */
export function tableChars(): string {
  const chars = new Set<string>();
  const addAll = (s: string): void => {
    for (const c of s) if (c !== ' ' && c !== '_') chars.add(c);
  };
  for (const t of [RU_TABLE, UK_TABLE]) for (const row of Object.values(t)) for (const cell of Object.values(row)) addAll(cell);
  for (const s of [...RU_STEMS, ...UK_STEMS]) addAll(s.zh);
  for (const [, zh] of [...RU_ENDINGS, ...UK_ENDINGS]) addAll(zh);
  for (const zh of Object.values(WORDS)) addAll(zh);
  for (const p of PREFIXES) addAll(p.zh);
  addAll('勒弗叶恩伊');
  return [...chars].sort().join('');
}
