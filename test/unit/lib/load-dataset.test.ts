import { describe, expect, it } from 'vitest';
import { loadDataset, validateDataset } from '../../../src/lib/load-dataset.ts';

const valid = {
  version: 1,
  articles: [{ id: 'a-1', file: 'x.md', title: 'T', source: 'S', published: '2022-04-05T09:59:09Z', categories: [] }],
  places: [{ id: 'kyiv', name: { zh: '基辅', en: 'Kyiv' }, kind: 'city', lat: 50.45, lon: 30.52, country: 'UA' }],
  events: [
    {
      id: 'e-1-001', article: 'a-1', text: '基辅4日。', start: '2022-04-04', end: '2022-04-04', precision: 'day',
      times: [{ text: '4日', offset: 2, start: '2022-04-04', end: '2022-04-04', precision: 'day' }],
      mentions: [{ text: '基辅', offset: 0, place: 'kyiv' }], places: ['kyiv'],
    },
  ],
};

const respond = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loading the dataset in the app', () => {
  it('accepts a valid dataset', async () => {
    const r = await loadDataset('x.json', respond(200, JSON.stringify(valid)));
    expect(r.ok).toBe(true);
  });
  it('names each kind of problem', async () => {
    expect(await loadDataset('x.json', respond(404, ''))).toMatchObject({ ok: false, problem: 'missing' });
    expect(await loadDataset('x.json', respond(200, '{"version":1,'))).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(validateDataset({ ...valid, version: 2 })).toMatchObject({ ok: false, problem: 'version' });
    expect(validateDataset({ ...valid, events: [{ ...valid.events[0], start: '4 April' }] })).toMatchObject({
      ok: false,
      problem: 'invalid',
      detail: expect.stringMatching(/events\.0\.start/),
    });
  });
  it('refuses dangling references and reversed intervals', () => {
    const dangling = { ...valid, events: [{ ...valid.events[0], places: ['atlantis'] }] };
    expect(validateDataset(dangling)).toMatchObject({ ok: false, detail: expect.stringMatching(/unknown place atlantis/) });
    const reversed = { ...valid, events: [{ ...valid.events[0], start: '2022-04-05', end: '2022-04-04' }] };
    expect(validateDataset(reversed)).toMatchObject({ ok: false, detail: expect.stringMatching(/end before start/) });
  });
});
