// Fetches, parses and validates the dataset. Every failure becomes a message a person can act on,
// never a blank page or a frozen tab: missing file, too big for a browser tab, not JSON, another
// version, or a shape that breaks the contract. Broken records among good ones are dropped and
// reported (validate-dataset.ts), so the valid part is still shown.
import { validateDataset, type Skipped } from './validate-dataset.ts';
import type { Dataset } from './schema.ts';

export type { Skipped } from './validate-dataset.ts';
export { validateDataset } from './validate-dataset.ts';

export type LoadResult =
  | { ok: true; dataset: Dataset; skipped: Skipped | null }
  | { ok: false; problem: LoadProblem; detail: string };
export type LoadProblem = 'missing' | 'unreadable' | 'huge' | 'version' | 'invalid';

/**
 * The most a tab is asked to read. 100 000 events are about 45 MB and take some 300 MB of memory
 * once parsed; past a few hundred MB of JSON a tab runs out of memory or string length and dies
 * without a word, so a bigger file is refused with a message instead.
 */
export const MAX_DATASET_BYTES = 250 * 1024 * 1024;

export interface LoadOptions {
  fetcher?: typeof fetch;
  maxBytes?: number;
  /** Bytes received so far and the total when the server says it (for a progress line). */
  onProgress?: (received: number, total: number | null) => void;
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;

function tooBig(url: string, bytes: number, max: number): LoadResult {
  return { ok: false, problem: 'huge', detail: `${url}: ${megabytes(bytes)} or more, the most a browser tab reads is ${megabytes(max)}` };
}

/** The body as text, streamed so that size is checked as it arrives and progress can be shown. */
async function readBody(response: Response, url: string, max: number, onProgress: LoadOptions['onProgress']): Promise<string | LoadResult> {
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > max) return tooBig(url, total, max);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      await reader.cancel();
      return tooBig(url, received, max);
    }
    chunks.push(value);
    onProgress?.(received, total);
  }
  // One decode of the whole: decoding chunk by chunk and joining costs several times more.
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { fetcher = fetch, maxBytes = MAX_DATASET_BYTES, onProgress } = options;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (e) {
    return { ok: false, problem: 'missing', detail: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!response.ok) return { ok: false, problem: 'missing', detail: `${url}: HTTP ${response.status}` };
  let raw: unknown;
  try {
    const text = await readBody(response, url, maxBytes, onProgress);
    if (typeof text !== 'string') return text;
    performance.mark('chronomap:fetched');
    raw = JSON.parse(text);
    performance.mark('chronomap:parsed');
  } catch (e) {
    return { ok: false, problem: 'unreadable', detail: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const result = validateDataset(raw);
  performance.mark('chronomap:validated');
  return result;
}
