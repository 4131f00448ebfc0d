// Russian and Ukrainian Cyrillic → Chinese by the standard syllable table (scripts/gazetteer/translit.ts):
// rows of names with the spelling Chinese media use. `main`: the expected form is the first
// reading; otherwise it is one of the readings (Ukrainian е reads two ways; joined Ново-/Старо- are
// translated and read).
import { describe, expect, it } from 'vitest';
import { normalizeCyrillic, spellingLangs, transliterate, transliterateAll, type Lang } from '../../../scripts/gazetteer/translit.ts';

interface Row {
  name: string;
  lang: Lang;
  zh: string;
  main?: boolean;
  why?: string;
}

const russian: Row[] = [
  { name: 'Мариуполь', lang: 'ru', zh: '马里乌波尔', main: true, why: 'fixed ending -поль 波尔' },
  { name: 'Запорожье', lang: 'ru', zh: '扎波罗热', main: true, why: 'жье: hushing consonant never soft' },
  { name: 'Харьков', lang: 'ru', zh: '哈尔科夫', main: true },
  { name: 'Николаев', lang: 'ru', zh: '尼古拉耶夫', main: true, why: 'personal-name stem Никола- 尼古拉' },
  { name: 'Донецк', lang: 'ru', zh: '顿涅茨克', main: true, why: 'river-name stem Донец 顿涅茨' },
  { name: 'Луганск', lang: 'ru', zh: '卢甘斯克', main: true, why: 'nasal ган before a consonant' },
  { name: 'Бахмут', lang: 'ru', zh: '巴赫穆特', main: true },
  { name: 'Авдеевка', lang: 'ru', zh: '阿夫杰耶夫卡', main: true, why: 'е after a vowel 耶; -ка 卡' },
  { name: 'Северодонецк', lang: 'ru', zh: '北顿涅茨克', main: true, why: 'translated prefix Северо- 北' },
  { name: 'Покровск', lang: 'ru', zh: '波克罗夫斯克', main: true },
  { name: 'Курск', lang: 'ru', zh: '库尔斯克', main: true },
  { name: 'Белгород', lang: 'ru', zh: '别尔哥罗德', main: true, why: 'fixed ending -город 哥罗德' },
  { name: 'Дебальцево', lang: 'ru', zh: '杰巴利采沃', main: true, why: 'ль before a consonant 利; -ево' },
  { name: 'Селидово', lang: 'ru', zh: '谢利多沃', main: true },
  { name: 'Волчанск', lang: 'ru', zh: '沃尔昌斯克', main: true },
  { name: 'Мирноград', lang: 'ru', zh: '米尔诺格勒', main: true, why: 'fixed ending -град 格勒' },
  { name: 'Краматорск', lang: 'ru', zh: '克拉马托尔斯克', main: true },
  { name: 'Константиновка', lang: 'ru', zh: '康斯坦丁诺夫卡', main: true, why: 'name stem with н read twice' },
  { name: 'Славянск', lang: 'ru', zh: '斯拉维扬斯克', main: true },
  { name: 'Горловка', lang: 'ru', zh: '戈尔洛夫卡', main: true },
  { name: 'Макеевка', lang: 'ru', zh: '马克耶夫卡', main: true },
  { name: 'Волноваха', lang: 'ru', zh: '沃尔诺瓦哈', main: true },
  { name: 'Енакиево', lang: 'ru', zh: '叶纳基耶沃', main: true, why: 'е at the start 叶' },
  { name: 'Лисичанск', lang: 'ru', zh: '利西昌斯克', main: true },
  { name: 'Рубежное', lang: 'ru', zh: '鲁别日诺耶', main: true },
  { name: 'Изюм', lang: 'ru', zh: '伊久姆', main: true },
  { name: 'Купянск', lang: 'ru', zh: '库皮扬斯克', main: true },
  { name: 'Балаклея', lang: 'ru', zh: '巴拉克列亚', main: true },
  { name: 'Чугуев', lang: 'ru', zh: '丘古耶夫', main: true },
  { name: 'Марьинка', lang: 'ru', zh: '马林卡', main: true, why: 'ьи reads as и; nasal рин' },
  { name: 'Мелитополь', lang: 'ru', zh: '梅利托波尔', main: true },
  { name: 'Бердянск', lang: 'ru', zh: '别尔江斯克', main: true, why: 'nasal дян 江' },
  { name: 'Токмак', lang: 'ru', zh: '托克马克', main: true },
  { name: 'Кременчуг', lang: 'ru', zh: '克列缅丘格', main: true, why: 'nasal мен 缅' },
  { name: 'Черкассы', lang: 'ru', zh: '切尔卡瑟', main: true, why: 'doubled с read once; сы 瑟' },
  { name: 'Павлоград', lang: 'ru', zh: '巴甫洛格勒', main: true, why: 'name stem Павло- 巴甫洛' },
  { name: 'Днепропетровск', lang: 'ru', zh: '第聂伯罗彼得罗夫斯克', main: true, why: 'stems Днепро- 第聂伯罗, Петро- 彼得罗' },
  { name: 'Ивано-Франковск', lang: 'ru', zh: '伊万诺-弗兰科夫斯克', main: true, why: 'hyphen kept; Иван 伊万; initial ф 弗' },
  { name: 'Новороссийск', lang: 'ru', zh: '新罗西斯克', main: true, why: 'joined Ново- 新 (also read 诺沃)' },
  { name: 'Краснодар', lang: 'ru', zh: '克拉斯诺达尔', main: true },
  { name: 'Таганрог', lang: 'ru', zh: '塔甘罗格', main: true },
  { name: 'Воронеж', lang: 'ru', zh: '沃罗涅日', main: true },
  { name: 'Брянск', lang: 'ru', zh: '布良斯克', main: true, why: 'nasal рян 良' },
  { name: 'Шебекино', lang: 'ru', zh: '舍别基诺', main: true },
  { name: 'Суджа', lang: 'ru', zh: '苏贾', main: true, why: 'дж one onset' },
  { name: 'Ейск', lang: 'ru', zh: '叶伊斯克', main: true, why: 'ей at the start 叶伊' },
  { name: 'Грайворон', lang: 'ru', zh: '格赖沃龙', main: true, why: 'diphthong рай 赖' },
  { name: 'Калининград', lang: 'ru', zh: '加里宁格勒', main: true },
  { name: 'Старый Оскол', lang: 'ru', zh: '旧奥斯科尔', main: true, why: 'Старый as a word 旧' },
  { name: 'Нижний Новгород', lang: 'ru', zh: '下诺夫哥罗德', main: true },
  { name: 'Южно-Сахалинск', lang: 'ru', zh: '南萨哈林斯克', main: true, why: 'hyphenated translated prefix' },
  { name: 'Братск', lang: 'ru', zh: '布拉茨克', main: true, why: 'тс reads ц' },
  { name: 'Камбарка', lang: 'ru', zh: '坎巴尔卡', main: true, why: 'м before б is nasal' },
  { name: 'Барнаул', lang: 'ru', zh: '巴尔瑙尔', main: true, why: 'ау row 瑙' },
  { name: 'Гомель', lang: 'ru', zh: '戈梅利', main: true, why: 'final ль 利' },
  { name: 'Брест', lang: 'ru', zh: '布列斯特', main: true },
  { name: 'Ржев', lang: 'ru', zh: '勒热夫', main: true, why: 'initial р before a consonant 勒' },
  { name: 'Владимир', lang: 'ru', zh: '弗拉基米尔', main: true },
  { name: 'Михайловка', lang: 'ru', zh: '米哈伊洛夫卡', main: true },
];

