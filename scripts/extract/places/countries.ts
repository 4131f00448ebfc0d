// Every country and territory as a gazetteer entry: Chinese names from i18n-iso-countries (the
// mainland forms it ships, e.g. 英国, 韩国, 中国台湾省), the short and alternative forms news
// actually writes, an English common name for the id, and a reference point per ISO code from
// countries-points.json (the package has no coordinates). gazetteer.ts merges these with the
// curated entries, which win where they describe the same country.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { slugify, type PlaceEntry } from './entries.ts';

type CountriesLib = typeof import('i18n-iso-countries');
// The package is CommonJS whose Node entry registers every locale; `require` keeps that behaviour
// identical under tsx and Vitest.
const require = createRequire(import.meta.url);
const lib = require('i18n-iso-countries') as CountriesLib;

const POINTS_FILE = fileURLToPath(new URL('./countries-points.json', import.meta.url));

/** Names that read as something else in running text, replaced by unambiguous forms. */
const DROP_ZH: Readonly<Record<string, readonly string[]>> = {
  CF: ['中非'], // 中非合作 = China–Africa cooperation
  AX: ['奥兰'], // inside 奥兰多 (Orlando) and names
  JE: ['泽西'], // inside 新泽西 (New Jersey)
  GG: ['根西'],
};

/** Short, alternative and Taiwan-style names (simplified characters) for the same codes. */
const EXTRA_ZH: Readonly<Record<string, readonly string[]>> = {
  AE: ['阿拉伯联合酋长国', '阿拉伯联合大公国'],
  AU: ['澳洲'],
  AX: ['奥兰群岛'],
  AZ: ['亚塞拜然'],
  BA: ['波斯尼亚和黑塞哥维那', '波士尼亚'],
  BY: ['白罗斯'], // the name Belarus asked Chinese media to use from 2022
  CD: ['刚果民主共和国', '民主刚果'],
  CF: ['中非共和国'],
  CG: ['刚果共和国'],
  CI: ['象牙海岸'],
  CN: ['中华人民共和国', '中国大陆'],
  CY: ['塞普勒斯'],
  CZ: ['捷克共和国'],
  DE: ['德意志'],
  EH: ['西撒哈拉'],
  ET: ['衣索比亚'],
  FM: ['密克罗尼西亚'],
  FR: ['法兰西'],
  GB: ['大不列颠'],
  GG: ['根西岛'],
  HK: ['香港特别行政区', '香港特区'],
  HR: ['克罗埃西亚'],
  ID: ['印度尼西亚'],
  IT: ['义大利'],
  JE: ['泽西岛'],
  KE: ['肯亚'],
  KG: ['吉尔吉斯'],
  KP: ['北韩', '朝鲜民主主义人民共和国'],
  KR: ['南韩', '大韩民国'],
  KZ: ['哈萨克'],
  LA: ['寮国'],
  MK: ['马其顿'],
  MN: ['蒙古国', '外蒙古'],
  MO: ['澳门特别行政区', '澳门特区'],
  NG: ['奈及利亚'],
  NL: ['尼德兰'],
  NZ: ['纽西兰'],
  QA: ['卡达'],
  SA: ['沙特', '沙乌地阿拉伯', '沙乌地'],
  SH: ['圣赫勒拿'],
  SI: ['斯洛维尼亚'],
  SO: ['索马利亚'],
  SZ: ['埃斯瓦蒂尼', '史瓦帝尼'],
  TJ: ['塔吉克'],
  TM: ['土库曼'],
  TW: ['台湾', '台湾地区', '台湾省', '台湾岛'],
  TZ: ['坦尚尼亚'],
  US: ['美利坚'],
  UZ: ['乌兹别克'],
  VA: ['梵蒂冈城国', '罗马教廷', '教廷'], // 罗马教廷 must win over 罗马 (Rome)
  YE: ['叶门'],
  ZM: ['尚比亚'],
  ZW: ['辛巴威'],
};

/** Two-character names that also turn up inside transliterated names and words (纽埃 in
 *  埃马纽埃尔, 马里 in 马里奥, 卡达 in 卡达菲): matched only at a clear boundary (guards.ts). */
const GUARDED = new Set(['BH', 'BJ', 'BN', 'FJ', 'GA', 'GH', 'GU', 'HT', 'KE', 'ML', 'NR', 'NU', 'OM', 'PW', 'QA', 'SD', 'TD', 'TG', 'TO']);

/** English common names where the package's first name is formal ("Russian Federation") or inverted. */
const EN_COMMON: Readonly<Record<string, string>> = {
  AE: 'United Arab Emirates', AX: 'Aland Islands', BL: 'Saint Barthelemy', BN: 'Brunei', BO: 'Bolivia',
  BQ: 'Caribbean Netherlands', CD: 'DR Congo', CG: 'Republic of the Congo', CI: "Cote d'Ivoire", CN: 'China',
  CV: 'Cape Verde', CW: 'Curacao', CZ: 'Czechia', FK: 'Falkland Islands', FM: 'Micronesia', GB: 'United Kingdom',
  GM: 'Gambia', IR: 'Iran', KP: 'North Korea', KR: 'South Korea', LA: 'Laos', MD: 'Moldova', MF: 'Saint Martin',
  MK: 'North Macedonia', MO: 'Macau', NL: 'Netherlands', PS: 'Palestine', RE: 'Reunion', RU: 'Russia',
  SH: 'Saint Helena', SX: 'Sint Maarten', SY: 'Syria', SZ: 'Eswatini', TR: 'Turkey', TW: 'Taiwan', TZ: 'Tanzania',
  US: 'United States', VA: 'Vatican City', VE: 'Venezuela', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands',
  VN: 'Vietnam', EH: 'Western Sahara',
};

/** Codes that are not sovereign states: drawn as regions; Antarctica as a continent. */
const REGION_CODES = new Set(
  'AS AI AW AX BL BM BQ BV CC CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF YT'.split(' '),
);
const KIND_OF: Readonly<Record<string, string>> = { AQ: 'continent' };

function readPoints(): Record<string, [number, number]> {
  const file = POINTS_FILE;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const points = (raw as { points?: unknown }).points;
  if (typeof points !== 'object' || points === null) throw new Error(`${file}: expected a "points" object`);
  for (const [code, p] of Object.entries(points))
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n)))
      throw new Error(`${file}: point of ${code} must be [lat, lon]`);
  return points as Record<string, [number, number]>;
}

/** One entry per ISO 3166-1 alpha-2 code, sorted by code. */
export function countryEntries(): PlaceEntry[] {
  const points = readPoints();
  const codes = Object.keys(lib.getAlpha2Codes()).sort();
  return codes.map((code) => {
    const names = lib.getName(code, 'zh', { select: 'all' }) ?? [];
    const drop = DROP_ZH[code] ?? [];
    const zh = [...new Set([...names.filter((n) => !drop.includes(n)), ...(EXTRA_ZH[code] ?? [])])];
    const en = EN_COMMON[code] ?? lib.getName(code, 'en') ?? code;
    const point = points[code];
    if (zh.length === 0 || !point) throw new Error(`countries: no Chinese name or no reference point for ${code}`);
    const entry: PlaceEntry = {
      id: slugify(en),
      zh,
      en,
      kind: KIND_OF[code] ?? (REGION_CODES.has(code) ? 'region' : 'country'),
      lat: point[0],
      lon: point[1],
      country: code,
      coordConfidence: 'reference-point',
      source: 'names: i18n-iso-countries (MIT); point: countries-points.json',
    };
    if (GUARDED.has(code)) entry.shortGuard = true;
    return entry;
  });
}
