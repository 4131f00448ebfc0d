// Builds the generated-places entries from GeoNames rows: which places, which Chinese forms, and
// the guards that keep the forms from shadowing curated names or each other. Pure functions; the
// command-line wrapper is generate.ts.
import { slugify, type PlaceEntry } from '../extract/places/entries.ts';
import { fold, type FoldTable } from '../extract/places/normalize.ts';
import { chooseNames, editDistance, hanNames, type GeoPlace } from './geonames.ts';
import { transliterateAll, type Lang } from './translit.ts';

/** Which places: populated places (not sections of a city, historical or abandoned ones) of at
 *  least this population, and every first- and second-order administrative seat. */
export const MIN_POPULATION: Readonly<Record<string, number>> = { UA: 1000, RU: 10000, BY: 5000 };
export const SEAT_CODES: ReadonlySet<string> = new Set(['PPLA', 'PPLA2', 'PPLC']);
const PLACE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLS', 'PPLF', 'PPLL', 'PPLR']);
export const CITY_POPULATION = 100_000;
/** Shortest surface kept (characters, hyphens not counted). */
export const MIN_LENGTH = 3;
/** A three-character form also turns up inside other transliterated names (斯特里 in 马斯特里赫特,
 *  拉科夫 in 克拉科夫): kept only for places of this many people, or seats, whose names news uses. */
export const THREE_CHAR_POPULATION = 10_000;
/** Two places claim one form: the more populous keeps it when it has this many times the people. */
export const COLLISION_RATIO = 10;

export function selectPlaces(rows: readonly GeoPlace[]): GeoPlace[] {
  return rows.filter((p) => {
    const min = MIN_POPULATION[p.country];
    if (min === undefined || p.featureClass !== 'P' || !PLACE_CODES.has(p.featureCode)) return false;
    return p.population >= min || SEAT_CODES.has(p.featureCode);
  });
}

/** Words a generated form may not be or wrap (beyond the gazetteer's names and NOT_PLACES):
 *  common words spelled with transliteration characters, and people's names, which transliterate
 *  like towns: the people in the news of this war, famous people towns are named after, and
 *  common given names. */
export const COMMON_WORDS: readonly string[] = [
  '沙拉', '沙发', '坦克', '克隆', '伏特', '瓦特', '马达', '马克', '卡通', '摩托', '吉他', '咖啡', '巴士', '沙龙', '卡拉',
  '普京', '拜登', '特朗普', '泽连斯基', '马克龙', '朔尔茨', '肖尔茨', '默克尔', '佩斯科夫', '拉夫罗夫', '绍伊古', '别洛乌索夫',
  '格拉西莫夫', '普里戈津', '瓦格纳', '卡德罗夫', '卡迪罗夫', '梅德韦杰夫', '库列巴', '西比加', '扎卢日内', '瑟尔斯基', '西尔斯基',
  '波罗申科', '季莫申科', '克里琴科', '亚努科维奇', '纳瓦尔尼', '卢卡申科', '斯大林', '列宁', '叶利钦', '戈尔巴乔夫',
  // Places named like a famous person (Гагарин, Пушкин, Энгельс): the person is the likelier reading.
  '加加林', '普希金', '罗蒙诺索夫', '莱蒙托夫', '高尔基', '托尔斯泰', '门捷列夫', '苏沃洛夫', '库图佐夫', '恩格斯', '马克思',
  // Given names, which news writes before a surname without a dot too (总统弗拉基米尔普京): the
  // city of Vladimir loses 弗拉基米尔 to Putin and Zelensky.
  '弗拉基米尔', '沃洛基米尔', '沃洛季米尔', '伊万', '谢尔盖', '德米特里', '米哈伊尔', '尼古拉', '鲍里斯', '亚历山大', '安德烈',
  '奥列格', '伊戈尔', '瓦西里', '彼得', '阿列克谢', '尤里', '叶夫根尼', '维克多', '列昂尼德', '瓦列里', '根纳季', '阿纳托利',
  '维塔利', '康斯坦丁', '马克西姆', '帕维尔', '罗曼', '鲁斯兰', '拉姆赞', '米科拉', '奥列克西', '奥列克桑德尔', '格奥尔基',
  '费奥多尔', '雅罗斯拉夫', '斯维亚托斯拉夫', '博格丹', '博赫丹', '塔拉斯', '尼基塔', '阿尔乔姆', '格里戈里', '斯捷潘', '伊利亚',
  '基里尔', '瓦季姆', '谢苗', '安娜', '玛丽亚', '伊琳娜', '奥尔加', '娜塔莉亚', '塔季扬娜', '斯维特兰娜', '柳德米拉', '尤利娅',
  '索菲亚', '叶莲娜', '叶卡捷琳娜', '玛丽娜', '达里娅', '纳杰日达', '瓦莲京娜', '亚历山德拉', '维多利亚',
];

