// CLI: npm run dataset -- --input <folder> --output <file> [--strict]
// Reads every .md/.markdown/.txt file below the folder, writes one JSON dataset (see
// ../shared/spec/dataset.md and README.md). Exit 0; 1 under --strict when a file was skipped;
// 2 for bad arguments.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, type ArticleFile } from './extract/dataset.ts';
import { loadGazetteer } from './extract/places/index.ts';

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

function usage(message: string): never {
  process.stderr.write(
    `dataset: ${message}\nusage: npm run dataset -- --input <folder> --output <file> [--strict]\n`,
  );
  process.exit(2);
}

/** Every article file below `root`, as paths relative to it with '/' separators, in a stable order. */
export function listArticleFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string', default: 'articles' },
        output: { type: 'string', default: 'public/data/events.json' },
        strict: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const input = resolve(values.input);
  const output = resolve(values.output);
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    usage(`input folder not found: ${values.input}`);
  }
  if (!isDir) usage(`input is not a folder: ${values.input}`);

  const files: ArticleFile[] = listArticleFiles(input).map((file) => ({ file, bytes: readFileSync(join(input, file)) }));
  const { dataset, skipped } = buildDataset(files, loadGazetteer());

  for (const s of skipped) process.stderr.write(`${join(values.input, s.file)}: skipped: ${s.reason}\n`);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(dataset) + '\n');
  process.stderr.write(
    `dataset: ${dataset.articles.length} articles, ${dataset.events.length} events, ${dataset.places.length} places` +
      `${skipped.length ? `, ${skipped.length} files skipped` : ''} → ${relative(process.cwd(), output) || output}\n`,
  );
  process.exit(values.strict && skipped.length > 0 ? 1 : 0);
}

main();
