import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/dataset-index.ts';
import { filterEvents, inWindow } from '../../../src/lib/event-filter.ts';
import type { Dataset, NewsEvent } from '../../../src/lib/schema.ts';
import { NO_FILTERS } from '../../../src/state/view.ts';

const ev = (id: string, article: string, text: string, day: string, places: string[], precision: NewsEvent['precision'] = 'day'): NewsEvent => ({
  id, article, text, start: day, end: day, precision, times: [], mentions: [], places,
});

const dataset: Dataset = {
  version: 1,
  articles: [
    { id: 'a-1', file: '1.md', title: '马里乌波尔撤离', source: '半岛网', published: '2022-04-05T00:00:00Z', categories: ['新闻'] },
    { id: 'a-2', file: '2.md', title: '日内瓦会谈', source: '新华社', published: '2022-01-10T00:00:00Z', categories: ['国际'] },
  ],
  places: [
    { id: 'mariupol', name: { zh: '马里乌波尔', en: 'Mariupol' }, kind: 'city', lat: 47.1, lon: 37.5, country: 'UA' },
    { id: 'geneva', name: { zh: '日内瓦', en: 'Geneva' }, kind: 'city', lat: 46.2, lon: 6.1, country: 'CH' },
  ],
  events: [
    ev('e-1', 'a-1', '平民4日撤离。', '2022-04-04', ['mariupol']),
    ev('e-2', 'a-1', '红十字会表示。', '2022-04-05', [], 'reported'),
    ev('e-3', 'a-2', '美俄10日会谈。', '2022-01-10', ['geneva']),
  ],
};
const index = indexDataset(dataset);
const ids = (list: { event: NewsEvent }[]) => list.map((e) => e.event.id);

describe('filtering events', () => {
  const rows = [
    { name: 'no filter', f: {}, expected: ['e-3', 'e-1', 'e-2'] },
    { name: 'Chinese place name', f: { query: '马里乌波尔' }, expected: ['e-1', 'e-2'] },
    { name: 'English place name, any case', f: { query: 'mariUPOL' }, expected: ['e-1'] },
    { name: 'full-width query', f: { query: 'Ｇｅｎｅｖａ' }, expected: ['e-3'] },
    { name: 'all terms must match', f: { query: '会谈 geneva' }, expected: ['e-3'] },
    { name: 'place', f: { place: 'geneva' }, expected: ['e-3'] },
    { name: 'country', f: { country: 'UA' }, expected: ['e-1'] },
    { name: 'source', f: { source: '新华社' }, expected: ['e-3'] },
    { name: 'category', f: { category: '新闻' }, expected: ['e-1', 'e-2'] },
    { name: 'precision', f: { precisions: ['reported' as const] }, expected: ['e-2'] },
  ];
  it.each(rows)('$name', ({ f, expected }) => {
    expect(ids(filterEvents(index, { ...NO_FILTERS, ...f }))).toEqual(expected);
  });
  it('keeps events overlapping the window', () => {
    const w: [number, number] = [Date.UTC(2022, 3, 4, 12), Date.UTC(2022, 3, 5)];
    expect(ids(inWindow(index.events, w))).toEqual(['e-1']);
  });
});

describe('the window query', () => {
  // A property check against the plain definition, over many random lists and windows.
  it('returns exactly the events overlapping the window, in order', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const DAY = 86_400_000;
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(rand() * 60);
      const events = Array.from({ length: n }, (_, i) => {
        const t0 = Math.floor(rand() * 400) * DAY;
        const len = rand() < 0.2 ? Math.floor(rand() * 300 + 1) * DAY : DAY;
        return { event: { id: `e${i}` } as NewsEvent, order: 0, t0, t1: t0 + len };
      }).sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
      const w0 = Math.floor(rand() * 450) * DAY - 20 * DAY;
      const w: [number, number] = [w0, w0 + Math.floor(rand() * 100 + 1) * DAY];
      const expected = events.filter((e) => e.t1 > w[0] && e.t0 < w[1]);
      expect(inWindow(events, w)).toEqual(expected);
    }
  });
});

describe('events per place in a window', () => {
  it('counts by binary search exactly as by walking the events', async () => {
    const { placeTimes, countsInWindow, countEvents } = await import('../../../src/lib/place-counts.ts');
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const DAY = 86_400_000;
    const events = Array.from({ length: 500 }, (_, i) => {
      const t0 = Math.floor(rand() * 400) * DAY;
      const len = (rand() < 0.2 ? Math.floor(rand() * 200 + 1) : 1) * DAY;
      const places = ['a', 'b', 'c', 'd'].filter(() => rand() < 0.4);
      return { event: { id: `e${i}`, places } as unknown as NewsEvent, order: i, t0, t1: t0 + len };
    }).sort((x, y) => x.t0 - y.t0);
    const byPlace = new Map<string, typeof events>();
    for (const e of events) for (const p of e.event.places) byPlace.set(p, [...(byPlace.get(p) ?? []), e]);
    const times = placeTimes(byPlace);
    for (let round = 0; round < 100; round++) {
      const w0 = Math.floor(rand() * 420) * DAY - 10 * DAY;
      const w: [number, number] = [w0, w0 + Math.floor(rand() * 60 + 1) * DAY];
      expect(countsInWindow(times, w)).toEqual(countEvents(inWindow(events, w)));
    }
  });
});