/** A form that wraps a two-character gazetteer name, or a common word, in at most this many more
 *  characters is dropped (古巴哈 ⊃ 古巴: "古巴哈瓦那" would read as Gubakha; 丘利曼 ⊃ 利曼). Longer
 *  forms, and forms around longer names, are other real places (科斯特罗马 ⊃ 罗马, 斯卢茨克 ⊃ 卢茨克,
 *  新普斯科夫 ⊃ 普斯科夫) and are kept: without them the curated name would match inside them. */
export const MAX_WRAP = 1;
/** Longest gazetteer name the wrap rule applies to. */
export const WRAP_NAME_LENGTH = 2;

/** Characters of transliterated names (the table's output plus the usual transliteration set) and
 *  the translated prefixes: a GeoNames Han name made of others (琥珀 "amber" for Burshtyn,
 *  共青城, 红军城) is a translation or a nickname, often shared by other places, and is left out. */
export function translitChars(extra: string): Set<string> {
  return new Set([...extra, ...'新北南东西大小上下中旧红白-']);
}

export type FormOrigin = Lang | 'han';
export interface Form {
  zh: string;
  origin: FormOrigin;
}

/** Every Chinese form of a place before the guards, in display order: in Ukraine the Ukrainian
 *  reading (as Chinese media now name most front-line towns: 多布罗皮利亚, 米尔诺赫拉德), then the
 *  Russian one, then the other Ukrainian readings; elsewhere the Russian reading; then GeoNames'
 *  Han names that no reading reproduced. */
export function formsOf(p: GeoPlace, folds: FoldTable, allowedChars: ReadonlySet<string>): Form[] {
  const byLang = (lang: Lang): Form[] =>
    chooseNames(p)
      .filter((x) => x.lang === lang)
      .flatMap((c) => (transliterateAll(c.spelling, lang) ?? []).map((zh) => ({ zh, origin: lang })));
  const uk = byLang('uk');
  const ru = byLang('ru');
  const readings = p.country === 'UA' ? [...uk.slice(0, 1), ...ru, ...uk.slice(1)] : [...ru, ...uk];
  // GeoNames' Han names: transliterations (allowed characters) of the current name, i.e. close to a
  // reading; former names (季米特洛夫 for Myrnohrad, once Dimitrov; 斯达汉诺夫) are left out.
  const han = hanNames(p)
    .map((h) => fold(h, folds).replace(/－/g, '-'))
    .filter((h) => [...h].every((c) => allowedChars.has(c)))
    .filter((h) => readings.length === 0 || readings.some((r) => editDistance(r.zh, h) <= Math.max(2, Math.floor(h.length / 3))));
  const out: Form[] = [];
  const add = (f: Form): void => {
    if (!out.some((o) => o.zh === f.zh)) out.push(f);
  };
  for (const r of readings) add(r);
  for (const h of han) add({ zh: h, origin: 'han' });
  return out;
}

