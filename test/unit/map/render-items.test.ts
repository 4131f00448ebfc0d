import { describe, expect, test } from 'vitest';
import { buildItems, clusterLabel, names, placeItem, placeLabel } from '../../../src/components/map/render-items.ts';
import type { Place } from '../../../src/lib/schema.ts';

const mariupol: Place = { id: 'mariupol', kind: 'city', name: { zh: '马里乌波尔', en: 'Mariupol' }, lat: 47.1, lon: 37.54, country: 'UA' };
const donbas: Place = { id: 'donbas', kind: 'area', name: { zh: '顿巴斯', en: 'Donbas' }, lat: 48.3, lon: 38.3 };
const sea: Place = { id: 'black-sea', kind: 'sea', name: { zh: '黑海', en: 'Black Sea' }, lat: 43, lon: 34 };
const same: Place = { id: 'x', kind: 'city', name: { zh: 'NATO', en: 'NATO' }, lat: 0, lon: 0 };
const anchorage: Place = { id: 'anchorage', kind: 'city', name: { zh: '安克雷奇', en: 'Anchorage' }, lat: 61.2, lon: -149.9 };
const byId = new Map([mariupol, donbas, sea, same, anchorage].map((p) => [p.id, p]));
const ctx = { lang: 'en' as const, selectedPlace: null, centerLon: 30, labels: 2 };

describe('bilingual names and labels', () => {
  test.each([
    ['zh', mariupol, { main: '马里乌波尔', alt: 'Mariupol' }],
    ['en', mariupol, { main: 'Mariupol', alt: '马里乌波尔' }],
    ['en', same, { main: 'NATO', alt: '' }],
  ] as const)('names(%s)', (lang, place, out) => expect(names(place, lang)).toEqual(out));

  test.each([
    ['en', mariupol, 'point', 1, 'Mariupol 马里乌波尔 · 1 event'],
    ['en', donbas, 'area', 3, 'Donbas 顿巴斯, region · 3 events'],
    ['en', same, 'point', 2, 'NATO · 2 events'],
    ['zh', mariupol, 'point', 12, '马里乌波尔 Mariupol · 12 个事件'],
    ['zh', sea, 'water', 2, '黑海 Black Sea，水域 · 2 个事件'],
  ] as const)('placeLabel %s %s', (lang, place, shape, n, out) => expect(placeLabel(place, shape, n, lang)).toBe(out));

  test.each([
    ['en', 'Group of 4 places · 120 events — press to zoom in'],
    ['zh', '地点群：4 个地点 · 120 个事件 — 按下可放大'],
  ] as const)('clusterLabel %s', (lang, out) => expect(clusterLabel(4, 120, lang)).toBe(out));
});

describe('placeItem', () => {
  test('a town: a dot sized by its count, keyed by its id', () => {
    expect(placeItem({ place: mariupol, count: 5 }, 'point', ctx)).toMatchObject({
      key: 'p:mariupol',
      size: 22,
      classes: 'place-marker kind-point',
      place: 'mariupol',
      cluster: null,
      text: '',
    });
  });
  test('the selected place is marked and drawn on top', () => {
    const item = placeItem({ place: mariupol, count: 5 }, 'point', { ...ctx, selectedPlace: 'mariupol' });
    expect(item.classes).toContain('is-selected');
    expect(item.z).toBeGreaterThan(placeItem({ place: mariupol, count: 5 }, 'point', ctx).z);
  });
  test('regions are stacked under towns', () => {
    expect(placeItem({ place: donbas, count: 5 }, 'area', ctx).z).toBeLessThan(placeItem({ place: mariupol, count: 1 }, 'point', ctx).z);
  });
  test('a place is drawn on the world copy nearest the centre', () => {
    expect(placeItem({ place: anchorage, count: 1 }, 'point', { ...ctx, centerLon: 170 }).lon).toBeCloseTo(210.1);
    expect(placeItem({ place: anchorage, count: 1 }, 'point', ctx).lon).toBeCloseTo(-149.9);
  });
});

describe('buildItems', () => {
  const items = buildItems(
    {
      hits: [
        { cluster: false, place: 'mariupol', count: 9, lat: mariupol.lat, lon: mariupol.lon },
        { cluster: true, id: 33, count: 40, places: 5, lat: 55, lon: 37 },
        { cluster: false, place: 'gone', count: 3, lat: 0, lon: 0 },
      ],
      areas: [{ place: donbas, count: 4 }],
      water: [{ place: sea, count: 1 }],
      countries: [],
      placeById: byId,
    },
    ctx,
  );

  test('regions first, then waters, then clusters and towns; unknown places are skipped', () => {
    expect(items.map((i) => i.key)).toEqual(['p:donbas', 'p:black-sea', 'p:mariupol', 'c:33']);
  });
  test('a cluster shows its summed count', () => {
    expect(items.find((i) => i.key === 'c:33')).toMatchObject({ text: '40', classes: 'place-cluster', cluster: 33, place: null });
  });
  test('the largest places (not clusters) get a permanent bilingual label', () => {
    const labelled = items.filter((i) => i.caption).map((i) => [i.key, i.caption]);
    expect(labelled).toEqual([
      ['p:donbas', { main: 'Donbas', alt: '顿巴斯' }],
      ['p:mariupol', { main: 'Mariupol', alt: '马里乌波尔' }],
    ]);
    expect(items.find((i) => i.key === 'p:mariupol')!.classes).toContain('is-labelled');
  });
});
