// The hand annotations of the sample articles (test/fixtures/gold/samples.gold.json, a copy of
// ../shared/gold/seeds.json): every core time expression found with its interval, nothing that the
// annotators marked as a duration, a vague word or a trap ever emitted.
//
// Sentences are split crudely on purpose (tags stripped, split after 。！？, the title a sentence
// too), so the resolver is measured on its own, not through the project's sentence splitter.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { extractTimes, newTimeContext } from '../../../scripts/extract/times/index.ts';
import type { TimeMention } from '../../../src/lib/schema.ts';

interface GoldTime {
  text: string;
  core: boolean;
  start?: string;
  end?: string;
  alt?: [string, string];
}
interface GoldArticle {
  file: string;
  published: string;
  times: GoldTime[];
  neutral?: string[];
  traps?: string[];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const gold = JSON.parse(readFileSync(`${root}test/fixtures/gold/samples.gold.json`, 'utf8')) as { articles: GoldArticle[] };

function sentencesOf(file: string): string[] {
  const { data, content } = matter(readFileSync(`${root}articles/${file}`, 'utf8'));
  const text = content
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  const out = [String(data.title ?? '')];
  for (const line of text.split('\n')) {
    for (const s of line.split(/(?<=[。！？])/)) if (s.trim()) out.push(s.trim());
  }
  return out;
}

interface Emitted extends TimeMention {
  sentence: string;
  matched: boolean;
}

function run(article: GoldArticle): Emitted[] {
  const ctx = newTimeContext(article.published.slice(0, 10));
  const out: Emitted[] = [];
  for (const sentence of sentencesOf(article.file)) {
    for (const t of extractTimes(sentence, ctx)) out.push({ ...t, sentence, matched: false });
  }
  return out;
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
const fits = (g: GoldTime, p: TimeMention) =>
  (g.start === p.start && g.end === p.end) || (!!g.alt && g.alt[0] === p.start && g.alt[1] === p.end);

const results = gold.articles.map((article) => ({ article, emitted: run(article) }));

describe('gold: the sample articles', () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { article, emitted } of results) {
    const core = article.times.filter((t) => t.core).map((g) => ({ g, used: false }));
    for (const p of emitted) {
      const hit = core.find((c) => !c.used && overlaps(c.g.text, p.text) && fits(c.g, p));
      if (hit) hit.used = p.matched = true;
    }
    tp += core.filter((c) => c.used).length;
    fn += core.filter((c) => !c.used).length;
    // Unmatched output counts against precision unless the annotators called it neutral.
    fp += emitted.filter((p) => !p.matched && !(article.neutral ?? []).some((n) => overlaps(n, p.text))).length;
  }

  it('finds the core time expressions with their intervals (precision and recall ≥ 0.95)', () => {
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(results.map((r) => [r.article.file, r] as const))('%s: no duration, vague word or trap is emitted', (_file, { article, emitted }) => {
    const forbidden = [...article.times.filter((t) => !t.core).map((t) => t.text), ...(article.traps ?? [])];
    const bad: string[] = [];
    for (const p of emitted) {
      for (const word of forbidden) {
        for (let i = p.sentence.indexOf(word); i >= 0; i = p.sentence.indexOf(word, i + 1)) {
          const [ws, we] = [i, i + word.length];
          const [ps, pe] = [p.offset, p.offset + p.text.length];
          if (pe <= ws || ps >= we) continue; // no overlap
          // A core expression may hold a vague word (本月早些时候 holds 早些时候); nothing else may touch one.
          if (p.matched && ps <= ws && pe >= we) continue;
          bad.push(`${p.text} ~ ${word}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
