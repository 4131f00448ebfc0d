import { describe, expect, test } from 'vitest';
import type { Counted } from '../../../src/components/map/cluster-input.ts';
import { PlaceClusters, type Bbox, type Hit } from '../../../src/components/map/place-clusters.ts';
import type { Place } from '../../../src/lib/schema.ts';

const place = (id: string, lat: number, lon: number): Place => ({ id, kind: 'city', name: { zh: id, en: id }, lat, lon });

// Two tight groups (around Kyiv and around Moscow) and one town far away.
const places = [
  place('a1', 50.45, 30.52),
  place('a2', 50.5, 30.6),
  place('a3', 50.4, 30.4),
  place('b1', 55.75, 37.62),
  place('b2', 55.8, 37.5),
  place('lone', 41.9, 12.5),
];
const byId = new Map(places.map((p) => [p.id, p]));
const counted = (counts: Record<string, number>): Counted[] => Object.entries(counts).map(([id, count]) => ({ place: byId.get(id)!, count }));
const all = counted({ a1: 3, a2: 4, a3: 5, b1: 10, b2: 1, lone: 7 });
const WORLD: Bbox = [-180, -85, 180, 85];
const clusters = (hits: Hit[]) => hits.filter((h): h is Extract<Hit, { cluster: true }> => h.cluster);
const spots = (hits: Hit[]) => hits.flatMap((h) => (h.cluster ? [] : [h.place])).sort();

describe('PlaceClusters', () => {
  const pc = new PlaceClusters(places, 48, 11);

  test('at a low zoom, close towns merge and a cluster carries the summed count', () => {
    const hits = pc.hits(all, WORLD, 4);
    expect(clusters(hits).map((c) => [c.places, c.count]).sort()).toEqual([
      [2, 11],
      [3, 12],
    ]);
    expect(spots(hits)).toEqual(['lone']);
    // Nothing is lost: the events add up.
    expect(hits.reduce((s, h) => s + h.count, 0)).toBe(30);
  });

  test('the index is built once; a new window only sums new counts into it', () => {
    const ms = pc.buildMs;
    const hits = pc.hits(counted({ a1: 1, a3: 2, b1: 5 }), WORLD, 4);
    expect(pc.buildMs).toBe(ms);
    expect(clusters(hits).map((c) => [c.places, c.count])).toEqual([[2, 3]]);
    // A cluster with a single town that has events is drawn as that town, where it is.
    expect(hits.find((h) => !h.cluster)).toEqual({ cluster: false, place: 'b1', count: 5, lat: 55.75, lon: 37.62 });
  });

  test('towns without events in the window are not drawn', () => {
    expect(pc.hits(counted({ lone: 2 }), WORLD, 4)).toEqual([{ cluster: false, place: 'lone', count: 2, lat: 41.9, lon: 12.5 }]);
    expect(pc.hits([], WORLD, 4)).toEqual([]);
  });

  test('past the last clustering zoom, every town stands alone', () => {
    expect(spots(pc.hits(all, WORLD, 12))).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'lone']);
  });

  test('only what is in the box comes back', () => {
    expect(spots(pc.hits(all, [10, 35, 20, 45], 4))).toEqual(['lone']);
    expect(clusters(pc.hits(all, [29, 49, 32, 52], 4))).toHaveLength(1);
  });

  test('a cluster falls apart at its expansion zoom', () => {
    const kyiv = clusters(pc.hits(all, WORLD, 4)).find((c) => c.places === 3)!;
    const z = pc.expansionZoom(kyiv.id);
    expect(z).toBeGreaterThan(4);
    expect(pc.hits(all, [29, 49, 32, 52], z).length).toBeGreaterThan(1);
  });

  test('ownerOf finds the cluster that holds a town', () => {
    const moscow = clusters(pc.hits(all, WORLD, 4)).find((c) => c.places === 2)!;
    expect(pc.ownerOf('b2', 4)).toBe(moscow.id);
    expect(pc.ownerOf('lone', 4)).toBeNull();
    expect(pc.ownerOf('b2', 12)).toBeNull();
    expect(pc.ownerOf('unknown', 4)).toBeNull();
  });
});

test('3 000 places: a window change sums counts in a few milliseconds, without rebuilding', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const many = Array.from({ length: 3000 }, (_, i) => place(`p${i}`, 35 + 25 * rnd(), -10 + 60 * rnd()));
  const pc = new PlaceClusters(many);
  const window = (k: number) => many.filter((_, i) => (i + k) % 3 !== 0).map((p, i) => ({ place: p, count: 1 + ((i * 7 + k) % 50) }));
  pc.hits(window(0), WORLD, 4); // builds the index and the zoom's owners once
  const windows = Array.from({ length: 20 }, (_, k) => window(k + 1));
  const t0 = performance.now();
  for (const w of windows) pc.hits(w, WORLD, 4);
  const ms = (performance.now() - t0) / windows.length;
  // Well under the 50 ms a brush move may take to reach the map, even on a busy machine.
  expect(ms).toBeLessThan(20);
  const w = window(5);
  const hits = pc.hits(w, WORLD, 4);
  expect(hits.length).toBeLessThan(400);
  expect(hits.reduce((s, h) => s + h.count, 0)).toBe(w.reduce((s, c) => s + c.count, 0));
});
