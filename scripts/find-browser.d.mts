// Types for find-browser.mjs (the project's tsconfig does not type-check JavaScript).

/** Fixed locations, in the order they are tried. */
export const BROWSER_LOCATIONS: readonly string[];

/** Environment variables that name a browser, in the order they are tried. */
export const BROWSER_ENV_VARS: readonly string[];

/** True when `file` is an existing, executable regular file (symlinks followed). */
export function isExecutableFile(file: string): boolean;

/** The Chromium `npx playwright install` downloads, if it is there; otherwise null. */
export function playwrightBrowser(): string | null;

/**
 * Returns the path of a usable Chromium or Chrome, or null when there is none: $CHROMIUM_PATH,
 * $CHROME_PATH, the usual Linux and macOS locations, then Playwright's downloaded browser.
 * With CHRONOMAP_BROWSER_SEARCH_ONLY_ENV=1 only the two variables are looked at.
 */
export function findBrowser(options?: { env?: Record<string, string | undefined> }): string | null;
