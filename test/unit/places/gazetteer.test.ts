// The gazetteer as data: stable ids, valid dataset records, countries merged, a user's overrides
// file adding and replacing places, clear errors for bad files, and the folding hook that
// traditional characters will use.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeSchema } from '../../../src/lib/schema.ts';
import { slugify } from '../../../scripts/extract/places/entries.ts';
import { buildGazetteer } from '../../../scripts/extract/places/gazetteer.ts';
import { findPlaces, loadGazetteer, placeRecord } from '../../../scripts/extract/places/index.ts';
import { withFolds } from '../../../scripts/extract/places/normalize.ts';

const gazetteer = loadGazetteer();
const dir = mkdtempSync(join(tmpdir(), 'places-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('gazetteer', () => {
  it.each([
    ['马里乌波尔', 'mariupol'],
    ['基辅州', 'kyiv-oblast'],
    ['美国', 'united-states'],
    ['俄罗斯', 'russia'],
    ['乌克兰', 'ukraine'],
    ['华盛顿', 'washington-dc'],
    ['克里姆林宫', 'moscow-kremlin'],
    ['欧盟', 'european-union'],
    ['克罗地亚', 'croatia'],
    ['顿涅茨克人民共和国', 'donetsk-peoples-republic'],
  ])('gives %s the stable id %s', (zh, id) => {
    expect(findPlaces(zh, gazetteer).map((m) => m.place)).toEqual([id]);
  });

  it('uses slugs of the English name as ids, each once', () => {
    for (const [id, e] of gazetteer.places) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.id).toBe(id);
    }
    expect(slugify("Donetsk People's Republic")).toBe('donetsk-peoples-republic');
    expect(slugify('Kyiv Oblast')).toBe('kyiv-oblast');
  });

  it('gives every placed entry a record the dataset schema accepts', () => {
    for (const [id, e] of gazetteer.places) {
      if (e.lat === null) continue;
      const record = placeRecord(gazetteer, id);
      expect(placeSchema.safeParse(record).success, id).toBe(true);
    }
  });

  it('has every ISO country, with a point', () => {
    const codes = new Set([...gazetteer.places.values()].filter((e) => e.lat !== null).map((e) => e.country));
    for (const code of ['UA', 'RU', 'BY', 'US', 'GB', 'CN', 'HR', 'CU', 'NU', 'ZW', 'TW', 'XK']) expect(codes.has(code), code).toBe(true);
  });

  it('keeps the curated point and name of a country and adds the package names', () => {
    expect(placeRecord(gazetteer, 'russia')).toMatchObject({ name: { zh: '俄罗斯', en: 'Russia' }, lat: 60, lon: 100, country: 'RU' });
    expect(findPlaces('俄罗斯联邦和白罗斯', gazetteer).map((m) => m.place)).toEqual(['russia', 'belarus']);
  });

  it('refuses records for unknown ids and places without a point', () => {
    expect(() => placeRecord(gazetteer, 'atlantis')).toThrow(/unknown place id "atlantis"/);
    const file = writeTemp('unplaced.json', JSON.stringify([{ id: 'somewhere', zh: ['某地河'], en: 'Somewhere', kind: 'river', lat: null, lon: null }]));
    const g = loadGazetteer({ overridesFile: file });
    expect(() => placeRecord(g, 'somewhere')).toThrow(/no coordinates/);
    // Recognised, consumed, never a mention.
    expect(findPlaces('某地河', g)).toEqual([]);
  });

  it('returns one shared instance when there are no overrides', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });
});

describe('overrides file', () => {
  const overrides = [
    { id: 'volokhiv-yar', zh: ['沃洛霍夫亚尔'], en: 'Volokhiv Yar', kind: 'village', lat: 49.4, lon: 37.0, country: 'UA', source: 'test' },
    { id: 'kyiv', zh: ['基辅', '基辅市'], en: 'Kyiv', kind: 'city', lat: 50.45, lon: 30.52, country: 'UA', source: 'user value' },
  ];

  it('adds a place and replaces one by id', () => {
    const file = writeTemp('overrides.json', JSON.stringify(overrides));
    const g = loadGazetteer({ overridesFile: file });
    expect(findPlaces('沃洛霍夫亚尔遭炮击，基辅拉响警报', g)).toEqual([
      { text: '沃洛霍夫亚尔', offset: 0, place: 'volokhiv-yar' },
      { text: '基辅', offset: 10, place: 'kyiv' },
    ]);
    expect(placeRecord(g, 'kyiv')).toMatchObject({ lat: 50.45, lon: 30.52 });
    expect(g.origin.get('kyiv')).toBe(file);
    // The shared default gazetteer is untouched.
    expect(placeRecord(gazetteer, 'kyiv').lat).toBe(50.4547);
    expect(findPlaces('沃洛霍夫亚尔', gazetteer)).toEqual([]);
  });

  it('lets an override take a surface from another entry', () => {
    const file = writeTemp('take.json', JSON.stringify([{ id: 'rome-georgia', zh: ['罗马'], en: 'Rome (Georgia)', kind: 'city', lat: 34.257, lon: -85.1647, country: 'US' }]));
    expect(findPlaces('在罗马', loadGazetteer({ overridesFile: file })).map((m) => m.place)).toEqual(['rome-georgia']);
  });

  it.each([
    ['not JSON', '[{"id": "x",', /not valid JSON/],
    ['not an array', '{"id": "x"}', /expected a JSON array/],
    ['a bad latitude', JSON.stringify([{ ...overrides[0], lat: 123 }]), /entry 1 \(id "volokhiv-yar"\): "lat" must be/],
    ['a bad id', JSON.stringify([{ ...overrides[0], id: 'Volokhiv Yar' }]), /entry 1.*"id" must be a lower-case slug/],
    ['no surfaces', JSON.stringify([{ ...overrides[0], zh: [] }]), /"zh" must be a non-empty array/],
    ['an unknown field', JSON.stringify([{ ...overrides[0], population: 3 }]), /unknown field "population"/],
    ['a duplicate id', JSON.stringify([overrides[0], overrides[0]]), /id "volokhiv-yar" is defined twice/],
    ['a dangling region link', JSON.stringify([{ ...overrides[0], oblast: 'nowhere-oblast' }]), /names region "nowhere-oblast"/],
    ['one surface for two places', JSON.stringify([overrides[0], { ...overrides[0], id: 'other' }]), /surface "沃洛霍夫亚尔" is listed by both/],
  ])('throws naming the file on %s', (_what, content, message) => {
    const file = writeTemp('bad.json', content);
    expect(() => loadGazetteer({ overridesFile: file })).toThrow(message);
    expect(() => loadGazetteer({ overridesFile: file })).toThrow(file);
  });

  it('throws naming the file when it is missing', () => {
    const file = join(dir, 'missing.json');
    expect(() => loadGazetteer({ overridesFile: file })).toThrow(`${file}: cannot read the file (ENOENT)`);
  });
});

describe('character folding', () => {
  it('matches through one-to-one folds and reports the original text', () => {
    const g = buildGazetteer({ folds: withFolds([['烏', '乌'], ['蘭', '兰'], ['輔', '辅']]) });
    expect(findPlaces('烏克蘭總統抵達基輔', g)).toEqual([
      { text: '烏克蘭', offset: 0, place: 'ukraine' },
      { text: '基輔', offset: 7, place: 'kyiv' },
    ]);
  });

  it('refuses folds that would change offsets', () => {
    expect(() => withFolds([['乌克兰', 'x']])).toThrow(/one code unit/);
  });
});
