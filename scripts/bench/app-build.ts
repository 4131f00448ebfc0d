// Builds the app once for the benchmark (into a temporary folder, never dist/) and measures the
// JavaScript a first visit must download before anything runs: the entry chunk and every chunk it
// imports statically, gzipped with Node's zlib. Lazy chunks (dynamic imports) and static files
// such as the basemap are not counted — they load after the first render or on demand.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface InitialJs {
  /** The files counted, relative to the build folder. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** CSS of the same chunks, gzip (reported, not part of the JS budget). */
  cssGzipBytes: number;
  /** Lazy chunks, gzip, for information. */
  lazyGzipBytes: number;
}

/** `vite build --outDir outDir --manifest` from the project root; throws with Vite's output on failure. */
export function buildApp(root: string, outDir: string): number {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return performance.now() - t0;
}

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Sums the entry chunk and its static imports, transitively, from Vite's manifest. */
export function initialJs(outDir: string): InitialJs {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const chunks = [...seen].map((k) => manifest[k]!);
  const files = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  const css = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  const lazy = new Set<string>();
  for (const c of chunks) for (const k of c.dynamicImports ?? []) if (!seen.has(k) && manifest[k]) lazy.add(manifest[k].file);
  return {
    files,
    bytes: files.reduce((sum, f) => sum + readFileSync(join(outDir, f)).length, 0),
    gzipBytes: files.reduce((sum, f) => sum + gzipSize(join(outDir, f)), 0),
    cssGzipBytes: css.reduce((sum, f) => sum + gzipSize(join(outDir, f)), 0),
    lazyGzipBytes: [...lazy].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSize(join(outDir, f)), 0),
  };
}
