import { describe, expect, it } from 'vitest';
import {
  articleCounts,
  countryCounts,
  countryName,
  countryOptions,
  valueOptions,
  withCurrent,
} from '../../../src/components/filters/filter-options.ts';
import { eventsOfArticle } from '../../../src/components/detail/article-events.ts';
import { indexDataset } from '../../../src/lib/dataset-index.ts';
import type { Dataset, NewsEvent } from '../../../src/lib/schema.ts';

const ev = (id: string, article: string, day: string, places: string[]): NewsEvent => ({
  id, article, text: `${id}。`, start: day, end: day, precision: 'day', times: [], mentions: [], places,
});

const dataset: Dataset = {
  version: 1,
  articles: [
    { id: 'a-1', file: '1.md', title: 'A', source: '半岛网', published: '2022-04-05T00:00:00Z', categories: ['新闻', '国际'] },
    { id: 'a-2', file: '2.md', title: 'B', source: '新华社', published: '2022-01-10T00:00:00Z', categories: ['国际'] },
  ],
  places: [
    { id: 'ukraine', name: { zh: '乌克兰', en: 'Ukraine' }, kind: 'country', lat: 49, lon: 32, country: 'UA' },
    { id: 'mariupol', name: { zh: '马里乌波尔', en: 'Mariupol' }, kind: 'city', lat: 47.1, lon: 37.5, country: 'UA' },
    { id: 'kyiv', name: { zh: '基辅', en: 'Kyiv' }, kind: 'city', lat: 50.4, lon: 30.5, country: 'UA' },
    { id: 'geneva', name: { zh: '日内瓦', en: 'Geneva' }, kind: 'city', lat: 46.2, lon: 6.1, country: 'CH' },
    { id: 'baltic', name: { zh: '波罗的海', en: 'Baltic' }, kind: 'area', lat: 57, lon: 24 },
  ],
  events: [
    // Listed in article order; e-3 happens before e-2 on the calendar.
    ev('e-1', 'a-1', '2022-04-04', ['mariupol', 'kyiv']),
    ev('e-2', 'a-1', '2022-04-05', ['ukraine', 'geneva']),
    ev('e-3', 'a-1', '2022-03-01', []),
    ev('e-4', 'a-2', '2022-01-10', ['geneva', 'baltic']),
  ],
};
const index = indexDataset(dataset);

describe('filter options', () => {
  it('counts an event once per country', () => {
    expect(Object.fromEntries(countryCounts(index.events, index.placeById))).toEqual({ UA: 2, CH: 2 });
  });
  it('counts events per source and category', () => {
    const { sources, categories } = articleCounts(index.events, index.articleById);
    expect(Object.fromEntries(sources)).toEqual({ 半岛网: 3, 新华社: 1 });
    expect(Object.fromEntries(categories)).toEqual({ 新闻: 3, 国际: 4 });
  });
  const names = [
    { code: 'UA', lang: 'zh', expected: '乌克兰', why: "the dataset's own name" },
    { code: 'UA', lang: 'en', expected: 'Ukraine', why: "the dataset's own name" },
    { code: 'CH', lang: 'en', expected: 'Switzerland', why: 'the runtime’s region names' },
    { code: 'CH', lang: 'zh', expected: '瑞士', why: 'the runtime’s region names' },
  ] as const;
  it.each(names)('$code in $lang: $expected ($why)', ({ code, lang, expected }) => {
    expect(countryName(code, lang, dataset.places)).toBe(expected);
  });
  it('orders countries by count, then name', () => {
    const opts = countryOptions(new Map([['CH', 2], ['UA', 2], ['RU', 5]]), 'en', dataset.places);
    expect(opts.map((o) => `${o.value}:${o.label}:${o.count}`)).toEqual(['RU:Russia:5', 'CH:Switzerland:2', 'UA:Ukraine:2']);
  });
  it('keeps the order of plain values and adds a missing current one', () => {
    const opts = valueOptions(index.sources, articleCounts(index.events, index.articleById).sources);
    expect(opts).toEqual([
      { value: '半岛网', label: '半岛网', count: 3 },
      { value: '新华社', label: '新华社', count: 1 },
    ]);
    expect(withCurrent(opts, '新华社')).toBe(opts);
    expect(withCurrent(opts, 'BBC').at(-1)).toEqual({ value: 'BBC', label: 'BBC', count: 0 });
    expect(withCurrent(opts, null)).toBe(opts);
  });
});

describe('eventsOfArticle', () => {
  it('lists an article’s events in the order the article tells them', () => {
    expect(eventsOfArticle(index, 'a-1').map((e) => e.event.id)).toEqual(['e-1', 'e-2', 'e-3']);
    expect(eventsOfArticle(index, 'a-2').map((e) => e.event.id)).toEqual(['e-4']);
    expect(eventsOfArticle(index, 'nope')).toEqual([]);
  });
});