const ukrainian: Row[] = [
  { name: 'Добропілля', lang: 'uk', zh: '多布罗皮利亚', main: true, why: 'doubled л + я' },
  { name: 'Вовчанськ', lang: 'uk', zh: '沃夫昌斯克', main: true, why: '-ськ 斯克' },
  { name: 'Мирноград', lang: 'uk', zh: '米尔诺赫拉德', main: true, why: 'г is h: no fixed -град' },
  { name: 'Руська Лозова', lang: 'uk', zh: '鲁斯卡洛佐瓦', main: true, why: 'two words joined' },
  { name: 'Харків', lang: 'uk', zh: '哈尔基夫', main: true, why: 'і reads и; -ів 伊夫' },
  { name: 'Чернігів', lang: 'uk', zh: '切尔尼希夫', main: true },
  { name: 'Запоріжжя', lang: 'uk', zh: '扎波里日亚', main: true, why: 'long soft жж + я' },
  { name: 'Миколаїв', lang: 'uk', zh: '米科拉伊夫', main: true, why: 'ї 伊' },
  { name: 'Кремінна', lang: 'uk', zh: '克雷明纳', main: true, why: 'е 雷; nasal мін before н' },
  { name: 'Рубіжне', lang: 'uk', zh: '鲁比日内', main: true, why: 'Ukrainian е: не 内' },
  { name: 'Покровськ', lang: 'uk', zh: '波克罗夫斯克', main: true },
  { name: 'Кривий Ріг', lang: 'uk', zh: '克里维里赫', main: true },
  { name: 'Часів Яр', lang: 'uk', zh: '恰西夫亚尔', main: true },
  { name: 'Лисичанськ', lang: 'uk', zh: '利西昌斯克', main: true },
  { name: 'Нова Каховка', lang: 'uk', zh: '新卡霍夫卡', main: true, why: 'Нова as a word 新' },
  { name: 'Велика Новосілка', lang: 'uk', zh: '大诺沃西尔卡', why: 'Велика 大; joined Ново- also read' },
  { name: 'Енергодар', lang: 'uk', zh: '埃内尔霍达尔', main: true, why: 'initial е 埃' },
  { name: 'Гостомель', lang: 'uk', zh: '霍斯托梅利', main: true },
  { name: 'Ужгород', lang: 'uk', zh: '乌日霍罗德', main: true },
  { name: 'Вишгород', lang: 'uk', zh: '维什霍罗德', main: true },
  { name: 'Павлоград', lang: 'uk', zh: '帕夫洛赫拉德', main: true },
  { name: 'Оленівка', lang: 'uk', zh: '奥列尼夫卡', why: 'е after a consonant also read with the Russian value 列' },
  { name: 'Олешки', lang: 'uk', zh: '奥列什基' },
  { name: 'Торецьк', lang: 'uk', zh: '托列茨克' },
  { name: 'Селидове', lang: 'uk', zh: '谢利多韦' },
  { name: 'Балаклія', lang: 'uk', zh: '巴拉克利亚', main: true },
  { name: 'Чугуїв', lang: 'uk', zh: '丘胡伊夫', main: true },
  { name: 'Бровари', lang: 'uk', zh: '布罗瓦里', main: true },
  { name: 'Ірпінь', lang: 'uk', zh: '伊尔平', main: true, why: 'nasal пін before ь' },
  { name: 'Курахове', lang: 'uk', zh: '库拉霍韦', main: true },
  { name: 'Васильків', lang: 'uk', zh: '瓦西里基夫', main: true, why: 'name stem Василь 瓦西里' },
  { name: 'Краматорськ', lang: 'uk', zh: '克拉马托尔斯克', main: true },
  { name: "Слов'янськ", lang: 'uk', zh: '斯洛维扬斯克', main: true, why: 'apostrophe splits: в + ян' },
  { name: 'Сєвєродонецьк', lang: 'uk', zh: '北顿涅茨克', main: true },
  { name: 'Дніпро', lang: 'uk', zh: '第聂伯罗', main: true },
  { name: 'Новоазовськ', lang: 'uk', zh: '新亚速斯克', main: true, why: 'stem Азов 亚速' },
  { name: 'Самбір', lang: 'uk', zh: '桑比尔', main: true, why: 'м before б is nasal' },
  { name: 'Уманське', lang: 'uk', zh: '乌曼斯克', main: true, why: 'Ukrainian -ське 斯克' },
];

