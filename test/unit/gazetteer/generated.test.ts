// The committed output of scripts/gazetteer/generate.ts (scripts/extract/places/generated-places.json)
// is a valid gazetteer file that can sit under the curated one without shadowing it, and the
// generator's guards and order do what they say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countryEntries } from '../../../scripts/extract/places/countries.ts';
import { parseEntries, readEntriesFile, type PlaceEntry } from '../../../scripts/extract/places/entries.ts';
import { GAZETTEER_FILE } from '../../../scripts/extract/places/gazetteer.ts';
import { fold } from '../../../scripts/extract/places/normalize.ts';
import { traditionalFolds } from '../../../scripts/extract/places/traditional.ts';
import { buildEntries, MIN_LENGTH } from '../../../scripts/gazetteer/build.ts';
import type { GeoPlace } from '../../../scripts/gazetteer/geonames.ts';

const FILE = fileURLToPath(new URL('../../../scripts/extract/places/generated-places.json', import.meta.url));
const folds = traditionalFolds();
const generated = readEntriesFile(FILE); // throws on any invalid entry or a repeated id
const curated = readEntriesFile(GAZETTEER_FILE);
const countries = countryEntries();

describe('generated-places.json', () => {
  it('is an array of a few thousand entries, a few hundred KB', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(Array.isArray(JSON.parse(text))).toBe(true);
    expect(generated.length).toBeGreaterThan(1000);
    expect(Buffer.byteLength(text)).toBeLessThan(900 * 1024);
  });

  it('has a point, a town kind, a country and a GeoNames credit on every entry', () => {
    for (const e of generated) {
      expect(typeof e.lat, e.id).toBe('number');
      expect(typeof e.lon, e.id).toBe('number');
      expect(Number.isFinite(e.lat) && Number.isFinite(e.lon), e.id).toBe(true);
      expect(['town', 'city'], e.id).toContain(e.kind);
      expect(['UA', 'RU', 'BY'], e.id).toContain(e.country);
      expect(e.geonameId, e.id).toEqual(expect.any(Number));
      expect(e.source, e.id).toMatch(new RegExp(`^GeoNames ${e.geonameId} \\(CC BY 4\\.0\\); Chinese name`));
    }
  });

  it('has no surface shorter than 3 characters', () => {
    for (const e of generated) for (const z of e.zh) expect(z.replace(/-/g, '').length, `${e.id} ${z}`).toBeGreaterThanOrEqual(MIN_LENGTH);
  });

  it('has no surface twice, within or across entries (after folding)', () => {
    const owner = new Map<string, string>();
    for (const e of generated)
      for (const z of e.zh) {
        const key = fold(z, folds);
        const prev = owner.get(key);
        expect(prev, `${z} in ${prev} and ${e.id}`).toBeUndefined();
        owner.set(key, e.id);
      }
  });

  it('has no surface of the curated gazetteer or of a country', () => {
    const taken = new Map<string, string>();
    for (const e of [...curated, ...countries]) for (const z of e.zh) taken.set(fold(z, folds), e.id);
    for (const e of generated)
      for (const z of e.zh) expect(taken.get(fold(z, folds)), `${e.id} ${z}`).toBeUndefined();
  });

  it('takes no id or GeoNames place of the curated gazetteer or the countries', () => {
    const ids = new Set([...curated, ...countries].map((e) => e.id));
    const geonames = new Set(curated.flatMap((e) => (e.geonameId === undefined ? [] : [e.geonameId])));
    for (const e of generated) {
      expect(ids.has(e.id), e.id).toBe(false);
      expect(geonames.has(e.geonameId!), e.id).toBe(false);
    }
  });

  it('is sorted by id (stable output)', () => {
    const ids = generated.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('knows front-line towns the curated gazetteer lacks', () => {
    const byZh = new Map(generated.flatMap((e) => e.zh.map((z) => [z, e] as const)));
    for (const [zh, en] of [
      ['多布罗皮利亚', 'Dobropillia'],
      ['米尔诺赫拉德', 'Myrnohrad'],
      ['谢利多沃', 'Selydove'],
      ['叶纳基耶沃', 'Yenakiieve'],
    ] as const)
      expect(byZh.get(zh)?.en, zh).toBe(en);
  });
});

// A few synthetic GeoNames rows through the generator: guards, collisions, ids and order.
const row = (over: Partial<GeoPlace> & Pick<GeoPlace, 'geonameId' | 'asciiName' | 'alternateNames'>): GeoPlace => ({
  name: over.asciiName,
  lat: 48,
  lon: 37,
  featureClass: 'P',
  featureCode: 'PPL',
  country: 'UA',
  population: 5000,
  ...over,
});

const rows: GeoPlace[] = [
  row({ geonameId: 1, asciiName: 'Dobropillia', alternateNames: ['Dobropillia', "Dobropol'ye", 'Доброполье', 'Добропілля'], population: 28000 }),
  // Two villages of one name and size: the form is ambiguous, nobody keeps it.
  row({ geonameId: 2, asciiName: 'Ivanivka', alternateNames: ['Ivanovka', 'Ивановка', 'Іванівка'], population: 3000 }),
  row({ geonameId: 3, asciiName: 'Ivanivka', alternateNames: ['Ivanovka', 'Ивановка', 'Іванівка'], population: 2500, lat: 50 }),
  // A town and a village of one name: the town is ten times bigger and keeps it.
  row({ geonameId: 4, asciiName: 'Lozova', alternateNames: ['Lozovaya', 'Лозовая', 'Лозова'], population: 54000, featureCode: 'PPLA2' }),
  row({ geonameId: 5, asciiName: 'Lozova', alternateNames: ['Лозова'], population: 1200, lat: 46 }),
  // Too small for Russia, and a section of a city.
  row({ geonameId: 6, asciiName: 'Pokrovka', alternateNames: ['Покровка'], country: 'RU', population: 9000 }),
  row({ geonameId: 7, asciiName: 'Zyuzino', alternateNames: ['Зюзино'], country: 'RU', population: 120000, featureCode: 'PPLX' }),
  // Forms equal to a curated name (苏米 is Sumy), short ones, one wrapping 基辅 in one character.
  row({ geonameId: 8, asciiName: 'Sumy', alternateNames: ['Суми'], population: 1500, lat: 44 }),
  row({ geonameId: 9, asciiName: 'Kyivka', alternateNames: ['Киевка'], country: 'RU', population: 20000, lat: 55 }),
];
const curatedFake: PlaceEntry[] = parseEntries(
  [
    { id: 'sumy', zh: ['苏梅', '苏米'], en: 'Sumy', kind: 'city', lat: 50.9, lon: 34.8, country: 'UA' },
    { id: 'kyiv', zh: ['基辅'], en: 'Kyiv', kind: 'city', lat: 50.45, lon: 30.52, country: 'UA' },
  ],
  'test',
);

function build(input: GeoPlace[], phrases: string[] = []): PlaceEntry[] {
  return buildEntries({ rows: input, curated: curatedFake, countries: [], folds, words: ['基辅卡'], translitChars: '', phrases }).entries;
}

describe('buildEntries', () => {
  const entries = build(rows);
  const byGeo = new Map(entries.map((e) => [e.geonameId, e]));

  it('reads the Russian and the Ukrainian name', () => {
    expect(byGeo.get(1)?.zh).toEqual(['多布罗皮利亚', '多布罗波利耶']); // in Ukraine the Ukrainian reading first
    expect(byGeo.get(1)?.source).toBe('GeoNames 1 (CC BY 4.0); Chinese name transliterated by the standard table');
  });
  it('drops a form two similar places claim, keeps it for a place ten times bigger', () => {
    expect(byGeo.has(2)).toBe(false);
    expect(byGeo.has(3)).toBe(false);
    expect(byGeo.get(4)?.zh).toContain('洛佐瓦');
    expect(byGeo.has(5)).toBe(false);
  });
  it('keeps to the population thresholds and leaves out city sections', () => {
    expect(byGeo.has(6)).toBe(false);
    expect(byGeo.has(7)).toBe(false);
  });
  it('drops curated names, short forms and forms wrapping a name in one character', () => {
    expect(byGeo.has(8)).toBe(false);
    expect(byGeo.has(9)).toBe(false);
  });
  it('gives ids by the English name, with the country on a collision', () => {
    expect(byGeo.get(4)?.id).toBe('lozova');
    const twin = row({ geonameId: 10, asciiName: 'Dobropillia', alternateNames: ['Добропільля'], population: 4000, lat: 45 });
    expect(build([...rows, twin]).find((e) => e.geonameId === 10)?.id).toBe('dobropillia-ua');
  });
  it('keeps three-character forms for towns of 10 000 people, not for villages', () => {
    const town = row({ geonameId: 11, asciiName: 'Tokmak', alternateNames: ['Токмак'], population: 30000, lat: 47 });
    const village = row({ geonameId: 12, asciiName: 'Bilky', alternateNames: ['Білки'], population: 2000, lat: 49 });
    const out = build([town, village]);
    expect(out.find((e) => e.geonameId === 11)?.zh).toEqual(['托克马克']);
    expect(out.find((e) => e.geonameId === 12)).toBeUndefined();
    const town3 = row({ geonameId: 13, asciiName: 'Aksay', alternateNames: ['Аксай'], country: 'RU', population: 40000 });
    expect(build([town3]).find((e) => e.geonameId === 13)?.zh).toEqual(['阿克赛']);
    // … unless the form occurs inside a common phrase (阿克赛钦, Aksai Chin).
    expect(build([town3], ['阿克赛钦']).find((e) => e.geonameId === 13)).toBeUndefined();
  });
  it('is deterministic whatever the input order', () => {
    expect(build([...rows].reverse())).toEqual(entries);
  });
});
