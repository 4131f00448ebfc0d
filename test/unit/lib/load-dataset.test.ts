import { describe, expect, it } from 'vitest';
import { loadDataset, validateDataset } from '../../../src/lib/load-dataset.ts';
import { datasetSchema } from '../../../src/lib/schema.ts';

const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id, article: 'a-1', text: '基辅4日。', start: '2022-04-04', end: '2022-04-04', precision: 'day',
  times: [{ text: '4日', offset: 2, start: '2022-04-04', end: '2022-04-04', precision: 'day' }],
  mentions: [{ text: '基辅', offset: 0, place: 'kyiv' }], places: ['kyiv'], ...extra,
});
const valid = {
  version: 1,
  articles: [{ id: 'a-1', file: 'x.md', title: 'T', source: 'S', published: '2022-04-05T09:59:09Z', categories: [] }],
  places: [{ id: 'kyiv', name: { zh: '基辅', en: 'Kyiv' }, kind: 'city', lat: 50.45, lon: 30.52, country: 'UA' }],
  events: [event('e-1-001'), event('e-1-002')],
};

const respond = (status: number, body: string, headers: Record<string, string> = {}) =>
  (async () => new Response(body, { status, headers })) as unknown as typeof fetch;

describe('loading the dataset in the app', () => {
  it('accepts a valid dataset whole, as the schema reads it', async () => {
    const r = await loadDataset('x.json', { fetcher: respond(200, JSON.stringify(valid)) });
    expect(r).toEqual({ ok: true, dataset: datasetSchema.parse(valid), skipped: null });
  });

  it('names each kind of problem that leaves nothing to show', async () => {
    expect(await loadDataset('x.json', { fetcher: respond(404, '') })).toMatchObject({ ok: false, problem: 'missing' });
    expect(await loadDataset('x.json', { fetcher: respond(200, '{"version":1,') })).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(validateDataset({ ...valid, version: 2 })).toMatchObject({ ok: false, problem: 'version' });
    expect(validateDataset([1, 2])).toMatchObject({ ok: false, problem: 'invalid' });
    expect(validateDataset({ ...valid, articles: 'nope' })).toMatchObject({ ok: false, problem: 'invalid', detail: /articles/ });
    expect(validateDataset({ ...valid, events: [event('e', { start: '4 April' })] })).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringMatching(/events\.0\.start/),
    });
  });

  it('refuses a file bigger than a tab can read, by its declared size or as it streams', async () => {
    const body = JSON.stringify(valid);
    const declared = await loadDataset('big.json', { fetcher: respond(200, body, { 'content-length': String(5e9) }) });
    expect(declared).toMatchObject({ ok: false, problem: 'huge', detail: /big\.json/ });
    const streamed = await loadDataset('big.json', { fetcher: respond(200, body), maxBytes: 100 });
    expect(streamed).toMatchObject({ ok: false, problem: 'huge' });
    expect(await loadDataset('ok.json', { fetcher: respond(200, body), maxBytes: new TextEncoder().encode(body).length })).toMatchObject({ ok: true });
  });

  it('reports progress as the file arrives', async () => {
    const seen: number[] = [];
    await loadDataset('x.json', { fetcher: respond(200, JSON.stringify(valid)), onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(new TextEncoder().encode(JSON.stringify(valid)).length);
  });
});

describe('keeping the valid part of a broken dataset', () => {
  it('drops broken events, says how many and why, and keeps the rest', () => {
    const r = validateDataset({ ...valid, events: [event('good'), event('bad', { start: '4 April' }), event('also-good')] });
    expect(r).toMatchObject({ ok: true, skipped: { events: 1, articles: 0, places: 0, reasons: [expect.stringMatching(/events\.1\.start: expected a YYYY-MM-DD day/)] } });
    if (r.ok) expect(r.dataset.events.map((e) => e.id)).toEqual(['good', 'also-good']);
  });

  it('drops dangling references, reversed intervals and repeated ids', () => {
    const r = validateDataset({
      ...valid,
      events: [event('e1', { places: ['atlantis'] }), event('e2', { start: '2022-04-05' }), event('e3'), event('e3'), event('e4', { article: 'nowhere' })],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.events.map((e) => e.id)).toEqual(['e3']);
    expect(r.skipped).toMatchObject({ events: 4 });
    expect(r.skipped!.reasons).toEqual([
      'events.0.places: unknown place atlantis',
      'events.1.end: end before start',
      'events.3.id: repeats e3',
    ]);
  });

  it('drops a broken place and the events that stand on it, and a broken article likewise', () => {
    const r = validateDataset({
      ...valid,
      articles: [...valid.articles, { id: 'a-2', file: 'y.md', title: 'T', source: 'S', published: 'yesterday', categories: [] }],
      places: [...valid.places, { id: 'mars', name: { zh: '火星', en: 'Mars' }, kind: 'city', lat: 123, lon: 0 }],
      events: [event('e1'), event('e2', { places: ['mars'] }), event('e3', { article: 'a-2' })],
    });
    expect(r).toMatchObject({ ok: true, skipped: { articles: 1, places: 1, events: 2 } });
    if (r.ok) expect(r.dataset.events.map((e) => e.id)).toEqual(['e1']);
  });

  it('drops sentences and titles out of all proportion, which would freeze the page', () => {
    const r = validateDataset({
      ...valid,
      articles: [...valid.articles, { ...valid.articles[0], id: 'a-long', title: 'x'.repeat(5_000) }],
      events: [event('e1'), event('e2', { text: '长'.repeat(1_000_000) }), event('e3', { article: 'a-long' })],
    });
    expect(r).toMatchObject({ ok: true, skipped: { articles: 1, events: 2 } });
    expect(r.ok && r.skipped!.reasons).toEqual([
      'articles.1.title: 5000 characters, more than a title (2000)',
      'events.1.text: 1000000 characters, more than a sentence (10000)',
      'events.2.article: unknown article a-long',
    ]);
  });

  it('fails with the reasons when no event survives', () => {
    expect(validateDataset({ ...valid, events: [null, 7, 'x'] })).toMatchObject({ ok: false, problem: 'invalid', detail: /no usable event \(3 broken\)/ });
  });

  it('keeps an empty dataset empty rather than broken', () => {
    expect(validateDataset({ ...valid, events: [] })).toMatchObject({ ok: true, skipped: null });
  });
});
