// Builds the dataset from article files already read into memory: parse, extract, assemble, validate.
// No file system here, so tests can feed it anything.
import { createHash } from 'node:crypto';
import { DATASET_VERSION, datasetSchema, describeIssues, type Article, type Dataset, type NewsEvent } from '../../src/lib/schema.ts';
import { ArticleError, decodeText, parseArticle } from './article.ts';
import { articleEvents } from './events.ts';
import { placeRecord, type Gazetteer } from './places/index.ts';

export interface ArticleFile {
  /** Path relative to the input folder, '/' separators. */
  file: string;
  /** The file's bytes, read only when the build reaches it (a large corpus never sits in memory whole). */
  read: () => Uint8Array;
}
export interface Skipped {
  file: string;
  reason: string;
}
export interface BuildResult {
  dataset: Dataset;
  skipped: Skipped[];
}
export interface BuildOptions {
  /** Called after each file with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each article's sentences as they are analysed (the unresolved-names report listens). */
  onSentence?: (file: string, sentence: string) => void;
}

/** Reasons are printed one line per file. */
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();

function internalError(e: unknown): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `internal error while reading it (please report this file): ${oneLine(what).slice(0, 200)}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The contract's promises about one event (ordered ISO intervals; every time and mention found at its
 * offset in the text), checked per article so that an extractor's slip skips that article with an
 * internal error instead of failing the whole build at the final validation.
 */
function checkEvent(e: NewsEvent): void {
  for (const span of [e, ...e.times])
    if (!ISO_DAY.test(span.start) || !ISO_DAY.test(span.end) || span.start > span.end)
      throw new Error(`event ${e.id}: bad interval ${span.start}..${span.end}`);
  for (const m of [...e.times, ...e.mentions])
    if (!m.text || !Number.isInteger(m.offset) || m.offset < 0 || !e.text.startsWith(m.text, m.offset))
      throw new Error(`event ${e.id}: "${m.text}" is not at offset ${m.offset} of its sentence`);
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Stable article ids: `a-` and the first 8 hex digits of the path's SHA-1, lengthened for the rare
 * file whose prefix another file already took (files are visited in a stable order, so the same
 * input always gives the same ids).
 */
function articleId(file: string, taken: Set<string>): string {
  const digest = hash(file);
  for (let len = 8; len <= digest.length; len += 2) {
    const id = `a-${digest.slice(0, len)}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  throw new Error(`${file}: no free article id`);
}

export function buildDataset(files: ArticleFile[], gazetteer: Gazetteer, options: BuildOptions = {}): BuildResult {
  const skipped: Skipped[] = [];
  const articles: Article[] = [];
  const events: NewsEvent[] = [];
  const taken = new Set<string>();
  const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  ordered.forEach(({ file, read }, i) => {
    let id: string | undefined;
    try {
      const parsed = parseArticle(decodeText(read()));
      id = articleId(file, taken);
      const onSentence = options.onSentence;
      const analysed = articleEvents(id, parsed, gazetteer, onSentence && ((s) => onSentence(file, s)));
      for (const e of analysed) checkEvent(e);
      // Only a file read to the end counts: a failure above leaves no article and no events behind.
      articles.push({ id, file, ...parsed.meta });
      for (const e of analysed) events.push(e);
    } catch (e) {
      if (id !== undefined) taken.delete(id); // so the other files get the ids a build without this one gives
      // A file that breaks the extractors is a bug, but one file must not cost the user the whole
      // build: it is skipped like a bad file, with a reason that says so (and --strict fails).
      skipped.push({ file, reason: e instanceof ArticleError ? oneLine(e.message) : internalError(e) });
    }
    options.onProgress?.(i + 1, ordered.length);
  });

  const placeIds = [...new Set(events.flatMap((e) => e.places))].sort();
  const dataset: Dataset = {
    version: DATASET_VERSION,
    articles,
    places: placeIds.map((id) => placeRecord(gazetteer, id)),
    events,
  };
  const checked = datasetSchema.safeParse(dataset);
  // The prebuild writing a file its own app would refuse is a bug, not bad input.
  if (!checked.success) throw new Error(`internal error: the built dataset breaks the contract: ${describeIssues(checked.error)}`);
  return { dataset, skipped };
}
