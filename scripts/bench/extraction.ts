// Benchmark of the prebuild: builds a 10 000-article corpus with the real command, several times,
// and prints the median articles per second and peak memory (the build measures itself: --stats).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface ExtractionResult {
  articles: number;
  events: number;
  medianSeconds: number;
  articlesPerSecond: number;
  maxRssMB: number;
}

export function benchExtraction(count = 10_000, runs = 3): ExtractionResult {
  const dir = writeCorpus(count);
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(
        join(root, 'node_modules/.bin/tsx'),
        [join(root, 'scripts/build-dataset.ts'), '--input', dir, '--output', join(dir, 'out.json'), '--stats'],
        { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      if (r.status !== 0) throw new Error(`bench: the build failed: ${r.stderr}`);
      results.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as { articles: number; events: number; seconds: number; maxRssMB: number });
    }
    const seconds = median(results.map((r) => r.seconds));
    return {
      articles: results[0]!.articles,
      events: results[0]!.events,
      medianSeconds: seconds,
      articlesPerSecond: results[0]!.articles / seconds,
      maxRssMB: Math.max(...results.map((r) => r.maxRssMB)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
