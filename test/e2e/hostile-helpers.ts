// Watching a page for hostile text that got through (issue 7). Payloads (test/fixtures/xss) report
// themselves by calling `__xss(n)`, opening a dialog, renaming the page or fetching an address with
// `xss` or `attacker` in it; this file records all four for a whole browser context (every page and
// frame, the Embed dialog's preview and popups included) and inspects the DOM of every frame for
// what injected markup would leave: handler attributes, script/frame/object/base/meta/link/style
// elements, elements the HTML parser did not know, non-web link targets, pictures from anywhere but
// https, and style attributes that fetch or cover the page.
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface Watch {
  /** Arguments of `__xss(n)` calls, with the frame they came from. */
  calls: string[];
  /** Messages of alert/confirm/prompt/beforeunload dialogs (all dismissed). */
  dialogs: string[];
  /** Every request the context made: URL and resource type. */
  requests: { url: string; type: string }[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Words only a payload's address has (`xss-12`, attacker.invalid) or the classic relative `src=x`. */
const PAYLOAD_ADDRESS = /xss|attacker|\/x(?:[?#]|$)/i;

export async function watchHostile(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { calls: [], dialogs: [], requests: [] };
  // A binding is installed in every frame of every page of the context, srcdoc frames included.
  await context.exposeBinding('__xss', (source, n: unknown) => {
    watch.calls.push(`__xss(${String(n)}) in ${source.frame.url()}`);
  });
  context.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  context.on('request', (request) => watch.requests.push({ url: request.url(), type: request.resourceType() }));
  return watch;
}

/**
 * Requests a hostile text could have caused: anything but the app's own files on the local server
 * and pictures over https (an article's picture may live on any https host; the e2e fixtures abort
 * those, which is fine). data: and blob: pictures are the app's own exports.
 */
export function badRequests(watch: Watch): string[] {
  return watch.requests
    .filter(({ url, type }) => {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return true;
      }
      if (u.protocol === 'https:' && type === 'image') return false;
      if ((u.protocol === 'data:' || u.protocol === 'blob:') && type === 'image') return PAYLOAD_ADDRESS.test(url);
      // The app's own address may carry payloads in its query (a hostile link); its path may not.
      if ((u.protocol === 'http:' || u.protocol === 'ws:') && LOCAL_HOSTS.has(u.hostname)) return PAYLOAD_ADDRESS.test(u.pathname);
      return true;
    })
    .map(({ url, type }) => `${type} ${url}`);
}

/** What injected markup would leave in one frame's document (runs in the page). */
function inspectDocument(): string[] {
  const problems: string[] = [];
  const where = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}>`;
  const webOrLocal = (href: string) => {
    try {
      const u = new URL(href, document.baseURI);
      return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'blob:';
    } catch {
      return false;
    }
  };
  const FORBIDDEN = [
    'script:not([src])',
    'body script',
    'iframe:not([data-testid="embed-preview"])',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'meta[http-equiv]',
    'body link',
    'body style',
    'svg script',
    'svg animate',
    'svg set',
    'foreignObject',
    'math',
    'marquee',
    'video',
    'audio',
    'source',
    'noscript',
    '[srcdoc]',
    '[formaction]',
    '[contenteditable]',
    '[autofocus]',
    '[ng-app]',
    '[v-html]',
  ];
  // The document and every open shadow root in it (the <chrono-map> element renders in one).
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
  for (const el of document.querySelectorAll(FORBIDDEN.join(','))) problems.push(`injected element ${where(el)}`);
  // In a shadow root, only the element's own stylesheet, linked beside its script.
  const SHADOW_FORBIDDEN = FORBIDDEN.map((f) => f.replace(/^body /, '')).map((f) => (f === 'link' ? 'link:not([rel="stylesheet"][href$="/chrono-map.css"])' : f));
  for (const r of roots.slice(1)) for (const el of r.querySelectorAll(SHADOW_FORBIDDEN.join(','))) problems.push(`injected element ${where(el)} in a shadow root`);
  for (const el of all) {
    if (el instanceof HTMLUnknownElement) problems.push(`unknown element ${where(el)}`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`handler attribute ${attr.name} on ${where(el)}`);
      if (/^(xlink:)?href$/i.test(attr.name) && !attr.value.startsWith('#') && !webOrLocal(attr.value))
        problems.push(`${attr.name}="${attr.value.slice(0, 80)}" on ${where(el)}`);
      if (/^(action|data|poster|background|dynsrc|lowsrc|srcset)$/i.test(attr.name)) problems.push(`attribute ${attr.name} on ${where(el)}`);
    }
    const style = el.getAttribute('style');
    if (style && /url\s*\(|expression|behaviou?r|javascript|z-index\s*:\s*9{4}|-moz-binding/i.test(style))
      problems.push(`style="${style.slice(0, 80)}" on ${where(el)}`);
  }
  for (const a of all.filter((el): el is HTMLAnchorElement | HTMLAreaElement => el.matches('a[href], area[href]'))) {
    const protocol = new URL(a.href, document.baseURI).protocol;
    if (!['http:', 'https:', 'blob:'].includes(protocol)) problems.push(`link to ${protocol} ${a.href.slice(0, 80)}`);
  }
  for (const img of all.filter((el): el is HTMLImageElement => el instanceof HTMLImageElement)) {
    const src = img.currentSrc || img.src;
    if (!src) continue;
    const u = new URL(src, document.baseURI);
    if (u.protocol !== 'https:' && u.origin !== location.origin) problems.push(`picture from ${src.slice(0, 80)}`);
  }
  for (const style of all.filter((el) => el.localName === 'style')) {
    if (/xss|attacker|javascript|expression|@import/i.test(style.textContent ?? '')) problems.push(`style element: ${style.textContent?.slice(0, 80)}`);
  }
  if (/xss/i.test(document.title)) problems.push(`document.title is "${document.title}"`);
  return problems;
}

/** Problems in every frame of the page (frames that navigated away or died are skipped). */
export async function domProblems(page: Page): Promise<string[]> {
  const all: string[] = [];
  const frames: Frame[] = page.frames();
  for (const frame of frames) {
    if (frame.isDetached()) continue;
    const found = await frame.evaluate(inspectDocument).catch(() => [] as string[]);
    all.push(...found.map((p) => (frame === page.mainFrame() ? p : `${p} (frame ${frame.url().slice(0, 60)})`)));
  }
  return all;
}

/** Nothing ran, opened, loaded or was injected so far. `where` names the step for the message. */
export async function expectClean(page: Page, watch: Watch, where: string): Promise<void> {
  // Handlers of injected elements fire on load or error, a little after insertion.
  await page.waitForTimeout(50);
  expect(watch.calls, `${where}: payloads ran`).toEqual([]);
  expect(watch.dialogs, `${where}: dialogs opened`).toEqual([]);
  expect(badRequests(watch), `${where}: requests only to the app or https pictures`).toEqual([]);
  expect(await domProblems(page), `${where}: injected markup`).toEqual([]);
}
