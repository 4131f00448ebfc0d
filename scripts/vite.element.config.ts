// The <chrono-map> web component as a library: `npm run build:element` → dist/element/chrono-map.js
// (+ chrono-map.css and the basemap beside it). One ES module that registers the element; its CSS is
// linked inside the element's shadow root, so the app's `:root` rules are rewritten to `:host` here.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `:root` → `:host`, `:root[x]` → `:host([x])`, `:root:not(x)` → `:host(:not(x))`: the palette lands on the element. */
export function rootToHost(css: string): string {
  return css.replace(/:root((?:\[[^\]]*\]|:not\([^)]*\))*)/g, (_m, rest: string) => (rest ? `:host(${rest})` : ':host'));
}

function shadowCss(): Plugin {
  let outDir = '';
  return {
    name: 'chronomap-shadow-css',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After writing: the CSS asset is final only once Vite's own CSS plugin has emitted it.
    async writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        const path = resolve(outDir, file.fileName);
        await writeFile(path, rootToHost(await readFile(path, 'utf8')));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [svelte(), shadowCss()],
  base: './',
  // No pinned dataset in the element: the page names it in `src`.
  define: { __CHRONOMAP_PINNED_DATA__: 'null', __CHRONOMAP_COMPACT_DATA__: 'null' },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/element',
    emptyOutDir: true,
    // Not library mode: that would inline the 700 KB basemap into the script. A plain build with a
    // script entry emits it as a file beside the script, fetched only when the map draws.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      input: 'src/element/chrono-map.ts',
      output: {
        entryFileNames: 'chrono-map.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (info) => (info.names.some((n) => n.endsWith('.css')) ? 'chrono-map.css' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
});