describe('Russian → Chinese', () => {
  it.each(russian)('$name → $zh', ({ name, lang, zh, main }) => {
    if (main) expect(transliterate(name, lang)).toBe(zh);
    else expect(transliterateAll(name, lang)).toContain(zh);
  });
});

describe('Ukrainian → Chinese', () => {
  it.each(ukrainian)('$name → $zh', ({ name, lang, zh, main }) => {
    if (main) expect(transliterate(name, lang)).toBe(zh);
    else expect(transliterateAll(name, lang)).toContain(zh);
  });
});

describe('readings', () => {
  it('reads a joined Ново- both ways, translated first', () => {
    expect(transliterateAll('Новоазовськ', 'uk')).toEqual(['新亚速斯克', '诺沃阿佐夫斯克']);
  });
  it('reads Ukrainian е after a consonant with both values', () => {
    expect(transliterateAll('Дебальцеве', 'uk')).toEqual(['代巴利采韦', '杰巴利采韦']);
  });
  it('does not read a Russian spelling as Ukrainian or the reverse', () => {
    expect(transliterateAll('Волчанск', 'uk')).not.toBeNull(); // no marked letters: both
    expect(transliterateAll('Подъячево', 'uk')).toBeNull();
    expect(transliterateAll('Вовчанськ', 'ru')).toBeNull();
  });
  it('skips names in a case form after -на-', () => {
    expect(transliterateAll('Ростов-на-Дону', 'ru')).toBeNull();
    expect(transliterateAll('Калач на Дону', 'ru')).toBeNull();
  });
  it('drops a leading generic word', () => {
    expect(transliterate('Город Шебекино', 'ru')).toBe('舍别基诺');
  });
  it('gives null for other scripts', () => {
    expect(transliterateAll('Kyiv', 'uk')).toBeNull();
    expect(transliterateAll('Аўдзееўка', 'uk')).toBeNull();
    expect(transliterateAll('Санкт-Петербургъ', 'ru')).toBeNull();
  });
});

describe('spelling language', () => {
  it.each([
    ['Добропілля', ['uk']],
    ['Вовчанськ', ['uk']],
    ['Чернівці', ['uk']],
    ['Мариуполь', ['ru', 'uk']],
    ['Грозный', ['ru']],
    ['Королёв', ['ru']],
  ] as const)('%s → %j', (name, langs) => {
    expect(spellingLangs(normalizeCyrillic(name)!)).toEqual(langs);
  });
  it('normalises apostrophes, case and spaces', () => {
    expect(normalizeCyrillic("  Слов’янськ ")).toBe("слов'янськ");
    expect(normalizeCyrillic('Кривий  Ріг')).toBe('кривий ріг');
  });
});
