import { describe, expect, it } from 'vitest';
import { download } from '../../../src/lib/download.ts';

/** A response whose body arrives in pieces of `size` bytes, cutting characters in half. */
function streamed(text: string, size: number): typeof fetch {
  const bytes = new TextEncoder().encode(text);
  return (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
    )) as unknown as typeof fetch;
}

describe('downloading the dataset text', () => {
  // 9 MB of mostly three-byte characters, in pieces that split them.
  const text = JSON.stringify({ text: '马里乌波尔 Mariupol 日内瓦 '.repeat(450_000) });

  it('gives the bytes whole, however they arrive', async () => {
    const got = await download('x.json', { maxBytes: 50e6, fetcher: streamed(text, 65_537) });
    expect(got.ok && new TextDecoder().decode(got.bytes) === text).toBe(true);
  });

  it('stops at the limit and says so', async () => {
    const got = await download('x.json', { maxBytes: 1e6, fetcher: streamed(text, 65_536) });
    expect(got).toMatchObject({ ok: false, problem: 'huge', detail: /x\.json: 1\.\d MB or more, the most a browser tab reads is 1\.0 MB/ });
  });

  it('names a failed request', async () => {
    const refused = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    expect(await download('x.json', { maxBytes: 1e6, fetcher: refused })).toEqual({ ok: false, problem: 'missing', detail: 'x.json: Failed to fetch' });
  });
});
