// explainPlaces: the same mentions as findPlaces, each with the rule that resolved it, and the
// place-like spans that were dropped with the reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainPlaces, findPlaces, loadGazetteer } from '../../../scripts/extract/places/index.ts';
import { exclusions, landmarksAndActors, longest, regions, republicsAndAbbreviations } from './cases.ts';

const gazetteer = loadGazetteer();
const rules = (sentence: string): [string, string, string][] =>
  explainPlaces(sentence, gazetteer).mentions.map((m) => [m.text, m.place, m.rule]);
const rejected = (sentence: string): [string, string][] => explainPlaces(sentence, gazetteer).rejected.map((r) => [r.text, r.reason]);

describe('explainPlaces', () => {
  it.each([
    ['a country', '俄罗斯表示', [['俄罗斯', 'russia', 'country']]],
    ['a territory from the country list', '台湾和格陵兰', [['台湾', 'taiwan', 'country'], ['格陵兰', 'greenland', 'country']]],
    ['a landmark', '克里姆林宫称', [['克里姆林宫', 'moscow-kremlin', 'landmark']]],
    ['a listed surface', '马里乌波尔市', [['马里乌波尔市', 'mariupol', 'gazetteer']]],
    ['a listed region', '卢甘斯克州', [['卢甘斯克州', 'luhansk-oblast', 'gazetteer']]],
    ['a generated region form', '顿内次克省和基辅地区', [['顿内次克省', 'donetsk-oblast', 'oblast-suffix'], ['基辅地区', 'kyiv-oblast', 'oblast-suffix']]],
    ['a list of regions', '尼古拉耶夫、赫尔松等地区', [['尼古拉耶夫', 'mykolaiv-oblast', 'region-list'], ['赫尔松', 'kherson-oblast', 'region-list']]],
    ['a list of republics', '顿涅茨克和卢甘斯克两个共和国', [['顿涅茨克', 'donetsk-peoples-republic', 'republic-list'], ['卢甘斯克', 'luhansk-peoples-republic', 'republic-list']]],
    ['traditional characters', '烏克蘭和頓涅茨克州', [['烏克蘭', 'ukraine', 'traditional+country'], ['頓涅茨克州', 'donetsk-oblast', 'traditional+gazetteer']]],
    ['only punctuation folded is not traditional', '伊万诺－弗兰科夫斯克', [['伊万诺－弗兰科夫斯克', 'ivano-frankivsk', 'gazetteer']]],
  ] as const)('names the rule for %s', (_what, sentence, expected) => {
    expect(rules(sentence)).toEqual(expected);
  });

  it.each([
    ['a medium', '今日俄罗斯报道', [['今日俄罗斯', 'not a place']]],
    ['a title', '据《华盛顿邮报》', [['《华盛顿邮报》', 'title in 《》']]],
    ['a demonym', '乌克兰人', [['乌克兰', 'demonym']]],
    ['a short name inside a word', '试图拉拢', [['图拉', 'inside a word']]],
    ['a one-character abbreviation', '俄国防部', [['俄国', 'one-character abbreviation']]],
    ['a name inside a personal name', '埃马纽埃尔·马克龙', [['纽埃', 'personal name']]],
  ] as const)('gives the reason for %s', (_what, sentence, expected) => {
    expect(rejected(sentence)).toEqual(expected);
    expect(explainPlaces(sentence, gazetteer).mentions).toEqual([]);
  });

  it('marks entries of an overrides file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-'));
    try {
      const file = join(dir, 'places.json');
      writeFileSync(file, JSON.stringify([{ id: 'volokhiv-yar', zh: ['沃洛霍夫亚尔'], en: 'Volokhiv Yar', kind: 'village', lat: 49.4, lon: 37, country: 'UA' }]));
      const g = loadGazetteer({ overridesFile: file });
      expect(explainPlaces('沃洛霍夫亚尔和基辅', g).mentions.map((m) => m.rule)).toEqual(['override', 'gazetteer']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives exactly the mentions of findPlaces', () => {
    for (const c of [...longest, ...exclusions, ...regions, ...landmarksAndActors, ...republicsAndAbbreviations]) {
      const explained = explainPlaces(c.sentence, gazetteer).mentions.map(({ rule: _rule, ...m }) => m);
      expect(explained, c.name).toEqual(findPlaces(c.sentence, gazetteer));
    }
  });
});
