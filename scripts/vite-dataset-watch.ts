// Vite plugin for `npm start`: watches the article folder and rebuilds the dataset when an article
// (or the folder's places.json) changes, then tells the open app to reload its data in place. The
// dataset file is written by the build, not edited: its own change must not reload the page.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ARTICLE = /\.(md|markdown|txt)$|places\.json$/i;
const QUIET_MS = 300;

export function datasetWatch(options: { input: string; output: string }): Plugin {
  const input = resolve(options.input);
  const output = resolve(options.output);
  return {
    name: 'chronomap-dataset-watch',
    apply: 'serve',
    configureServer(server) {
      let timer: NodeJS.Timeout | undefined;
      let running = false;
      let again = false;
      const rebuild = () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts', '--input', input, '--output', output], {
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        child.on('exit', (code) => {
          running = false;
          if (code === 0) server.ws.send({ type: 'custom', event: 'chronomap:dataset' });
          if (again) {
            again = false;
            rebuild();
          }
        });
      };
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(input) || !ARTICLE.test(file)) return;
        clearTimeout(timer);
        timer = setTimeout(rebuild, QUIET_MS);
      };
      server.watcher.add(input);
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
    handleHotUpdate({ file }) {
      // The rebuilt dataset is announced above; no page reload for it.
      if (resolve(file) === output) return [];
    },
  };
}
