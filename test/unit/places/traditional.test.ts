// Traditional characters match the same places: the fold table equals OpenCC's own conversion of
// each character, every sentence of cases.ts gives the same place ids at the same offsets in
// simplified, Taiwan and Hong Kong characters, and the Taiwan / Hong Kong transliterations that
// differ by more than script resolve.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../scripts/extract/places/gazetteer.ts';
import { findPlaces, loadGazetteer } from '../../../scripts/extract/places/index.ts';
import { DEFAULT_FOLDS } from '../../../scripts/extract/places/normalize.ts';
import { traditionalFolds, traditionalPairs } from '../../../scripts/extract/places/traditional.ts';
import { exclusions, landmarksAndActors, longest, regions, republicsAndAbbreviations } from './cases.ts';

const gazetteer = loadGazetteer();
const found = (sentence: string): [string, string][] => findPlaces(sentence, gazetteer).map((m) => [m.text, m.place]);
const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });

describe('traditional → simplified folds', () => {
  it("equal OpenCC's converter on every character of its dictionaries", () => {
    const chars = new Set<string>();
    for (const dict of [TSCharacters, TWVariantsRev, HKVariantsRev])
      for (const entry of dict.split('|')) if (entry.indexOf(' ') === 1) chars.add(entry[0]!);
    const list = [...chars];
    const converted = ['tw', 'hk', 't'].map((from) => Converter({ from, to: 'cn' })(list.join('\n')).split('\n'));
    const pairs = new Map(traditionalPairs());
    // Characters simplified text uses as they are: never folded (see traditional.ts).
    const kept = new Set(['么', '苧']);
    const differences = list.filter((c, i) => {
      const expected = kept.has(c) ? undefined : converted.map((out) => out[i]!).find((o) => o !== c && o.length === 1);
      return pairs.get(c) !== expected;
    });
    expect(differences).toEqual([]);
    expect(pairs.size).toBeGreaterThan(2900);
  });

  it('map one code unit to one and leave simplified characters alone', () => {
    const table = traditionalFolds();
    for (const [from, to] of traditionalPairs()) {
      expect(from).toHaveLength(1);
      expect(to).toHaveLength(1);
      expect(table[to.charCodeAt(0)]).toBe(to.charCodeAt(0));
    }
    // The punctuation folds are still there.
    expect(table[0x2027]).toBe(DEFAULT_FOLDS[0x2027]);
  });

  it('leave alone every character the rules look for', () => {
    // The guards, list rules and candidate rules compare folded text with simplified characters:
    // none of those may itself fold to something else.
    const table = traditionalFolds();
    for (const file of ['guards.ts', 'regions.ts', 'candidates.ts', 'gazetteer.json']) {
      const source = readFileSync(new URL(`../../../scripts/extract/places/${file}`, import.meta.url), 'utf8');
      const code = source.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)).join('\n');
      const folded = [...new Set(code.match(/[\u3400-\u9fff]/g))].filter((c) => table[c.charCodeAt(0)] !== c.charCodeAt(0));
      expect(folded, file).toEqual([]);
    }
  });

  it('are the default of the gazetteer, and can be left out', () => {
    expect(gazetteer.folds).toBe(traditionalFolds());
    expect(findPlaces('烏克蘭', buildGazetteer({ folds: DEFAULT_FOLDS }))).toEqual([]);
  });
});

describe('the same sentences in traditional characters', () => {
  const all = [...longest, ...exclusions, ...regions, ...landmarksAndActors, ...republicsAndAbbreviations];
  describe.each([
    ['Taiwan', toTaiwan],
    ['Hong Kong', toHongKong],
  ] as const)('%s characters', (_script, convert) => {
    it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const traditional = convert(c.sentence);
      expect(traditional).toHaveLength(c.sentence.length);
      const simplified = findPlaces(c.sentence, gazetteer);
      expect(findPlaces(traditional, gazetteer).map((m) => [m.offset, m.place])).toEqual(simplified.map((m) => [m.offset, m.place]));
    });
  });

  it('reads the names the issue lists', () => {
    const sentence = '烏克蘭總統抵達基輔；頓涅茨克州、盧甘斯克、馬里烏波爾、札波羅熱和聶伯河；莫斯科克里姆林宮與華盛頓、歐盟';
    expect(found(sentence).map(([, id]) => id)).toEqual([
      'ukraine', 'kyiv', 'donetsk-oblast', 'luhansk', 'mariupol', 'zaporizhzhia', 'dnieper-river', 'moscow', 'moscow-kremlin',
      'washington-dc', 'european-union',
    ]);
  });

  it('reports the original characters and offsets', () => {
    expect(findPlaces('俄軍炮擊頓內次克州', gazetteer)).toEqual([{ text: '頓內次克州', offset: 4, place: 'donetsk-oblast' }]);
  });
});

