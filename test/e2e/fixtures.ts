// Every e2e test imports `test` and `expect` from here instead of '@playwright/test'.
//
// - Network: a page may only reach 127.0.0.1, localhost and [::1]. Anything else is aborted and
//   its URL recorded in `blockedRequests`, so a test can assert the app never tried:
//     expect(blockedRequests).toEqual([]);
// - Errors: console.error messages and uncaught page errors of every page in the test's context
//   are collected in `consoleErrors`:
//     expect(consoleErrors).toEqual([]);
// - Start screen: a bare address (no view in the URL; `?lang=` and `?theme=` alone are not a view)
//   greets a reader with the start screen over the explorer, until it is closed once in that tab
//   (src/components/start/when.ts keeps that in sessionStorage). Most specs are about the explorer and
//   open bare addresses, so by default every page of the test starts as a tab that has already closed
//   it: an init script sets the same sessionStorage flag the app sets. No spec or URL changes, and the
//   app has no test-only switch. The start screen's own tests turn this off:
//     test.use({ startScreenSeen: false });
// - Compact twin: a build writes the dataset's compact twin, which the app reads first
//   (src/lib/compact-dataset.ts), so pages read the samples from it as a deployed site does. A test
//   that serves its own data/events.json does it through serveOwnDataset, which withholds the twin
//   (404) so the app reads that file, as when a deploy lacks the twin; the browser's log line for
//   that 404 is not counted as an error.
import type { Page, Route } from '@playwright/test';
import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs that never leave the machine: local hosts, and data:, blob:, about: URLs. */
function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return LOCAL_HOSTS.has(hostname);
  } catch {
    return false;
  }
}

export interface E2EFixtures {
  /** URLs of requests (and WebSockets) to hosts other than the local ones; all were aborted. */
  blockedRequests: string[];
  /** console.error texts and uncaught page errors, from every page of the test's context. */
  consoleErrors: string[];
  /** Option, default true: pages start as a tab whose start screen was already closed (see above). */
  startScreenSeen: boolean;
}

const TWIN = /\/data\/[\w.-]+\.compact\.json(\?|$)/;

/** Serves this page's ./data/events.json through `handler`, and withholds the build's compact twin (see above). */
export async function serveOwnDataset(page: Page, handler: (route: Route) => Promise<void> | void): Promise<void> {
  await page.route(TWIN, (route) => route.fulfill({ status: 404, body: 'no twin: this test serves its own dataset' }));
  await page.route('**/data/events.json', handler);
}

export const test = base.extend<E2EFixtures>({
  startScreenSeen: [true, { option: true }],
  // Both arrays are filled by the `context` override below, which every test with a page uses,
  // whether or not the test asks for the arrays.
  // eslint-disable-next-line no-empty-pattern
  blockedRequests: async ({}, use) => {
    await use([]);
  },
  // eslint-disable-next-line no-empty-pattern
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, blockedRequests, consoleErrors, startScreenSeen }, use) => {
    if (startScreenSeen)
      await context.addInitScript(() => {
        try {
          sessionStorage.setItem('chronomap.start.seen', '1');
        } catch {
          // about:blank and opaque origins have no sessionStorage; nothing to greet there.
        }
      });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) {
        await route.fallback();
      } else {
        blockedRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await context.routeWebSocket(/.*/, (ws) => {
      if (isLocal(ws.url())) {
        ws.connectToServer();
      } else {
        blockedRequests.push(ws.url());
        void ws.close({ code: 1008, reason: 'blocked by the e2e fixtures' });
      }
    });
    context.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location();
        if (TWIN.test(url) && /\b404\b/.test(message.text())) return;
        consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
      }
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      consoleErrors.push(`Uncaught ${error.stack ?? error.message}`);
    });
    await use(context);
  },
});

export { expect };
