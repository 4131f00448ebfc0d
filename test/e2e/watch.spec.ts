// `npm start` rebuilds the dataset when an article changes, and the open app takes the new data
// without a reload and without losing its view.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';

const root = new URL('../..', import.meta.url).pathname;
const PORT = 5199;

test.describe('watching the article folder', () => {
  let server: ChildProcess | undefined;
  let corpus = '';

  test.beforeAll(async () => {
    corpus = mkdtempSync(join(tmpdir(), 'chronomap-watch-'));
    cpSync(join(root, 'articles'), corpus, { recursive: true });
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--input', corpus], { cwd: root });
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, CHRONOMAP_INPUT: corpus },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the dev server did not start');
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(corpus, { recursive: true, force: true });
    // Leave the dev dataset as `npm start` would make it.
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts'], { cwd: root });
  });

  test('an edited article shows up in the open app, same view, no reload', async ({ page }) => {
    test.setTimeout(60_000);
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(`http://127.0.0.1:${PORT}/?lang=en&place=kyiv`);
    await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
    const counts = page.getByTestId('counts');
    const before = Number(await counts.getAttribute('data-total'));
    const file = join(corpus, '000_c376611226bcbde9.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</div>', '<p>基辅6日再次发生爆炸。</p></div>'));
    await expect(counts).toHaveAttribute('data-total', String(before + 1), { timeout: 30_000 });
    expect(loads).toBe(1);
    expect(page.url()).toMatch(/place=kyiv/);
    await expect(page.getByTestId('event-list')).toContainText('基辅6日再次发生爆炸');
  });
});
