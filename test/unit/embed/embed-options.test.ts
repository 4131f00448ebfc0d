import { describe, expect, it } from 'vitest';
import { datasetUrls, embedFromParams, normalOrigin, safeDataPath, PANELS } from '../../../src/state/embed-options.ts';
import { embedToParams } from '../../../src/embed/embed-params.ts';

const parse = (q: string) => embedFromParams(new URLSearchParams(q));

describe('safeDataPath', () => {
  it.each([
    ['data/events.json', 'data/events.json'],
    ['data/events.3fa2c1d0ab.json', 'data/events.3fa2c1d0ab.json'],
    ['https://evil.example/data/x.json', null],
    ['//evil.example/data/x.json', null],
    ['/data/events.json', null],
    ['data/../secret.json', null],
    ['data/sub/events.json', null],
    ['data/events.js', null],
    ['data/..json', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(safeDataPath(input)).toBe(expected);
  });
});

describe('normalOrigin', () => {
  it.each([
    ['https://a.example', 'https://a.example'],
    ['https://a.example/', 'https://a.example'],
    ['http://127.0.0.1:4187', 'http://127.0.0.1:4187'],
    ['https://a.example/path', null],
    ['javascript:alert(1)', null],
    ['*', null],
    ['a.example', null],
  ])('%s → %s', (input, expected) => {
    expect(normalOrigin(input)).toBe(expected);
  });
});

describe('embedFromParams', () => {
  it.each([
    { name: 'defaults', q: '', expected: { embed: false, panels: [...PANELS], lock: false, origins: [], data: null, height: null } },
    { name: 'embed with a subset, in app order', q: 'embed=1&panels=list,timeline,bogus', expected: { embed: true, panels: ['timeline', 'list'] } },
    { name: 'no valid panel keeps all', q: 'embed=1&panels=nope', expected: { panels: [...PANELS] } },
    { name: 'lock only with 1', q: 'lock=true', expected: { lock: false } },
    { name: 'lock', q: 'lock=1', expected: { lock: true } },
    { name: 'origins filtered', q: 'origins=https://a.example,*,http://localhost:8080', expected: { origins: ['https://a.example', 'http://localhost:8080'] } },
    { name: 'remote data refused', q: 'data=https://x.example/data/e.json', expected: { data: null } },
    { name: 'height in range', q: 'height=400', expected: { height: 400 } },
    { name: 'height out of range', q: 'height=5', expected: { height: null } },
    { name: 'height not a number', q: 'height=abc', expected: { height: null } },
  ])('$name', ({ q, expected }) => {
    expect(parse(q)).toMatchObject(expected);
  });

  it('round-trips through embedToParams', () => {
    const options = parse('embed=1&panels=map,detail&lock=1&origins=https://a.example&data=data/events.abc.json&height=300');
    expect(embedFromParams(embedToParams(options))).toEqual(options);
  });

  it('writes only what differs from the defaults', () => {
    expect(embedToParams(parse('embed=1')).toString()).toBe('embed=1');
  });
});

describe('datasetUrls', () => {
  const files = { pinned: 'data/events.3fa2c1d0ab.json', twin: 'data/events.3fa2c1d0ab.compact.json' };
  it('reads the site’s own dataset, or the pinned one, after the twin this build wrote', () => {
    expect(datasetUrls({ data: null }, files)).toEqual(['./data/events.3fa2c1d0ab.compact.json', './data/events.json']);
    expect(datasetUrls({ data: 'data/events.3fa2c1d0ab.json' }, files)).toEqual(['./data/events.3fa2c1d0ab.compact.json', './data/events.3fa2c1d0ab.json']);
  });
  it('reads any other file alone, and everything alone in development', () => {
    expect(datasetUrls({ data: 'data/events.0000000000.json' }, files)).toEqual(['./data/events.0000000000.json']);
    expect(datasetUrls({ data: 'data/bench-100000.compact.json' }, files)).toEqual(['./data/bench-100000.compact.json']);
    expect(datasetUrls({ data: null }, { pinned: null, twin: null })).toEqual(['./data/events.json']);
  });
});
