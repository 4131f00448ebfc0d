// The fast checks must give zod's verdict on every record, or the app would let through what the
// contract forbids (or drop what it allows). Valid records are mutated at random — a key removed or
// set to an arbitrary JSON value, at any depth — and both verdicts compared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArticle, isEvent, isPlace } from '../../../src/lib/record-checks.ts';
import { articleSchema, newsEventSchema, placeSchema } from '../../../src/lib/schema.ts';
import type { z } from 'zod';

const article = { id: 'a-1', file: 'x.md', title: 'T', source: 'S', published: '2022-04-05T09:59:09.5Z', categories: ['新闻'], image: 'https://x/y.jpg', url: 'https://x/' };
const place = { id: 'kyiv', name: { zh: '基辅', en: 'Kyiv' }, kind: 'city', lat: 50.45, lon: 30.52, country: 'UA' };
const event = {
  id: 'e-1', article: 'a-1', text: '基辅4日。', start: '2022-04-04', end: '2022-04-04', precision: 'day',
  times: [{ text: '4日', offset: 2, start: '2022-04-04', end: '2022-04-04', precision: 'day', rule: 'bare-day' }],
  mentions: [{ text: '基辅', offset: 0, place: 'kyiv' }], places: ['kyiv'],
};

type Path = (string | number)[];
function paths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

function mutate(record: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

// Values near the edges the schema draws: empty strings, days and non-days, offsets, coordinates.
const edgy = fc.oneof(
  fc.constantFrom('', 'x', '2022-04-04', '2022-4-4', '2022-04-04T00:00:00Z', 'UA', 'UKR', 'day', 'reported', 'epoch', -1, 0, 1.5, 90, 90.01, -180, 181, 2 ** 53, null, [], {}, true),
  fc.jsonValue(),
);

function agree(schema: z.ZodType, check: (v: unknown) => boolean, base: unknown) {
  const all = paths(base);
  fc.assert(
    fc.property(fc.constantFrom(...all), edgy, fc.boolean(), (path, value, remove) => {
      const candidate = mutate(base, path, value, remove);
      expect(check(candidate)).toBe(schema.safeParse(candidate).success);
    }),
    { numRuns: 3000, seed: 7 },
  );
}

describe('fast record checks agree with the contract schema', () => {
  it('accepts the valid records', () => {
    expect([isArticle(article), isPlace(place), isEvent(event)]).toEqual([true, true, true]);
  });
  it('articles', () => agree(articleSchema, isArticle, article));
  it('places', () => agree(placeSchema, isPlace, place));
  it('events', () => agree(newsEventSchema, isEvent, event));
});
