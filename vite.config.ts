import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tests and the prebuild work in UTC; so does the app's time axis.
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [svelte()],
  // Relative asset paths, so `dist/` works from any static host and any sub-folder.
  base: './',
  build: {
    target: 'es2022',
    // The basemap is a static file, never inlined into the bundle.
    assetsInlineLimit: 0,
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
