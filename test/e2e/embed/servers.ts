// Test servers for the embedding tests: a host page on another localhost port (a different origin
// from the app), and a static server of the built app that sends a strict Content-Security-Policy.
// Host pages carry no inline script: their script is a file, so they could run under the same CSP.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { MEDIA_TYPES, mediaType } from '../../../scripts/media-types.ts';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors *";

/** The host page's recorder: every chronomap:* DOM event host.js re-dispatches, kept for the test. */
const RECORDER = `
window.__got = [];
['chronomap:ready', 'chronomap:height', 'chronomap:select', 'chronomap:window'].forEach(function (type) {
  document.addEventListener(type, function (ev) { window.__got.push(ev.detail); });
});
document.addEventListener('click', function (ev) {
  if (ev.target && ev.target.id === 'show') document.getElementById('box').hidden = false;
});
`;

export interface Page {
  /** The iframe's src. */
  frame: string;
  /** Where host.js comes from. */
  hostScript: string;
  /** Wraps the frame in a hidden box with a button that shows it. */
  hidden?: boolean;
  /** A <chrono-map> element's attributes instead of a frame (the web component). */
  element?: { script: string; attrs: string };
}

export function hostPage(p: Page): string {
  const frame = p.element
    ? `<script type="module" src="${p.element.script}"></script><chrono-map ${p.element.attrs}></chrono-map>`
    : `<iframe data-chronomap title="Chronomap" width="100%" height="300" src="${p.frame.replace(/&/g, '&amp;')}"></iframe>`;
  const body = p.hidden ? `<button id="show" type="button">show</button><div id="box" hidden>${frame}</div>` : frame;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script src="/recorder.js"></script><script src="${p.hostScript}" defer></script>
<link rel="stylesheet" href="/host.css"></head>
<body><h1>A news site</h1><div class="column">${body}</div></body></html>`;
}

const HOST_CSS = 'body{margin:0;font-family:sans-serif}.column{width:var(--w,720px);margin:0 auto}';

/**
 * A server with a few host pages (`pages`, by path) and, when `root` is given, the built app's files,
 * every response carrying `headers` (e.g. the strict CSP).
 */
export function startServer(port: number, pages: Record<string, string>, options: { root?: string; headers?: Record<string, string> } = {}): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = { ...options.headers };
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (path === '/recorder.js') return send(200, MEDIA_TYPES['.js']!, RECORDER);
    if (path === '/host.css') return send(200, MEDIA_TYPES['.css']!, HOST_CSS);
    if (pages[path] !== undefined) return send(200, MEDIA_TYPES['.html']!, pages[path]!);
    if (!options.root) return send(404, 'text/plain', 'not found');
    const rel = normalize(path === '/' ? '/index.html' : decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(options.root, rel));
      send(200, mediaType(rel), body);
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
