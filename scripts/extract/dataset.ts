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
  bytes: Uint8Array;
}
export interface Skipped {
  file: string;
  reason: string;
}
export interface BuildResult {
  dataset: Dataset;
  skipped: Skipped[];
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

export function buildDataset(files: ArticleFile[], gazetteer: Gazetteer): BuildResult {
  const skipped: Skipped[] = [];
  const articles: Article[] = [];
  const events: NewsEvent[] = [];
  const taken = new Set<string>();
  const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  for (const { file, bytes } of ordered) {
    let parsed;
    try {
      parsed = parseArticle(decodeText(bytes));
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      skipped.push({ file, reason: e.message });
      continue;
    }
    const id = articleId(file, taken);
    articles.push({ id, file, ...parsed.meta });
    events.push(...articleEvents(id, parsed, gazetteer));
  }

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
