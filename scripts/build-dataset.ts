// CLI: npm run dataset -- --input <folder> --output <file> [--strict] [--report FILE] [--places FILE] [--format F]
// Reads every .md/.markdown/.txt file below the folder and writes one JSON dataset (see README.md and
// ../shared/spec/dataset.md). Exit 0; 1 under --strict when a file was skipped; 2 for bad arguments.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles } from './extract/corpus.ts';
import { buildDataset } from './extract/dataset.ts';
import { loadGazetteer, type Gazetteer } from './extract/places/index.ts';
import { progressBar } from './progress.ts';
import { UnresolvedNames, writeReport } from './extract/report.ts';
import { EXPORT_FORMATS, exportDataset, isExportFormat } from './export/index.ts'; // --format
import { shipBriefings } from './briefings.ts'; // <input>/briefings/*.json → <output dir>/briefings/

const USAGE =
  'usage: npm run dataset -- --input <folder> --output <file> [--strict] [--report FILE] [--places FILE]' +
  ` [--format ${EXPORT_FORMATS.join('|')}]`;
/** A user's own places, beside the articles: added to the gazetteer or replacing entries by id. */
const PLACES_FILE = 'places.json';

function usage(message: string): never {
  process.stderr.write(`dataset: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string', default: 'articles' },
        output: { type: 'string', default: 'public/data/events.json' },
        strict: { type: 'boolean', default: false },
        report: { type: 'string' },
        places: { type: 'string' },
        stats: { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' }, // what --output holds: the dataset, or an export of it
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
}

/** The gazetteer with the user's places, or without them (and a warning) when their file is bad. */
function gazetteerFor(input: string, placesOption: string | undefined): { gazetteer: Gazetteer; problem?: string } {
  const file = placesOption ? resolve(placesOption) : join(input, PLACES_FILE);
  if (!placesOption && !existsSync(file)) return { gazetteer: loadGazetteer() };
  if (placesOption && !existsSync(file)) usage(`places file not found: ${placesOption}`);
  try {
    return { gazetteer: loadGazetteer({ overridesFile: file }) };
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    process.stderr.write(`${problem}\ndataset: building without ${relative(process.cwd(), file)}\n`);
    return { gazetteer: loadGazetteer(), problem };
  }
}

function main(): void {
  const started = performance.now();
  const values = readOptions();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const format = values.format;
  if (!isExportFormat(format)) usage(`unknown --format ${format} (one of ${EXPORT_FORMATS.join(', ')})`);
  const input = resolve(values.input);
  const output = resolve(values.output);
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    usage(`input folder not found: ${values.input}`);
  }
  if (!isDir) usage(`input is not a folder: ${values.input}`);

  const { gazetteer, problem } = gazetteerFor(input, values.places);
  const files = corpusFiles(input);
  const unresolved = new UnresolvedNames(gazetteer);
  const progress = progressBar(files.length);
  const { dataset, skipped } = buildDataset(files, gazetteer, {
    onProgress: progress.update,
    onSentence: (file, sentence) => unresolved.add(file, sentence),
  });
  progress.stop();

  for (const s of skipped) process.stderr.write(`${join(values.input, s.file)}: skipped: ${s.reason}\n`);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, exportDataset(dataset, format)); // json: JSON.stringify(dataset) + '\n'
  const briefings = shipBriefings(input, dirname(output));
  for (const p of briefings.problems) process.stderr.write(`${p}: briefing skipped\n`);
  if (values.report) writeReport(resolve(values.report), { skipped, unresolved: unresolved.entries(), placesProblem: problem });

  const parts = [
    `${dataset.articles.length} articles`,
    `${dataset.events.length} events`,
    `${dataset.places.length} places`,
    `${unresolved.size} unresolved place names`,
  ];
  if (skipped.length) parts.push(`${skipped.length} files skipped`);
  process.stderr.write(`dataset: ${parts.join(', ')} → ${relative(process.cwd(), output) || output}\n`);
  if (values.stats) {
    // For `npm run bench`: one JSON line with the build's own measurements.
    const seconds = (performance.now() - started) / 1000;
    const stats = { files: files.length, articles: dataset.articles.length, events: dataset.events.length, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${JSON.stringify(stats)}\n`);
  }
  // exitCode, not exit(): a long list of skipped files on a pipe must be written out in full.
  process.exitCode = values.strict && (skipped.length > 0 || problem) ? 1 : 0;
}

main();
