// Candidate place names the gazetteer lacks (for the build's report): names that look like places
// by their administrative word, taken conservatively, and nothing for common words, known places,
// personal names or titles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCandidates, loadGazetteer } from '../../../scripts/extract/places/index.ts';

const gazetteer = loadGazetteer();
const texts = (sentence: string): string[] => findCandidates(sentence, gazetteer).map((c) => c.text);

interface Row {
  name: string;
  sentence: string;
  expected: string[];
}

const found: Row[] = [
  { name: 'a village after a verb and 了', sentence: '俄军占领了沃洛霍夫亚尔村', expected: ['沃洛霍夫亚尔村'] },
  { name: 'a town after 进入', sentence: '乌军进入奥切列季诺镇', expected: ['奥切列季诺镇'] },
  { name: 'a city after 抵达 (达 ends the verb)', sentence: '总理抵达新霍罗迪夫卡市', expected: ['新霍罗迪夫卡市'] },
  { name: 'a city after 拿下', sentence: '俄军拿下新霍罗迪夫卡市', expected: ['新霍罗迪夫卡市'] },
  { name: 'a Novo- name keeps 新', sentence: '俄军占领了新赫尔希伊夫卡村', expected: ['新赫尔希伊夫卡村'] },
  { name: 'a name right after a known region', sentence: '俄军击退了乌军对别尔哥罗德州索洛维约沃市的进攻', expected: ['索洛维约沃市'] },
  { name: 'a name after 的', sentence: '顿涅茨克州的普罗格列斯市遭到炮击', expected: ['普罗格列斯市'] },
  { name: 'a district', sentence: '俄军炮击了别洛泽尔斯基区', expected: ['别洛泽尔斯基区'] },
  { name: 'a krai', sentence: '伤员被送往阿尔泰边疆区', expected: ['阿尔泰边疆区'] },
  { name: 'a region word after a name', sentence: '联合国在萨赫勒地区的行动', expected: ['萨赫勒地区'] },
  { name: 'a port', sentence: '货轮驶往比雷埃夫斯港', expected: ['比雷埃夫斯港'] },
  { name: 'a state and a province after their country', sentence: '德国巴伐利亚州和荷兰北布拉邦省', expected: ['巴伐利亚州', '北布拉邦省'] },
  { name: 'a Chinese province and city', sentence: '会议在河北省和深圳市举行', expected: ['河北省', '深圳市'] },
  { name: 'a Chinese island', sentence: '钓鱼岛', expected: ['钓鱼岛'] },
  { name: 'a city before 中心 and 政府', sentence: '新霍罗迪夫卡市中心遭到炮击，新霍罗迪夫卡市政府表示', expected: ['新霍罗迪夫卡市', '新霍罗迪夫卡市'] },
  { name: 'two candidates in order', sentence: '俄军从新霍罗迪夫卡市撤往奥切列季诺镇', expected: ['新霍罗迪夫卡市', '奥切列季诺镇'] },
  { name: 'traditional characters', sentence: '烏軍進入奥切列季诺鎮', expected: ['奥切列季诺鎮'] },
  { name: 'a direction that is a word stays out of the name', sentence: '哈尔科夫以北新霍罗迪夫卡市', expected: ['新霍罗迪夫卡市'] },
];

const notFound: Row[] = [
  { name: 'known places', sentence: '俄军在马里乌波尔市、赫尔松州和顿巴斯地区', expected: [] },
  { name: 'a known place with 省 (Taiwan usage)', sentence: '在伊斯坦堡省', expected: [] },
  { name: 'common words', sentence: '城市、全市、该市、本市、各州、联邦州、自治区、地区、市区、郊区', expected: [] },
  { name: 'more common words', sentence: '大城市和周边城市的居民、地级市、沿海城市、边境地区、俄罗斯南部地区', expected: [] },
  { name: 'words that start with the suffix', sentence: '新霍罗迪夫卡市长表示，市场、镇压、村民、区域、港元、省钱', expected: [] },
  { name: 'a name with 市长 after it', sentence: '普京会见了新霍罗迪夫卡市长', expected: [] },
  { name: 'titles after personal names', sentence: '克里琴科市长说，凯尔州长表示', expected: [] },
  { name: 'a name longer than six characters', sentence: '俄军攻占佩尔绍特拉夫涅韦村', expected: [] },
  { name: 'no clear start (a noun before the name)', sentence: '军队新霍罗迪夫卡市', expected: [] },
  { name: 'personal names joined by ·', sentence: '伊万·彼得罗夫村；彼得罗夫·伊万诺夫村', expected: [] },
  { name: 'a title in 《》', sentence: '《新霍罗迪夫卡市报》报道', expected: [] },
  { name: 'transliterated organisations and zones', sentence: '申根区和欧元区', expected: [] },
  { name: 'resorts and global villages', sentence: '度假村和地球村', expected: [] },
  { name: 'a sentence without any', sentence: '他说：“这并不是一起扣押人质的事件。”', expected: [] },
];

describe('findCandidates', () => {
  describe.each([
    ['finds', found],
    ['says nothing about', notFound],
  ] as const)('%s', (_what, rows) => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
      expect(texts(r.sentence)).toEqual(r.expected);
    });
  });

  it('reports offsets into the sentence as written', () => {
    const sentence = '😀 俄軍占領了沃洛霍夫亞爾村。';
    const [c] = findCandidates(sentence, gazetteer);
    expect(c).toEqual({ text: '沃洛霍夫亞爾村', offset: 8 });
    expect(sentence.slice(c!.offset, c!.offset + c!.text.length)).toBe(c!.text);
  });

  it('stops reporting a name once an overrides file adds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candidates-'));
    try {
      const file = join(dir, 'places.json');
      const entry = { id: 'volokhiv-yar', zh: ['沃洛霍夫亚尔'], en: 'Volokhiv Yar', kind: 'village', lat: 49.4, lon: 37.0, country: 'UA' };
      writeFileSync(file, JSON.stringify([entry]));
      expect(findCandidates('俄军占领了沃洛霍夫亚尔村', loadGazetteer({ overridesFile: file }))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