export interface Blocked {
  /** Folded surfaces of the curated gazetteer and the countries: a form may not equal one. */
  equal: ReadonlySet<string>;
  /** Folded short surfaces and words a form may not wrap (MAX_WRAP). */
  contained: readonly string[];
  /** Every substring (3 to 10 characters) of common phrases other than the phrases themselves:
   *  a form that occurs inside a phrase (阿克赛 in 阿克赛钦, 瓦尔基 in 瓦尔基里) would match there. */
  insidePhrase: ReadonlySet<string>;
}

/** Why a form is dropped, or null. `small`: the place is below THREE_CHAR_POPULATION. */
export function formRejection(zh: string, folded: string, blocked: Blocked, small = false): string | null {
  const length = zh.replace(/-/g, '').length;
  if (length < MIN_LENGTH || (length === MIN_LENGTH && small)) return 'short';
  if (blocked.equal.has(folded)) return 'equals a gazetteer name';
  for (const w of blocked.contained)
    if (folded.length <= w.length + MAX_WRAP && folded.includes(w)) return `wraps ${w}`;
  if (blocked.insidePhrase.has(folded)) return 'inside a common phrase';
  return null;
}

/** Substrings of phrases (3 to 10 characters) that are not themselves a phrase. */
export function phraseSubstrings(phrases: readonly string[], folds: FoldTable): Set<string> {
  const whole = new Set(phrases.map((p) => fold(p, folds)));
  const out = new Set<string>();
  for (const p0 of whole)
    for (let i = 0; i < p0.length; i++)
      for (let len = 3; len <= 10 && i + len <= p0.length; len++) {
        const sub = p0.slice(i, i + len);
        if (sub.length < p0.length && !whole.has(sub)) out.add(sub);
      }
  return out;
}

export interface BuildStats {
  places: number;
  skippedCurated: number;
  formsBefore: number;
  rejected: Map<string, number>;
  collisionsKept: number;
  collisionsDropped: number;
  placesWithoutForms: number;
}

export interface BuildInput {
  rows: readonly GeoPlace[];
  curated: readonly PlaceEntry[];
  /** Country entries (countries.ts): their surfaces are blocked like curated ones. */
  countries: readonly PlaceEntry[];
  folds: FoldTable;
  /** Extra blocked words (NOT_PLACES of guards.ts, COMMON_WORDS). */
  words: readonly string[];
  /** Transliteration characters (guards.ts TRANSLIT_CHARS). */
  translitChars: string;
  /** Common phrases (OpenCC's simplified phrase list) a form may not occur inside. */
  phrases?: readonly string[];
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Distance in km (equirectangular; fine for "is this the same town"). */
function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const x = ((bLon - aLon) * Math.PI) / 180 * Math.cos(((aLat + bLat) / 2) * Math.PI / 180);
  const y = ((bLat - aLat) * Math.PI) / 180;
  return Math.sqrt(x * x + y * y) * 6371;
}

