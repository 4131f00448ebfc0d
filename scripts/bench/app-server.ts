// The benchmark's web server: serves a build folder as a static host does, on a free localhost port.
// Not `vite preview`: that compresses every response on the fly, and gzipping a 45 MB dataset on
// each request costs the server about a second — a cost of the preview tool, not of the app, that
// no static host (nginx, a CDN, GitHub Pages) pays per request. Here files are gzipped once, on first
// request, and served with their length, the way a host with precompressed files serves them.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mediaType } from '../media-types.ts';

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

export async function startPreview(_root: string, outDir: string): Promise<Preview> {
  const gzipped = new Map<string, Buffer>();
  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
    let size: number;
    try {
      if (!file.startsWith(normalize(outDir) + sep)) throw new Error('outside');
      size = statSync(file).size;
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    const type = mediaType(file);
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': size });
    createReadStream(file).pipe(res);
  };
  const server = createServer(serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Compresses the files a page will ask for before the timed runs (a host has them ready). */
export async function warm(preview: Preview, paths: string[]): Promise<void> {
  for (const p of paths) await (await fetch(new URL(p, preview.url), { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
}
