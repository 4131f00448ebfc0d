// npm run bench: measurements that print numbers. Speed and memory targets live here, not in
// timed tests: these machines are shared and noisy, so each figure is a median of several runs.
//   BENCH_ARTICLES=N   size of the extraction corpus (default 10 000)
//   BENCH_APP=0        skip the app part; BENCH_APP_RUNS=N runs per size (default 3)
import { benchApp, formatAppBench } from './app.ts';
import { benchExtraction } from './extraction.ts';

const TARGET_SECONDS = 10;

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_ARTICLES ?? 10_000);
  process.stdout.write(`extraction: building ${count} articles, 3 runs…\n`);
  const r = benchExtraction(count, 3);
  process.stdout.write(
    [
      `  articles ${r.articles}, events ${r.events}`,
      `  median ${r.medianSeconds.toFixed(2)} s → ${Math.round(r.articlesPerSecond)} articles/s (one thread)`,
      `  peak memory ${Math.round(r.maxRssMB)} MB`,
      `  target: ${count} articles in < ${TARGET_SECONDS} s: ${r.medianSeconds < TARGET_SECONDS ? 'met' : 'NOT met'}`,
    ].join('\n') + '\n',
  );
  if (process.env.BENCH_APP !== '0') {
    const runs = Number(process.env.BENCH_APP_RUNS ?? 3);
    process.stdout.write(`app: generated 10 000 and 100 000 events, ${runs} runs each, headless Chromium…\n`);
    process.stdout.write(formatAppBench(await benchApp({ runs })) + '\n');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
