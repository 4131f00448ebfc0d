// A large corpus for benchmarks: the bundled samples and the evaluation fixtures, repeated under
// distinct names (and with a distinct title each, so nothing is deduplicated away) until there are
// `count` articles. Written to a temporary folder; the caller removes it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArticleFiles } from '../extract/corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const SOURCES = [join(root, 'articles'), join(root, 'test/fixtures/eval/articles')];

export function sourceArticles(): string[] {
  const texts: string[] = [];
  for (const dir of SOURCES) {
    if (!existsSync(dir)) continue;
    for (const f of listArticleFiles(dir)) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  if (texts.length === 0) throw new Error('bench: no source articles found');
  return texts;
}

export function writeCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronomap-bench-'));
  const texts = sourceArticles();
  for (let i = 0; i < count; i++) {
    // A hundred files a folder, as archives are often laid out by month.
    const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub);
    const text = texts[i % texts.length]!.replace(/^(\s*---[\s\S]*?\ntitle:\s*'?)/, `$1${i} `);
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.md`), text);
  }
  return dir;
}
