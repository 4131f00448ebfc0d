// Content types of the files a build holds, for the small static servers of the benchmark and the
// browser tests (vite preview is not used there: see scripts/bench/app-server.ts).
import { extname } from 'node:path';

export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function mediaType(path: string): string {
  return MEDIA_TYPES[extname(path)] ?? 'application/octet-stream';
}
