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

/** Short, alternative, Taiwan- and Hong Kong-style names (in simplified characters: traditional text
 *  folds to them) for the same codes. */
const EXTRA_ZH: Readonly<Record<string, readonly string[]>> = {
  AE: ['阿拉伯联合酋长国', '阿拉伯联合大公国'],
  AG: ['安地卡及巴布达'],
  AU: ['澳洲'],
  AX: ['奥兰群岛'],
  AZ: ['亚塞拜然'],
  BA: ['波斯尼亚和黑塞哥维那', '波士尼亚'],
  BB: ['巴贝多'],
  BF: ['布吉纳法索'],
  BI: ['蒲隆地'],
  BJ: ['贝南'],
  BN: ['汶莱'],
  BW: ['波札那'],
  BY: ['白罗斯'], // the name Belarus asked Chinese media to use from 2022
  BZ: ['贝里斯'],
  CD: ['刚果民主共和国', '民主刚果'],
  CF: ['中非共和国'],
  CG: ['刚果共和国'],
  CI: ['象牙海岸'],
  CN: ['中华人民共和国', '中国大陆'],
  CR: ['哥斯大黎加'],
  CV: ['维德角'],
  CY: ['塞普勒斯', '赛普勒斯'],
  CZ: ['捷克共和国'],
  DE: ['德意志'],
  DJ: ['吉布地'],
  DO: ['多明尼加'],
  EC: ['厄瓜多'],
  EH: ['西撒哈拉'],
  ER: ['厄利垂亚'],
  ET: ['衣索比亚'],
  FM: ['密克罗尼西亚'],
  FR: ['法兰西'],
  GA: ['加彭'],
  GB: ['大不列颠'],
  GD: ['格瑞那达'],
  GG: ['根西岛'],
  GH: ['迦纳'],
  GM: ['甘比亚'],
  GT: ['瓜地马拉'],
  GW: ['几内亚比索'],
  GY: ['盖亚那'],
  HK: ['香港特别行政区', '香港特区'],
  HN: ['宏都拉斯'],
  HR: ['克罗埃西亚'],
  ID: ['印度尼西亚'],
  IT: ['义大利'],
  JE: ['泽西岛'],
  KE: ['肯亚', '肯雅'],
  KG: ['吉尔吉斯'],
  KI: ['吉里巴斯'],
  KM: ['葛摩'],
  KN: ['圣克里斯多福及尼维斯'],
  KP: ['北韩', '朝鲜民主主义人民共和国'],
  KR: ['南韩', '大韩民国'],
  KZ: ['哈萨克'],
  LA: ['寮国'],
  LC: ['圣露西亚'],
  LI: ['列支敦斯登'],
  LR: ['赖比瑞亚'],
  LS: ['赖索托'],
  ME: ['蒙特内哥罗'],
  MK: ['马其顿'],
  ML: ['马利'],
  MN: ['蒙古国', '外蒙古'],
  MO: ['澳门特别行政区', '澳门特区'],
  MR: ['茅利塔尼亚'],
  MT: ['马尔他'],
  MU: ['模里西斯'],
  MV: ['马尔地夫'],
  MW: ['马拉威'],
  MZ: ['莫三比克'],
  NE: ['尼日'],
  NG: ['奈及利亚'],
  NL: ['尼德兰'],
  NR: ['诺鲁'],
  NZ: ['纽西兰'],
  PG: ['巴布亚纽几内亚'],
  PW: ['帛琉'],
  QA: ['卡达'],
  RW: ['卢安达'],
  SA: ['沙特', '沙乌地阿拉伯', '沙乌地'],
  SB: ['索罗门群岛'],
  SC: ['塞席尔'],
  SH: ['圣赫勒拿'],
  SI: ['斯洛维尼亚'],
  SM: ['圣马利诺'],
  SO: ['索马利亚'],
  SR: ['苏利南'],
  ST: ['圣多美普林西比'],
  SZ: ['埃斯瓦蒂尼', '史瓦帝尼'],
  TJ: ['塔吉克'],
  TM: ['土库曼'],
  TN: ['突尼西亚'],
  TT: ['千里达及托巴哥', '千里达'],
  TV: ['吐瓦鲁'],
  TW: ['台湾', '台湾地区', '台湾省', '台湾岛'],
  TZ: ['坦尚尼亚'],
  US: ['美利坚'],
  UZ: ['乌兹别克'],
  VA: ['梵蒂冈城国', '罗马教廷', '教廷'], // 罗马教廷 must win over 罗马 (Rome)
  VC: ['圣文森'],
  VU: ['万那杜'],
  YE: ['叶门'],
  ZM: ['尚比亚'],
  ZW: ['辛巴威'],
};

/** Two-character names that also turn up inside transliterated names and words (纽埃 in
 *  埃马纽埃尔, 马里 in 马里奥, 卡达 in 卡达菲): matched only at a clear boundary (guards.ts). */
const GUARDED = new Set(['BH', 'BJ', 'BN', 'FJ', 'GA', 'GH', 'GU', 'HT', 'KE', 'KM', 'ML', 'NE', 'NR', 'NU', 'OM', 'PW', 'QA', 'SD', 'TD', 'TG', 'TO']);

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
