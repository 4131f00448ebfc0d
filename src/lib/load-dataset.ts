// Fetches, parses and validates the dataset. Every failure becomes a message a person can act on,
// never a blank page or a frozen tab: missing file, too big for a browser tab, not JSON, another
// version, or a shape that breaks the contract. Broken records among good ones are dropped and
// reported (validate-dataset.ts), so the valid part is still shown.
import { download, MAX_DATASET_BYTES, type DownloadOptions } from './download.ts';
import { CompactError, decodeCompact, isCompact } from './compact-dataset.ts';
import { validateDataset, type Skipped } from './validate-dataset.ts';
import type { Dataset } from './schema.ts';

export type { Skipped } from './validate-dataset.ts';
export { validateDataset } from './validate-dataset.ts';

export type LoadResult =
  | { ok: true; dataset: Dataset; skipped: Skipped | null }
  | { ok: false; problem: LoadProblem; detail: string };
export type LoadProblem = 'missing' | 'unreadable' | 'huge' | 'version' | 'invalid';

export { MAX_DATASET_BYTES } from './download.ts';

export type LoadOptions = Partial<DownloadOptions>;

export async function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const got = await download(url, { ...options, maxBytes: options.maxBytes ?? MAX_DATASET_BYTES });
  if (!got.ok) return got;
  performance.mark('chronomap:downloaded');
  let raw: unknown;
  try {
    // One decode of the whole: decoding piece by piece and joining measured slower.
    const text = new TextDecoder().decode(got.bytes);
    performance.mark('chronomap:decoded');
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: 'unreadable', detail: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (isCompact(raw)) {
    try {
      raw = decodeCompact(raw);
    } catch (e) {
      if (!(e instanceof CompactError)) throw e;
      return { ok: false, problem: 'invalid', detail: `${url}: ${e.message}` };
    }
  }
  performance.mark('chronomap:parsed');
  const result = validateDataset(raw);
  performance.mark('chronomap:validated');
  return result;
}

/**
 * The first of `urls` that gives a dataset (a compact twin, then the dataset itself). When none
 * does, the last one's problem is the one reported: the twin is an optimisation, the dataset the truth.
 */
export async function loadFirst(urls: string[], options: LoadOptions = {}): Promise<LoadResult> {
  let result: LoadResult = { ok: false, problem: 'missing', detail: 'no dataset named' };
  for (const url of urls) {
    result = await loadDataset(url, options);
    if (result.ok) return result;
  }
  return result;
}