export function buildEntries(input: BuildInput): { entries: PlaceEntry[]; stats: BuildStats } {
  const { folds } = input;
  const stats: BuildStats = {
    places: 0,
    skippedCurated: 0,
    formsBefore: 0,
    rejected: new Map(),
    collisionsKept: 0,
    collisionsDropped: 0,
    placesWithoutForms: 0,
  };
  const reject = (why: string): void => {
    const key = why.startsWith('wraps') ? 'wraps a gazetteer name or common word' : why;
    stats.rejected.set(key, (stats.rejected.get(key) ?? 0) + 1);
  };

  // Blocked surfaces: the curated gazetteer and the countries win every form they list.
  const curatedSurfaces = [...input.curated, ...input.countries].flatMap((e) => e.zh.map((z) => fold(z, folds)));
  const words = input.words.map((w) => fold(w, folds));
  const blocked: Blocked = {
    equal: new Set([...curatedSurfaces, ...words]),
    contained: [...new Set([...curatedSurfaces.filter((z) => z.length <= WRAP_NAME_LENGTH), ...words])],
    insidePhrase: phraseSubstrings(input.phrases ?? [], folds),
  };

  // Places the curated gazetteer already has (same GeoNames id, or same name within 25 km).
  const curatedIds = new Set(input.curated.flatMap((e) => (e.geonameId !== undefined ? [e.geonameId] : [])));
  const curatedNamed = input.curated.filter((e) => e.lat !== null && e.lon !== null);
  const isCurated = (p: GeoPlace): boolean =>
    curatedIds.has(p.geonameId) ||
    curatedNamed.some(
      (e) =>
        e.country === p.country &&
        (e.id === slugify(p.asciiName) || e.id.startsWith(slugify(p.asciiName) + '-')) &&
        km(e.lat!, e.lon!, p.lat, p.lon) < 25,
    );

  const allowed = translitChars(input.translitChars);
  const places = selectPlaces(input.rows)
    .slice()
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);

  // Forms per place, after the per-form guards.
  const formsByPlace = new Map<number, Form[]>();
  const claims = new Map<string, GeoPlace[]>();
  for (const p of places) {
    if (isCurated(p)) {
      stats.skippedCurated++;
      continue;
    }
    stats.places++;
    const kept: Form[] = [];
    const seen = new Set<string>();
    for (const f of formsOf(p, folds, allowed)) {
      stats.formsBefore++;
      const key = fold(f.zh, folds);
      if (seen.has(key)) continue;
      seen.add(key);
      const small = p.population < THREE_CHAR_POPULATION && !SEAT_CODES.has(p.featureCode);
      const why = formRejection(f.zh, key, blocked, small);
      if (why) {
        reject(why);
        continue;
      }
      kept.push(f);
      const list = claims.get(key) ?? [];
      list.push(p);
      claims.set(key, list);
    }
    formsByPlace.set(p.geonameId, kept);
  }

  // One form, several places: the most populous keeps it when clearly bigger, else nobody does.
  const lost = new Map<number, Set<string>>();
  for (const [key, list] of claims) {
    if (list.length < 2) continue;
    const [first, second] = list; // sorted by population already (places order)
    const keepFirst = first!.population >= COLLISION_RATIO * Math.max(1, second!.population);
    if (keepFirst) stats.collisionsKept++;
    else stats.collisionsDropped++;
    for (const p of keepFirst ? list.slice(1) : list) {
      const s = lost.get(p.geonameId) ?? new Set<string>();
      s.add(key);
      lost.set(p.geonameId, s);
    }
  }

  // Entries; ids: the slug of the name, then with the country, then with the GeoNames id.
  const usedIds = new Set(input.curated.map((e) => e.id));
  for (const c of input.countries) usedIds.add(c.id);
  const entries: PlaceEntry[] = [];
  for (const p of places) {
    const forms = formsByPlace.get(p.geonameId);
    if (forms === undefined) continue;
    const gone = lost.get(p.geonameId);
    const kept = forms.filter((f) => !gone?.has(fold(f.zh, folds)));
    if (kept.length === 0) {
      stats.placesWithoutForms++;
      continue;
    }
    const zh = kept.map((f) => f.zh);
    const base = slugify(p.asciiName || p.name) || String(p.geonameId);
    let id = base;
    if (usedIds.has(id)) id = `${base}-${p.country.toLowerCase()}`;
    if (usedIds.has(id)) id = `${base}-${p.country.toLowerCase()}-${p.geonameId}`;
    usedIds.add(id);
    const fromTable = kept.some((f) => f.origin !== 'han');
    const fromHan = kept.some((f) => f.origin === 'han');
    const how =
      fromTable && fromHan
        ? 'Chinese name transliterated by the standard table, and from GeoNames alternate names'
        : fromTable
          ? 'Chinese name transliterated by the standard table'
          : 'Chinese name from GeoNames alternate names';
    entries.push({
      id,
      zh,
      en: p.name,
      kind: p.population >= CITY_POPULATION ? 'city' : 'town',
      lat: round(p.lat),
      lon: round(p.lon),
      country: p.country,
      source: `GeoNames ${p.geonameId} (CC BY 4.0); ${how}`,
      geonameId: p.geonameId,
    });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, stats };
}
