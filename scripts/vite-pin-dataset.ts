// Pins the dataset a build ships: `vite build` also writes public/data/events.json as
// data/events.<hash>.json (hash of its content) and tells the app that path, which the Embed dialog
// puts in snippets as `data=`. A later build with new data writes a new file beside the old ones
// (when the deploy keeps them), so an old embed keeps showing the data it was made with.
//
// It also writes the dataset's compact twin, data/events.<hash>.compact.json (src/lib/compact-dataset.ts),
// which the app reads first for a fast first render. Made from the same bytes in the same build, the
// twin cannot fall out of step with the dataset it stands for; the dev server has none and serves
// the live file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { encodeCompact } from '../src/lib/compact-dataset.ts';
import type { Dataset } from '../src/lib/schema.ts';

export interface PinOptions {
  /** The dataset, relative to the project root. */
  input?: string;
}

/** data/events.<first 10 hex of sha-256>.json: stable for the same bytes. */
export function pinnedName(content: Buffer | string): string {
  return `data/events.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
}

/** data/events.<hash>.compact.json, beside the pinned file of the same bytes. */
export const compactName = (pinned: string): string => pinned.replace(/\.json$/, '.compact.json');

export function pinDataset(options: PinOptions = {}): Plugin {
  let content: Buffer | null = null;
  let name: string | null = null;
  let twin: string | null = null;
  return {
    name: 'chronomap-pin-dataset',
    config(_config, env) {
      // Only a build pins: the dev server serves the live file, which `npm start` rebuilds.
      if (env.command === 'build') {
        const file = resolve(options.input ?? 'public/data/events.json');
        if (existsSync(file)) {
          content = readFileSync(file);
          name = pinnedName(content);
          twin = compactName(name);
        } else console.warn(`${file}: missing, so this build pins no dataset (run npm run dataset first)`);
      }
      return { define: { __CHRONOMAP_PINNED_DATA__: JSON.stringify(name), __CHRONOMAP_COMPACT_DATA__: JSON.stringify(twin) } };
    },
    generateBundle() {
      if (!content || !name || !twin) return;
      this.emitFile({ type: 'asset', fileName: name, source: content });
      // The prebuild checked the dataset against the contract as it wrote it; the app checks the twin's records again.
      this.emitFile({ type: 'asset', fileName: twin, source: JSON.stringify(encodeCompact(JSON.parse(content.toString('utf8')) as Dataset)) });
    },
  };
}
