// Gets the dataset's bytes: streamed, so the size is checked as they arrive (a file too big for a
// tab is refused before it kills the tab) and progress can be shown. The caller decodes them once:
// decoding piece by piece as they arrive and joining the pieces measured slower in Chromium.

export type Downloaded =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'missing' | 'huge'; detail: string };

export interface DownloadOptions {
  maxBytes: number;
  /** Bytes received so far and the total when the server says it (for a progress line). */
  onProgress?: (received: number, total: number | null) => void;
  fetcher?: typeof fetch;
}

/**
 * The most a tab is asked to read. 100 000 events are about 45 MB and take some 150 MB of memory
 * once parsed; past a few hundred MB of JSON a tab runs out of memory or string length and dies
 * without a word, so a bigger file is refused with a message instead.
 */
export const MAX_DATASET_BYTES = 250 * 1024 * 1024;

const MB = 1048576;

export const megabytes = (n: number): string => `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;

function tooBig(url: string, bytes: number, max: number): Downloaded {
  return { ok: false, problem: 'huge', detail: `${url}: ${megabytes(bytes)} or more, the most a browser tab reads is ${megabytes(max)}` };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

async function readBytes(response: Response, url: string, options: DownloadOptions): Promise<Downloaded> {
  const { maxBytes: max, onProgress } = options;
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > max) {
    await response.body?.cancel();
    return tooBig(url, total, max);
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
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
  return { ok: true, bytes: concat(chunks, received) };
}

export async function download(url: string, options: DownloadOptions): Promise<Downloaded> {
  const { fetcher = fetch } = options;
  try {
    const response = await fetcher(url);
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, problem: 'missing', detail: `${url}: HTTP ${response.status}` };
    }
    return await readBytes(response, url, options);
  } catch (e) {
    return { ok: false, problem: 'missing', detail: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