// Taiwan (CNA, UDN, Liberty Times) and Hong Kong (Ming Pao, RTHK) forms that differ from the
// mainland ones by more than script.
const regional: [string, string][] = [
  ['頓內次克', 'donetsk'],
  ['頓內茨克州', 'donetsk-oblast'],
  ['北頓內茨克', 'sievierodonetsk'],
  ['盧甘斯克', 'luhansk'],
  ['盧漢斯克州', 'luhansk-oblast'],
  ['札波羅熱', 'zaporizhzhia'],
  ['扎波羅熱州', 'zaporizhzhia-oblast'],
  ['赫松', 'kherson'],
  ['赫爾松州', 'kherson-oblast'],
  ['聶伯羅', 'dnipro'],
  ['聶伯羅彼得羅夫斯克州', 'dnipropetrovsk-oblast'],
  ['哈爾科夫', 'kharkiv'],
  ['哈爾基夫', 'kharkiv'],
  ['尼古拉耶夫', 'mykolaiv'],
  ['敖德薩', 'odesa'],
  ['奧德薩', 'odesa'],
  ['利維夫', 'lviv'],
  ['巴赫姆特', 'bakhmut'],
  ['阿夫迪夫卡', 'avdiivka'],
  ['阿夫季伊夫卡', 'avdiivka'],
  ['波克羅夫斯克', 'pokrovsk'],
  ['紅軍城', 'pokrovsk'],
  ['克拉莫托斯克', 'kramatorsk'],
  ['斯拉夫揚斯克', 'sloviansk'],
  ['沃爾臣斯克', 'vovchansk'],
  ['索萊達', 'soledar'],
  ['馬立波', 'mariupol'],
  ['馬力波', 'mariupol'],
  ['車諾比', 'chornobyl'],
  ['切爾諾貝爾核電站', 'chernobyl-nuclear-power-plant'],
  ['札波羅熱核電廠', 'zaporizhzhia-nuclear-power-plant'],
  ['庫斯克州', 'kursk-oblast'],
  ['庫爾斯克', 'kursk'],
  ['貝爾哥羅德', 'belgorod'],
  ['別爾哥羅德州', 'belgorod-oblast'],
  ['克里米亞', 'crimea'],
  ['塞凡堡', 'sevastopol'],
  ['刻赤', 'kerch'],
  ['克赤大橋', 'crimean-bridge'],
  ['特諾皮爾', 'ternopil'],
  ['伏林州', 'volyn-oblast'],
  ['赫爾辛基', 'helsinki'],
  ['伊斯坦堡', 'istanbul'],
  ['華沙', 'warsaw'],
  ['維爾紐斯', 'vilnius'],
  ['布魯塞爾', 'brussels'],
  ['海牙', 'the-hague'],
  ['日內瓦', 'geneva'],
  ['羅馬', 'rome'],
  ['華府', 'washington-dc'],
  ['五角大廈', 'the-pentagon'],
  ['克宮', 'moscow-kremlin'],
  ['加薩走廊', 'gaza-strip'],
  ['紐西蘭', 'new-zealand'],
  ['喬治亞', 'georgia'],
  ['賽普勒斯', 'cyprus'],
];

describe('Taiwan and Hong Kong transliterations', () => {
  it.each(regional)('%s → %s', (zh, id) => {
    expect(found(`據報導，${zh}。`)).toEqual([[zh, id]]);
  });

  it.each([
    ['澤連斯基 (a person)', '烏克蘭總統澤連斯基說'],
    ['澤倫斯基 (a person)', '烏克蘭總統澤倫斯基說'],
    ['北約 (not a place)', '北約秘書長表示'],
    ['普亭 (a person)', '俄國總統普亭表示'],
  ])('finds no place in %s', (_what, sentence) => {
    expect(found(sentence).filter(([, id]) => id !== 'ukraine' && id !== 'russia')).toEqual([]);
  });
});
