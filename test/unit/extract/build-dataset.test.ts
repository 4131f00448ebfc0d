// The prebuild as a user runs it: the command, its messages and exit codes, and its output.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/lib/schema.ts';

const root = new URL('../../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'scripts/build-dataset.ts');

function run(args: string[]) {
  const r = spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronomap-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const good = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2022-04-05T09:00:00Z\nauthor: 测试社\n---\n${body}\n`;

describe('npm run dataset', { timeout: 60_000 }, () => {
  it('builds the samples into a valid dataset, the same bytes every time', () => {
    const out = mkdtempSync(join(tmpdir(), 'chronomap-out-'));
    const a = run(['--input', 'articles', '--output', join(out, 'a.json')]);
    const b = run(['--input', 'articles', '--output', join(out, 'b.json')]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.stderr).toMatch(/5 articles, \d+ events, \d+ places/);
    const bytes = readFileSync(join(out, 'a.json'));
    expect(bytes.equals(readFileSync(join(out, 'b.json')))).toBe(true);
    const data = datasetSchema.parse(JSON.parse(bytes.toString('utf8')));
    expect(data.articles).toHaveLength(5);
  });

  it('skips bad files with one line each, keeps the good ones, and honours --strict', () => {
    const input = folder({
      'good.md': good('基辅', '<p>基辅4日发生爆炸。</p>'),
      'nested/also-good.markdown': good('日内瓦', '<p>双方定于10日在日内瓦会谈。</p>'),
      'no-front-matter.md': '<p>基辅</p>',
      'no-date.md': '---\ntitle: T\n---\n<p>基辅</p>',
      'gbk.txt': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xbb, 0xf9, 0xb8, 0xa8]),
      'ignored.json': '{}',
    });
    const out = join(input, 'out.json');
    const r = run(['--input', input, '--output', out]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n').filter((l) => l.includes(': skipped: '));
    expect(lines).toHaveLength(3);
    expect(r.stderr).toMatch(/no-front-matter\.md: skipped: no front matter/);
    expect(r.stderr).toMatch(/no-date\.md: skipped: no date in front matter/);
    expect(r.stderr).toMatch(/gbk\.txt: skipped: not UTF-8/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    expect(data.articles.map((a: { file: string }) => a.file)).toEqual(['good.md', 'nested/also-good.markdown']);
    expect(data.events.length).toBeGreaterThanOrEqual(2);
    expect(run(['--input', input, '--output', out, '--strict']).status).toBe(1);
  });

  it('exits 2 with a usage line for bad arguments', () => {
    const missing = run(['--input', '/no/such/folder']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/input folder not found/);
    const unknown = run(['--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage:/);
  });

  it('a clean article gives the same events alone as next to bad files', () => {
    const clean = folder({ 'a.md': good('基辅', '<p>基辅4日发生爆炸。</p><p>马里乌波尔5日停火。</p>') });
    const mixed = folder({
      'a.md': good('基辅', '<p>基辅4日发生爆炸。</p><p>马里乌波尔5日停火。</p>'),
      'b.md': '---\ntitle: [broken\n---\n',
      'c.md': new Uint8Array([0, 1, 2, 3]),
    });
    execFileSync(tsx, [cli, '--input', clean, '--output', join(clean, 'o.json')], { cwd: root, stdio: 'pipe' });
    execFileSync(tsx, [cli, '--input', mixed, '--output', join(mixed, 'o.json')], { cwd: root, stdio: 'pipe' });
    const events = (dir: string) => JSON.parse(readFileSync(join(dir, 'o.json'), 'utf8')).events;
    expect(events(mixed)).toEqual(events(clean));
  });
});
