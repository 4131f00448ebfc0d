// End-to-end tests: `npm run test:e2e` (checks for a browser, builds dist/, then runs this).
// Runs against `vite preview` of the built dist/ on 127.0.0.1:4173, in the system's Chromium or
// Chrome (scripts/find-browser.mjs; set CHROMIUM_PATH to choose another). Never downloads one.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findBrowser } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Parallel work on one machine can point a run at its own build and port.
const port = Number(process.env.CHRONOMAP_E2E_PORT ?? 4173);
const dist = process.env.CHRONOMAP_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;
const onCI = !!process.env.CI;

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error(
    'No Chromium or Chrome found: run `node scripts/ensure-browser.mjs`, install one ' +
      '(Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH=/path/to/chrome',
  );
}

export default defineConfig({
  testDir: '.',
  outputDir: join(root, 'test-results', process.env.CHRONOMAP_E2E_PORT ? `e2e-${port}` : 'e2e'),
  fullyParallel: false,
  workers: 2,
  retries: onCI ? 1 : 0,
  forbidOnly: onCI,
  reporter: 'list',
  // Generous for a 2-core machine that may be building or linting at the same time.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    cwd: root,
    url: baseURL,
    reuseExistingServer: !onCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
