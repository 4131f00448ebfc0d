// Same input, same bytes out, in every format: two builds of the same articles, copied to two
// folders in opposite orders and built under different time zones and locales, give identical files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../../scripts/extract/corpus.ts';
import { EXPORT_FORMATS } from '../../../scripts/export/index.ts';
import { runCli, type Run } from './cli.ts';

const root = new URL('../../..', import.meta.url).pathname;
const SOURCES = ['articles', 'test/fixtures/eval/articles', 'test/fixtures/bad'];

/** The source articles (and the small bad fixtures), written file by file in the given order. */
function copyInput(dir: string, reverse: boolean): void {
  const files = SOURCES.flatMap((src) => listArticleFiles(join(root, src)).map((f) => ({ from: join(root, src, f), to: join(dir, src.replace(/\//g, '_'), f) })));
  if (reverse) files.reverse();
  for (const { from, to } of files) {
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(from));
  }
}

describe('deterministic builds', { timeout: 480_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronomap-determinism-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b-elsewhere');
  const runs: Run[] = [];

  beforeAll(async () => {
    copyInput(a, false);
    copyInput(b, true);
    for (const format of EXPORT_FORMATS) {
      const pair = await Promise.all([
        runCli(['--input', a, '--output', join(dir, `a.${format}`), '--format', format], { env: { TZ: 'UTC', LC_ALL: 'C' } }),
        runCli(['--input', b, '--output', join(dir, `b.${format}`), '--format', format], { env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' } }),
      ]);
      runs.push(...pair);
    }
  }, 480_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exit 0, with the bad fixtures skipped', () => {
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/files skipped/);
    }
  });

  it.each(EXPORT_FORMATS)('%s: byte-identical', (format) => {
    const one = readFileSync(join(dir, `a.${format}`));
    const two = readFileSync(join(dir, `b.${format}`));
    expect(one.length).toBeGreaterThan(1000);
    expect(one.equals(two)).toBe(true);
  });
});
