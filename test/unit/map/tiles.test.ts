import { expect, test } from 'vitest';
import { OSM_ATTRIBUTION, OSM_TILES, readTilesPreference, writeTilesPreference } from '../../../src/components/map/tiles.ts';

function store() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

test('off by default, remembered once switched', () => {
  const s = store();
  expect(readTilesPreference(s)).toBe(false);
  writeTilesPreference(true, s);
  expect(readTilesPreference(s)).toBe(true);
  writeTilesPreference(false, s);
  expect(readTilesPreference(s)).toBe(false);
});

test('without storage (blocked or absent), off and no error', () => {
  const broken = {
    getItem: () => {
      throw new Error('denied');
    },
    setItem: () => {
      throw new Error('denied');
    },
  };
  expect(readTilesPreference(broken)).toBe(false);
  expect(() => writeTilesPreference(true, broken)).not.toThrow();
  expect(readTilesPreference(null)).toBe(false);
});

test('OpenStreetMap standard tiles, credited', () => {
  expect(OSM_TILES).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  expect(OSM_ATTRIBUTION).toContain('OpenStreetMap');
});
