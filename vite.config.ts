import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { datasetWatch } from './scripts/vite-dataset-watch.ts';
import { pinDataset } from './scripts/vite-pin-dataset.ts';

// Tests and the prebuild work in UTC; so does the app's time axis.
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [
    svelte(),
    // `npm start` watches the sample folder (or CHRONOMAP_INPUT) and rebuilds the dataset on change.
    datasetWatch({ input: process.env.CHRONOMAP_INPUT ?? 'articles', output: 'public/data/events.json' }),
    // A build also writes the dataset as data/events.<hash>.json, which embed snippets pin (issue 6).
    pinDataset(),
  ],
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
