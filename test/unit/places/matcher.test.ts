// What the matcher finds in one sentence: longest match, the exclusions of the dataset contract,
// administrative words (X州, X地区, X、Y等地区, X市), lists of republics, landmarks, countries as
// actors, offsets, and the kind every mention is drawn by. The sentences are in cases.ts.
import { describe, expect, it } from 'vitest';
import { PLACE_KINDS } from '../../../scripts/extract/places/entries.ts';
import { findPlaces, loadGazetteer, placeRecord } from '../../../scripts/extract/places/index.ts';
import { exclusions, landmarksAndActors, longest, regions, republicsAndAbbreviations } from './cases.ts';

const gazetteer = loadGazetteer();
/** [surface text, place id] of every mention. */
const found = (sentence: string): [string, string][] => findPlaces(sentence, gazetteer).map((m) => [m.text, m.place]);

describe('findPlaces', () => {
  describe.each([
    ['longest match first', longest],
    ['what is not a mention', exclusions],
    ['administrative words and lists', regions],
    ['landmarks and actors', landmarksAndActors],
    ['lists of republics, abbreviations, islands', republicsAndAbbreviations],
  ] as const)('%s', (_group, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(found(c.sentence)).toEqual(c.expected);
    });
  });

  it('gives landmarks the landmark kind', () => {
    for (const id of ['moscow-kremlin', 'white-house', 'the-pentagon']) expect(placeRecord(gazetteer, id).kind).toBe('landmark');
  });

  it('gives every place a mention can name a kind the app draws', () => {
    for (const [id, e] of gazetteer.places) {
      if (e.lat === null) continue;
      expect(PLACE_KINDS, id).toContain(placeRecord(gazetteer, id).kind);
    }
  });

  it.each([
    ['乌克兰', 'country'],
    ['俄罗斯', 'country'],
    ['台湾', 'region'],
    ['格陵兰', 'region'],
    ['南极洲', 'continent'],
    ['欧洲', 'continent'],
    ['欧盟', 'area'],
    ['顿巴斯', 'area'],
    ['赫尔松州', 'region'],
    ['马里乌波尔', 'city'],
    ['马诺什', 'town'],
    ['黑海', 'sea'],
    ['刻赤海峡', 'strait'],
    ['蛇岛', 'island'],
    ['加纳利群岛', 'island'],
    ['克里姆林宫', 'landmark'],
  ])('draws %s as a %s', (zh, kind) => {
    const [m] = findPlaces(zh, gazetteer);
    expect(m && placeRecord(gazetteer, m.place).kind).toBe(kind);
  });

  it('reports offsets as JavaScript string indices into the sentence', () => {
    const sentence = '😀 据报道，俄罗斯军队向马里乌波尔市推进。';
    const mentions = findPlaces(sentence, gazetteer);
    expect(mentions.map((m) => m.offset)).toEqual([7, 13]);
    for (const m of mentions) expect(sentence.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
  });

  it('returns mentions in order and without overlap', () => {
    const mentions = findPlaces('美国和白俄罗斯、俄罗斯、乌克兰东部、顿巴斯地区和克里米亚半岛', gazetteer);
    for (let i = 1; i < mentions.length; i++) {
      const prev = mentions[i - 1]!;
      expect(mentions[i]!.offset).toBeGreaterThanOrEqual(prev.offset + prev.text.length);
    }
    expect(mentions.map((m) => m.place)).toEqual(['united-states', 'belarus', 'russia', 'eastern-ukraine', 'donbas', 'crimea']);
  });

  it('handles empty and place-free sentences', () => {
    expect(findPlaces('', gazetteer)).toEqual([]);
    expect(findPlaces('他说：“这并不是一起扣押人质的事件。”', gazetteer)).toEqual([]);
  });

  it('goes through 50 000 sentences in well under the budget', () => {
    const sentences = [
      '俄罗斯国防部4日表示，准备从5日早上开始，为乌克兰军队从被围困的港口城市马里乌波尔向扎波罗热的撤离开放一条安全走廊。',
      '法国总统埃马纽埃尔·马克龙表示，他将很快与俄罗斯和乌克兰两国总统分别举行会谈，并强调，欧洲人支持乌克兰并确保其安全。',
      '声明说，沙利文和杨洁篪的会晤是在努力与中国保持沟通渠道畅通的框架内进行的。',
    ];
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 50_000; i++) n += findPlaces(sentences[i % 3]!, gazetteer).length;
    const ms = performance.now() - t0;
    expect(n).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(5_000);
  });
});
