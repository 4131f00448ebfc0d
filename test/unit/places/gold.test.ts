// The five hand-annotated sample articles: per article and place, how many mentions the matcher
// finds against the gold `count`, compared by English name as ../../../../shared/eval/score.mjs
// does. Precision and recall over all articles must stay at 0.97 or above, and no trap (今日俄罗斯,
// 《华盛顿邮报》, 俄罗斯西部军区 …) may overlap a mention — in the articles as written and in the
// same articles converted to Taiwan and Hong Kong traditional characters by OpenCC.
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { findPlaces, loadGazetteer, placeRecord } from '../../../scripts/extract/places/index.ts';
import { articleSentences } from './gold-text.ts';

const SHARED = new URL('../../../../shared/', import.meta.url);

interface GoldPlace {
  en: string;
  count: number;
}
interface GoldArticle {
  file: string;
  places: GoldPlace[];
  traps?: string[];
}

const gold = JSON.parse(readFileSync(new URL('gold/seeds.json', SHARED), 'utf8')) as { articles: GoldArticle[] };
const gazetteer = loadGazetteer();
const norm = (en: string): string => en.toLowerCase().replace(/[^a-z0-9]/g, '');

interface ArticleResult {
  file: string;
  tp: number;
  fp: number;
  fn: number;
  diffs: string[];
  trapHits: string[];
}

function scoreArticle(article: GoldArticle, convert: (text: string) => string): ArticleResult {
  const sentences = articleSentences(new URL(`articles/${article.file}`, SHARED).pathname).map(convert);
  const counts = new Map<string, number>();
  const trapHits: string[] = [];
  for (const sentence of sentences) {
    const mentions = findPlaces(sentence, gazetteer);
    for (const m of mentions) {
      const en = norm(placeRecord(gazetteer, m.place).name.en);
      counts.set(en, (counts.get(en) ?? 0) + 1);
    }
    for (const trap of (article.traps ?? []).map(convert)) {
      for (let at = sentence.indexOf(trap); at >= 0; at = sentence.indexOf(trap, at + 1)) {
        const hit = mentions.find((m) => m.offset < at + trap.length && at < m.offset + m.text.length);
        if (hit) trapHits.push(`${trap} ← ${hit.text} (${hit.place}) in ${sentence}`);
      }
    }
  }
  let tp = 0, fp = 0, fn = 0;
  const diffs: string[] = [];
  const goldNames = new Set(article.places.map((g) => norm(g.en)));
  for (const g of article.places) {
    const n = counts.get(norm(g.en)) ?? 0;
    tp += Math.min(n, g.count);
    fp += Math.max(0, n - g.count);
    fn += Math.max(0, g.count - n);
    if (n !== g.count) diffs.push(`${g.en}: found ${n}, gold ${g.count}`);
  }
  for (const [en, n] of counts)
    if (!goldNames.has(en)) {
      fp += n;
      diffs.push(`${en}: found ${n}, not in gold`);
    }
  return { file: article.file, tp, fp, fn, diffs, trapHits };
}

const SCRIPTS: [string, (text: string) => string][] = [
  ['as written', (text) => text],
  ['in Taiwan characters', Converter({ from: 'cn', to: 'tw' })],
  ['in Hong Kong characters', Converter({ from: 'cn', to: 'hk' })],
];

describe.each(SCRIPTS)('place matcher on the gold samples %s', (_script, convert) => {
  const results = gold.articles.map((article) => scoreArticle(article, convert));
  const total = results.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  const precision = total.tp / (total.tp + total.fp);
  const recall = total.tp / (total.tp + total.fn);
  const report = results.map((r) => `${r.file}: ${r.diffs.join('; ') || 'exact'}`).join('\n');

  it('reaches precision and recall of at least 0.97 over all articles', () => {
    console.info(`places: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})\n${report}`);
    expect(precision, report).toBeGreaterThanOrEqual(0.97);
    expect(recall, report).toBeGreaterThanOrEqual(0.97);
  });

  it.each(results.map((r) => [r.file, r] as const))('matches no trap in %s', (_file, r) => {
    expect(r.trapHits).toEqual([]);
  });
});
