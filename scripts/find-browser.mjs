// Finds a Chromium or Chrome to run the browser tests with. Plain ESM JavaScript, so Node scripts
// and TypeScript (through find-browser.d.mts) can both import it.
//
// Search order: $CHROMIUM_PATH, then $CHROME_PATH, then the usual Linux and macOS locations, then
// the browser `npx playwright install` would have downloaded. With
// CHRONOMAP_BROWSER_SEARCH_ONLY_ENV=1 only the two variables are looked at (used to test the
// "no browser" path on a machine that has one).
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Fixed locations, in the order they are tried. */
export const BROWSER_LOCATIONS = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]);

/** Environment variables that name a browser, in the order they are tried. */
export const BROWSER_ENV_VARS = Object.freeze(['CHROMIUM_PATH', 'CHROME_PATH']);

/**
 * True when `file` is an existing, executable regular file (symlinks followed).
 * @param {string} file
 * @returns {boolean}
 */
export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of the Chromium Playwright downloads, if Playwright is installed and the browser is
 * there; otherwise null. Never downloads anything.
 * @returns {string | null}
 */
export function playwrightBrowser() {
  const require = createRequire(import.meta.url);
  for (const id of ['playwright-core', '@playwright/test']) {
    try {
      /** @type {{ chromium: { executablePath(): string } }} */
      const pw = require(id);
      const file = pw.chromium.executablePath();
      return file && isExecutableFile(file) ? file : null;
    } catch {
      // Not installed, or no browser known for this platform: try the next one.
    }
  }
  return null;
}

/**
 * Returns the path of a usable Chromium or Chrome, or null when there is none.
 * @param {{ env?: Record<string, string | undefined> }} [options] `env` defaults to process.env.
 * @returns {string | null}
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  for (const name of BROWSER_ENV_VARS) {
    const file = env[name];
    if (file && isExecutableFile(file)) return file;
  }
  if (env.CHRONOMAP_BROWSER_SEARCH_ONLY_ENV === '1') return null;
  for (const file of BROWSER_LOCATIONS) {
    if (isExecutableFile(file)) return file;
  }
  return playwrightBrowser();
}
