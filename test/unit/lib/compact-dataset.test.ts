import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactError, decodeCompact, encodeCompact, isCompact } from '../../../src/lib/compact-dataset.ts';
import { loadDataset, loadFirst, validateDataset } from '../../../src/lib/load-dataset.ts';
import type { Dataset } from '../../../src/lib/schema.ts';
import { generateDataset } from '../../../scripts/bench/generate-dataset.ts';

const samples = JSON.parse(readFileSync('test/fixtures/samples.golden.json', 'utf8')) as Dataset;
/** The twin as it travels: written as JSON text, read back. */
const twinOf = (d: Dataset) => JSON.parse(JSON.stringify(encodeCompact(d))) as unknown;
/** A dataset as JSON writes it: events of a twin come out whole, their lists built on the way. */
const written = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const respond = (body: string) => (async () => new Response(body, { status: 200 })) as unknown as typeof fetch;

describe('the compact twin of a dataset', () => {
  it('gives back the sample dataset exactly, and a generated one of 2 000 events', () => {
    expect(written(decodeCompact(twinOf(samples)))).toEqual(samples);
    const generated = generateDataset({ events: 2000, seed: 7 });
    expect(written(decodeCompact(twinOf(generated)))).toEqual(written(generated));
  });

  it('is much smaller than the dataset it stands for', () => {
    const generated = generateDataset({ events: 2000, seed: 7 });
    expect(JSON.stringify(encodeCompact(generated)).length).toBeLessThan(JSON.stringify(generated).length * 0.45);
  });

  it('keeps what columns cannot say as it is: odd days, texts not at their offset, unknown references', () => {
    const event = samples.events.find((e) => e.times.length > 0)!;
    const odd: Dataset = {
      ...samples,
      events: [
        {
          ...event,
          id: 'odd',
          start: '2022-02-30',
          article: 'nowhere',
          places: ['atlantis'],
          times: [{ ...event.times[0]!, text: '不在句中', rule: undefined } as Dataset['events'][number]['times'][number]],
          mentions: [{ text: '亚特兰蒂斯', offset: 0, place: 'atlantis' }],
        },
      ],
    };
    const back = decodeCompact(twinOf(odd)) as Dataset;
    expect(back.events[0]).toMatchObject({ start: '2022-02-30', article: 'nowhere', places: ['atlantis'], mentions: [{ text: '亚特兰蒂斯', place: 'atlantis' }] });
    expect(back.events[0]!.times[0]!.text).toBe('不在句中');
    expect('rule' in back.events[0]!.times[0]!).toBe(false);
    // …and the checks then report them as they would in the dataset itself.
    expect(validateDataset(back)).toEqual(validateDataset(JSON.parse(JSON.stringify(odd))));
  });

  it('is told apart from a dataset by its format field', () => {
    expect(isCompact(twinOf(samples))).toBe(true);
    expect(isCompact(samples)).toBe(false);
    expect(isCompact(null)).toBe(false);
  });

  it('refuses a twin whose columns are missing or disagree, and names the column', () => {
    const twin = twinOf(samples) as { events: Record<string, unknown[]>; version: number };
    expect(() => decodeCompact({ ...twin, version: 9 })).toThrow(CompactError);
    expect(() => decodeCompact({ ...twin, events: { ...twin.events, text: twin.events.text!.slice(1) } })).toThrow(/events\.text/);
    expect(() => decodeCompact({ ...twin, events: { ...twin.events, times: twin.events.times!.slice(6) } })).toThrow(/events\.times/);
  });

  it('leaves a broken record to the checks, which drop it and name its field', () => {
    const twin = twinOf(samples) as { events: Record<string, unknown[]> };
    const start = [...twin.events.start!];
    start[3] = 'soon';
    const precision = [...twin.events.precision!];
    precision[5] = 99;
    const r = validateDataset(decodeCompact({ ...twin, events: { ...twin.events, start, precision } }));
    expect(r).toMatchObject({ ok: true, skipped: { events: 2, reasons: [expect.stringMatching(/^events\.3\.start/), expect.stringMatching(/^events\.5\.precision/)] } });
  });

  it('loads through the same door as the dataset: same result, or a clear refusal', async () => {
    const direct = await loadDataset('events.json', { fetcher: respond(JSON.stringify(samples)) });
    const twin = await loadDataset('events.compact.json', { fetcher: respond(JSON.stringify(encodeCompact(samples))) });
    expect(written(twin)).toEqual(written(direct));
    const broken = await loadDataset('events.compact.json', { fetcher: respond(JSON.stringify({ format: 'chronomap-compact', version: 1, events: {} })) });
    expect(broken).toMatchObject({ ok: false, problem: 'invalid', detail: /events\.compact\.json: events\.id/ });
  });

  it('falls back to the dataset when the twin is missing or broken, and reports the dataset’s own problem', async () => {
    const serve = (files: Record<string, string>) =>
      (async (url: string) => (url in files ? new Response(files[url], { status: 200 }) : new Response('', { status: 404 }))) as unknown as typeof fetch;
    const direct = await loadDataset('d.json', { fetcher: serve({ 'd.json': JSON.stringify(samples) }) });
    expect(written(await loadFirst(['t.json', 'd.json'], { fetcher: serve({ 'd.json': JSON.stringify(samples) }) }))).toEqual(written(direct));
    expect(written(await loadFirst(['t.json', 'd.json'], { fetcher: serve({ 't.json': '{"format":"chronomap-compact"', 'd.json': JSON.stringify(samples) }) }))).toEqual(written(direct));
    expect(await loadFirst(['t.json', 'd.json'], { fetcher: serve({}) })).toMatchObject({ ok: false, problem: 'missing', detail: /^d\.json/ });
  });
});

describe('the twin’s events, whose date and place lists are built only when read', () => {
  const twin = twinOf(samples) as { events: Record<string, unknown[]> };
  const columns = Object.keys(twin.events);
  const odd = fc.constantFrom<unknown>(-1, 0, 1, 2, 3, 6, 2.5, -5, 1e9, 99999999, 'x', '', null, '2022-02-30', '2022-02-03', [], {});

  it('get the verdict the whole records would get, whatever a column holds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...columns), fc.nat(), odd), { minLength: 1, maxLength: 4 }), (changes) => {
        const events = Object.fromEntries(columns.map((k) => [k, [...twin.events[k]!]]));
        for (const [column, at, value] of changes) {
          const values = events[column]!;
          // Counts and lengths stay as they are: a twin whose columns disagree is refused whole.
          if (values.length === 0 || column.endsWith('Count')) continue;
          values[at % values.length] = value;
        }
        const lazy = decodeCompact({ ...twin, events }) as Dataset;
        // The same records with their lists built up front, as plain objects.
        const whole = { ...lazy, events: lazy.events.map((e) => (e as { toJSON?: () => unknown }).toJSON?.() ?? e) };
        const lazyVerdict = validateDataset(lazy);
        const wholeVerdict = validateDataset(whole);
        expect(written(lazyVerdict)).toEqual(written(wholeVerdict));
      }),
      { numRuns: 300 },
    );
  });

  it('are built once, on the first read, and then are the same lists', () => {
    const events = (decodeCompact(twinOf(samples)) as { events: { times: unknown; mentions: unknown }[] }).events;
    const event = events.find((e) => Object.getOwnPropertyDescriptor(e, 'times') === undefined)!;
    expect(event).toBeDefined();
    const times = event.times;
    expect(Object.getOwnPropertyDescriptor(event, 'times')?.value).toBe(times);
    expect(event.times).toBe(times);
  });
});
