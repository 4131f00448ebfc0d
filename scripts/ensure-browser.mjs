#!/usr/bin/env node
// Makes sure the end-to-end tests have a browser (and a CJK font, or Chinese renders as boxes).
//
//   node scripts/ensure-browser.mjs
//
// Exit 0 when a Chromium or Chrome is found (see find-browser.mjs for where it looks). When there
// is none and this is Debian (or Ubuntu) running as root, installs Debian's `chromium` and
// `fonts-noto-cjk` with apt-get first. Otherwise exits 1 with one line saying how to get one.
// Never downloads Playwright's own browser.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findBrowser, isExecutableFile } from './find-browser.mjs';

export const NO_BROWSER_MESSAGE =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk) ' +
  'or set CHROMIUM_PATH=/path/to/chrome';

/**
 * True when `command` is an executable on $PATH.
 * @param {string} command
 * @returns {boolean}
 */
function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && isExecutableFile(join(dir, command)));
}

/**
 * Debian-like, apt-get present, and running as root.
 * @returns {boolean}
 */
function canInstallWithApt() {
  return existsSync('/etc/debian_version') && onPath('apt-get') && process.getuid?.() === 0;
}

/**
 * False only when fontconfig is there and knows no font for Chinese; true when it cannot tell.
 * @returns {boolean}
 */
function hasCjkFont() {
  if (!onPath('fc-list')) return true;
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status !== 0 || result.stdout.trim() !== '';
}

/**
 * `apt-get update`, then installs `packages` without questions. Output goes to the terminal.
 * @param {string[]} packages
 * @returns {boolean} whether both commands succeeded
 */
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  /** @type {import('node:child_process').SpawnSyncOptions} */
  const options = { env, stdio: ['ignore', 'inherit', 'inherit'] };
  const lock = ['-o', 'DPkg::Lock::Timeout=120'];
  const update = spawnSync('apt-get', ['-qq', ...lock, 'update'], options);
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['-qq', '-y', ...lock, 'install', ...packages], options);
  return install.status === 0;
}

/**
 * The whole decision, with its side effects injectable so it can be tested without a browser
 * missing or apt-get running.
 * @param {{
 *   find?: () => string | null,
 *   canInstall?: () => boolean,
 *   hasCjkFont?: () => boolean,
 *   install?: (packages: string[]) => boolean,
 *   log?: (line: string) => void,
 *   error?: (line: string) => void,
 * }} [deps]
 * @returns {number} the exit code
 */
export function ensureBrowser(deps = {}) {
  const onlyEnv = process.env.CHRONOMAP_BROWSER_SEARCH_ONLY_ENV === '1';
  const {
    find = findBrowser,
    // Installing would not help when the search ignores /usr/bin.
    canInstall = () => !onlyEnv && canInstallWithApt(),
    hasCjkFont: cjk = hasCjkFont,
    install = aptInstall,
    log = (line) => console.log(line),
    error = (line) => console.error(line),
  } = deps;

  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const value = process.env[name];
    if (value && !isExecutableFile(value)) {
      error(`ensure-browser: ignoring ${name}=${value}: not an executable file`);
    }
  }

  let browser = find();
  if (!browser && canInstall()) {
    log("ensure-browser: no Chromium or Chrome found; installing Debian's chromium and fonts-noto-cjk with apt-get…");
    if (install(['chromium', 'fonts-noto-cjk'])) browser = find();
  }
  if (!browser) {
    error(NO_BROWSER_MESSAGE);
    return 1;
  }

  if (!cjk()) {
    if (canInstall()) {
      log('ensure-browser: no CJK font found; installing fonts-noto-cjk with apt-get…');
      install(['fonts-noto-cjk']);
    }
    if (!cjk()) {
      error(
        'ensure-browser: warning: no CJK font (`fc-list :lang=zh` is empty), so Chinese renders as boxes; ' +
          'install fonts-noto-cjk',
      );
    }
  }
  log(`ensure-browser: using ${browser}`);
  return 0;
}

const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(realpathSync(invokedAs)).href) {
  process.exitCode = ensureBrowser();
}
