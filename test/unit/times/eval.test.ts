// The hand-annotated evaluation set (test/fixtures/eval/, held out: read its misses, never fit rules to
// it), read through the project's own article reader and sentence splitter, as the build does. Guards
// against regressions: precision and recall of the core time expressions, and nothing emitted that the
// annotators called a duration or a trap. Skipped while the set is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../scripts/extract/article.ts';
import { articleSentences } from '../../../scripts/extract/events.ts';
import { extractTimes, newTimeContext } from '../../../scripts/extract/times/index.ts';
import type { TimeMention } from '../../../src/lib/schema.ts';

interface GoldTime {
  text: string;
  kind: string;
  core: boolean;
  start?: string;
  end?: string;
  alt?: [string, string];
}
interface GoldArticle {
  file: string;
  times: GoldTime[];
  neutral?: string[];
  traps?: string[];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = `${root}test/fixtures/eval/`;
const present = existsSync(`${dir}gold.json`);

interface Emitted extends TimeMention {
  sentence: string;
  matched: boolean;
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
const fits = (g: GoldTime, p: TimeMention) =>
  (g.start === p.start && g.end === p.end) || (!!g.alt && g.alt[0] === p.start && g.alt[1] === p.end);

describe.skipIf(!present)('eval set', () => {
  const gold = present ? (JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as { articles: GoldArticle[] }) : { articles: [] };
  const results = gold.articles
    .filter((a) => existsSync(`${dir}articles/${a.file}`))
    .map((article) => {
      const parsed = parseArticle(readFileSync(`${dir}articles/${article.file}`, 'utf8'));
      const ctx = newTimeContext(parsed.referenceDay);
      const emitted: Emitted[] = [];
      for (const sentence of articleSentences(parsed)) {
        for (const t of extractTimes(sentence, ctx)) emitted.push({ ...t, sentence, matched: false });
      }
      return { article, emitted };
    });

  it('finds the core time expressions with their intervals (precision and recall ≥ 0.95)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const { article, emitted } of results) {
      const core = article.times.filter((t) => t.core).map((g) => ({ g, used: false }));
      for (const p of emitted) {
        const hit = core.find((c) => !c.used && overlaps(c.g.text, p.text) && fits(c.g, p));
        if (hit) hit.used = p.matched = true;
      }
      for (const c of core) if (!c.used) misses.push(`${article.file}: missed ${c.g.text}`);
      tp += core.filter((c) => c.used).length;
      fn += core.filter((c) => !c.used).length;
      const wrong = emitted.filter((p) => !p.matched && !(article.neutral ?? []).some((n) => overlaps(n, p.text)));
      for (const p of wrong) misses.push(`${article.file}: extra ${p.text} ${p.start}..${p.end}`);
      fp += wrong.length;
    }
    expect(tp / (tp + fp), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('emits no duration and no trap', () => {
    const bad: string[] = [];
    for (const { article, emitted } of results) {
      const forbidden = [...article.times.filter((t) => t.kind === 'duration').map((t) => t.text), ...(article.traps ?? [])];
      for (const p of emitted) {
        if (p.matched) continue;
        for (const word of forbidden) if (overlaps(word, p.text) && p.sentence.includes(word)) bad.push(`${article.file}: ${p.text} ~ ${word}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
