// Issue 7: the real command on over a thousand malformed files mixed with good ones (see
// bad-corpus.ts). It must exit 0, finish in bounded time and memory, name every bad file once with
// its reason, and build the good ones into exactly the bytes a build of them alone gives.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS } from '../../../scripts/extract/sentences.ts';
import { datasetSchema, type Dataset, type NewsEvent } from '../../../src/lib/schema.ts';
import { writeCorpus, type Corpus } from './bad-corpus.ts';
import { MEMORY_CAP_MB, runCli, type Run } from './cli.ts';

/** A build that takes longer than this hangs (it takes a few seconds). */
const TIMEOUT_MS = 240_000;

/** `--stats` prints one JSON line: files, articles, events, seconds, maxRssMB. */
const stats = (run: Run) => JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;

/** The skip lines of a build's stderr, by file (relative to `input`). */
function skipLines(stderr: string, input: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const line of stderr.split('\n')) {
    const m = /^(.*): skipped: (.*)$/.exec(line);
    if (!m) continue;
    const file = m[1]!.startsWith(`${input}/`) ? m[1]!.slice(input.length + 1) : m[1]!;
    byFile.set(file, [...(byFile.get(file) ?? []), m[2]!]);
  }
  return byFile;
}

/** An event without its ids: what a variant of a file must share with the original. */
const content = ({ id: _id, article: _article, ...rest }: NewsEvent) => rest;

describe('the build on a corpus of bad articles', { timeout: TIMEOUT_MS * 2 }, () => {
  let dir: string;
  let corpus: Corpus;
  let mixed: Run;
  let clean: Run;
  let dataset: Dataset;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chronomap-bad-'));
    const t = performance.now();
    corpus = writeCorpus(dir);
    const generated = performance.now() - t;
    [mixed, clean] = await Promise.all([
      runCli(['--input', corpus.mixed, '--output', join(dir, 'mixed.json'), '--stats']),
      runCli(['--input', corpus.clean, '--output', join(dir, 'clean.json'), '--stats']),
    ]);
    if (mixed.status === 0) dataset = JSON.parse(readFileSync(join(dir, 'mixed.json'), 'utf8')) as Dataset;
    const kinds = (k: string) => corpus.files.filter((f) => f.expect.kind === k).length;
    const m = mixed.status === 0 ? stats(mixed) : {};
    console.info(
      `[robustness] ${corpus.files.length} files (${kinds('refused')} malformed, ${kinds('tolerated')} odd but readable, ${kinds('good')} good), ` +
        `generated in ${(generated / 1000).toFixed(1)} s; mixed build ${(mixed.ms / 1000).toFixed(1)} s wall, ` +
        `${m.seconds?.toFixed(1)} s in the build, peak RSS ${m.maxRssMB?.toFixed(0)} MB; ` +
        `clean build ${(clean.ms / 1000).toFixed(1)} s; ${m.articles} articles, ${m.events} events`,
    );
  }, TIMEOUT_MS * 2);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has over a thousand malformed files', () => {
    expect(corpus.files.filter((f) => f.expect.kind === 'refused').length).toBeGreaterThanOrEqual(1000);
  });

  it('exits 0 in bounded time and memory, without a crash', () => {
    for (const run of [mixed, clean]) {
      expect(run.timedOut, 'the build hung').toBe(false);
      expect(run.signal).toBeNull();
      const other = run.stderr.split('\n').filter((l) => !/: skipped: /.test(l));
      expect(other.join('\n')).not.toMatch(/^\s+at |Error|heap out of memory|Maximum call stack/m);
      expect(run.stderr).not.toMatch(/: skipped: internal error/);
      expect(run.status, run.stderr.slice(-2000)).toBe(0);
    }
    expect(stats(mixed).maxRssMB).toBeLessThan(MEMORY_CAP_MB);
  });

  it('names every malformed file once, with its reason, and no other file', () => {
    const lines = skipLines(mixed.stderr, corpus.mixed);
    const problems: string[] = [];
    for (const f of corpus.files) {
      const reasons = lines.get(f.file) ?? [];
      if (f.expect.kind !== 'refused') {
        if (reasons.length) problems.push(`${f.file} (${f.what}) was skipped: ${reasons.join('; ')}`);
      } else if (reasons.length !== 1) problems.push(`${f.file} (${f.what}): ${reasons.length} lines`);
      else if (!f.expect.reason.test(reasons[0]!)) problems.push(`${f.file} (${f.what}): unexpected reason "${reasons[0]}"`);
    }
    for (const ignored of corpus.ignored) if (lines.has(ignored)) problems.push(`${ignored} is not an article but was reported`);
    expect(problems).toEqual([]);
    expect(lines.size).toBe(corpus.files.filter((f) => f.expect.kind === 'refused').length);
  });

  it('builds the good files into exactly the bytes of a build of them alone', () => {
    expect(clean.stderr).not.toMatch(/skipped/);
    const a = readFileSync(join(dir, 'mixed.json'));
    const b = readFileSync(join(dir, 'clean.json'));
    expect(a.equals(b)).toBe(true);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('reads every good and odd-but-readable file', () => {
    const built = new Set(dataset.articles.map((a) => a.file));
    const missing = corpus.files.filter((f) => f.expect.kind !== 'refused' && !built.has(f.file)).map((f) => `${f.file} (${f.what})`);
    expect(missing).toEqual([]);
  });

  it('reads other encodings and line ends exactly like the UTF-8 original', () => {
    const byFile = new Map(dataset.articles.map((a) => [a.file, a]));
    const eventsOf = (file: string) => {
      const id = byFile.get(file)!.id;
      return dataset.events.filter((e) => e.article === id).map(content);
    };
    const variants = corpus.files.filter((f) => f.sameAs);
    expect(variants.length).toBeGreaterThanOrEqual(40);
    for (const v of variants) {
      const { id: _a, file: _b, ...meta } = byFile.get(v.file)!;
      const { id: _c, file: _d, ...original } = byFile.get(v.sameAs!)!;
      expect(meta, v.what).toEqual(original);
      expect(eventsOf(v.file), `${v.file} (${v.what})`).toEqual(eventsOf(v.sameAs!));
    }
  });

  it('keeps articles with the same title apart', () => {
    const twins = dataset.articles.filter((a) => a.file.startsWith('good/twins/'));
    expect(twins).toHaveLength(2);
    expect(twins[0]!.title).toBe(twins[1]!.title);
    expect(twins[0]!.id).not.toBe(twins[1]!.id);
    const events = (id: string) => dataset.events.filter((e) => e.article === id).map(content);
    expect(events(twins[0]!.id)).toEqual(events(twins[1]!.id));
  });

  it('cuts run-on lines into sentences of bounded length', () => {
    const longest = Math.max(...dataset.events.map((e) => e.text.length));
    expect(longest).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('never runs front-matter code', () => {
    expect(existsSync(corpus.pwnedMarker)).toBe(false);
  });
});
