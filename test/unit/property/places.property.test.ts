// Properties of the place matcher (scripts/extract/places), for any text: it never throws, every
// mention points at its words in the sentence and names a place the gazetteer can give a record
// for, mentions come in order without overlapping, and the work grows linearly. And loading a
// user's places file either works or fails with an Error naming the file, whatever the file holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findPlaces, loadGazetteer, placeRecord, type Gazetteer } from '../../../scripts/extract/places/index.ts';
import { placeSchema } from '../../../src/lib/schema.ts';
import { anyText, dateText, expectSpans, placeText } from './arbitraries.ts';
import { GROWTH_LIMIT, GROWTH_LIMIT_WITH_GC, describeGrowth, repeatTo, settledGrowth } from './timing.ts';

// PROPERTY_RUNS=50000 for a long hunt.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500);
const gazetteer = loadGazetteer();
const surfaces = [...new Set([...gazetteer.places.values()].flatMap((p) => p.zh))].sort();

function check(sentence: string, g: Gazetteer = gazetteer): void {
  const found = findPlaces(sentence, g);
  expectSpans(sentence, found);
  for (const m of found) {
    expect(g.places.has(m.place), `unknown place ${m.place}`).toBe(true);
    expect(placeSchema.safeParse(placeRecord(g, m.place)).success, `record of ${m.place}`).toBe(true);
  }
}

describe('findPlaces on any input', { timeout: 120_000 }, () => {
  it('has a gazetteer with surfaces to build inputs from', () => {
    expect(surfaces.length).toBeGreaterThan(500);
    expect(loadGazetteer()).toBe(gazetteer); // built once per process
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(anyText, (text) => check(text)), { numRuns: RUNS });
  });

  it('never throws on place names among affixes, and gives mentions that point at their words', () => {
    fc.assert(fc.property(placeText(surfaces), (text) => check(text)), { numRuns: RUNS * 2 });
  });

  it('never throws on date text with place names', () => {
    fc.assert(fc.property(dateText(surfaces), (text) => check(text)), { numRuns: RUNS });
  });

  it('finds every gazetteer surface in a sentence of its own without error', () => {
    for (const s of surfaces) {
      check(s);
      check(`${s}表示，${s}4日`);
    }
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(placeText(surfaces), (text) => {
        expect(findPlaces(text, gazetteer)).toEqual(findPlaces(text, gazetteer));
      }),
      { numRuns: RUNS / 3 },
    );
  });
});

// Each load builds the whole gazetteer (about 20 ms, more on a busy machine): few runs.
describe('loadGazetteer with a user places file', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronomap-places-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const load = (content: string) => {
    const file = join(dir, `places-${n++}.json`);
    writeFileSync(file, content);
    try {
      return { gazetteer: loadGazetteer({ overridesFile: file }) };
    } catch (e) {
      expect(e, 'a thrown value that is not an Error').toBeInstanceOf(Error);
      expect((e as Error).message, 'the message names the file').toContain(file);
      return { error: e as Error };
    }
  };
  const entry = fc.record(
    {
      id: fc.oneof(fc.constantFrom('kyiv', 'mariupol', 'new-place', 'x'), fc.string()),
      zh: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...surfaces.slice(0, 50)), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 3 }), fc.string()),
      en: fc.oneof(fc.string(), fc.constant('Place')),
      kind: fc.oneof(fc.constantFrom('city', 'town', 'region', 'country', 'sea'), fc.string()),
      lat: fc.oneof(fc.double(), fc.double({ min: -90, max: 90, noNaN: true }), fc.constant(null)),
      lon: fc.oneof(fc.double(), fc.double({ min: -180, max: 180, noNaN: true }), fc.constant(null)),
      country: fc.oneof(fc.constantFrom('UA', 'RU', 'CN'), fc.string()),
      oblast: fc.constantFrom('kyiv-oblast', 'nowhere'),
    },
    { requiredKeys: ['id', 'zh', 'en', 'kind'] },
  );

  it('loads or fails with an Error naming the file, for any JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void load(JSON.stringify(value))), { numRuns: 25 });
  });

  it('loads or fails with an Error naming the file, for near-valid entries; a loaded one matches safely', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), placeText(surfaces), (entries, text) => {
        const { gazetteer: g } = load(JSON.stringify(entries));
        if (g) check(text, g);
      }),
      { numRuns: 40 },
    );
  });

  it('fails with an Error naming the file for text that is not JSON', () => {
    for (const content of ['', '[', '{"id":', '\u0000', 'null', '[1, 2]', '[{}]']) expect(load(content).error, JSON.stringify(content)).toBeInstanceOf(Error);
  });
});

describe('findPlaces grows linearly with its input', { timeout: 120_000 }, () => {
  const units = ['乌克兰', '基辅', '日', '1', '１', '2022年', '号', '俄罗斯表示', '乌克兰人', '马里乌波', '华盛顿邮报', '《华盛顿邮报》', '北约', '州', '地区', '顿涅茨克州', '、', ' ', 'a'];
  it.each(units)('on %j repeated', async (unit) => {
    const g = await settledGrowth((n) => repeatTo(unit, n), (s) => findPlaces(s, gazetteer));
    expect(g.ratio, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT);
    expect(g.ratioWithGc, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT_WITH_GC);
  });

  it('on all the surfaces, in turn, and on random place text repeated', async () => {
    const all = surfaces.join('');
    const samples = [all, surfaces.join('、'), ...fc.sample(placeText(surfaces).filter((s) => s.length >= 10), { numRuns: 5, seed: 11 })];
    for (const sample of samples) {
      const g = await settledGrowth((n) => repeatTo(sample, n), (s) => findPlaces(s, gazetteer));
      expect(g.ratio, `${JSON.stringify(sample.slice(0, 40))}: ${describeGrowth(g)}`).toBeLessThan(GROWTH_LIMIT);
      expect(g.ratioWithGc, `${JSON.stringify(sample.slice(0, 40))}: ${describeGrowth(g)}`).toBeLessThan(GROWTH_LIMIT_WITH_GC);
    }
  });
});
