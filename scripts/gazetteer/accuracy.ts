// How well the table reproduces the Chinese names media actually use: every Ukrainian, Russian and
// Belarusian town and city of the curated gazetteer (scripts/extract/places/gazetteer.json, whose
// names come from mainland media and Al Jazeera Chinese) is looked up in GeoNames, its Cyrillic
// names are read by the table, and it counts as reproduced when one reading is exactly one of the
// curated surface forms. GeoNames' own Han names are NOT used here (that would measure GeoNames,
// not the table).
import type { PlaceEntry } from '../extract/places/entries.ts';
import { chooseNames, latinKey, type GeoPlace } from './geonames.ts';
import { transliterateAll, type Lang } from './translit.ts';

export interface AccuracyRow {
  id: string;
  curated: string[];
  readings: { lang: Lang; spelling: string; zh: string[] }[];
  hit: boolean;
}

export interface Accuracy {
  /** Curated towns of UA/RU/BY found in GeoNames with a Cyrillic name to read. */
  total: number;
  hits: number;
  /** Hits by the Russian reading, by the Ukrainian reading. */
  hitsRu: number;
  hitsUk: number;
  /** Curated towns not found in cities500 or without a usable Cyrillic name. */
  missing: string[];
  rows: AccuracyRow[];
}

const TOWN_KINDS = new Set(['city', 'town', 'village']);

/** The readings of one place, by language (the generator's raw forms, before guards). */
export function readingsOf(p: GeoPlace): { lang: Lang; spelling: string; zh: string[] }[] {
  return chooseNames(p).map(({ spelling, lang }) => ({ lang, spelling, zh: transliterateAll(spelling, lang) ?? [] }));
}

/** The fields of a gazetteer entry the measure reads. */
export type KnownPlace = Pick<PlaceEntry, 'id' | 'zh' | 'en' | 'kind' | 'country' | 'geonameId'>;

export function measureAccuracy(curated: readonly KnownPlace[], places: readonly GeoPlace[]): Accuracy {
  const byId = new Map(places.map((p) => [p.geonameId, p]));
  const rows: AccuracyRow[] = [];
  const missing: string[] = [];
  let hitsRu = 0;
  let hitsUk = 0;
  for (const e of curated) {
    if (!TOWN_KINDS.has(e.kind) || !['UA', 'RU', 'BY'].includes(e.country ?? '')) continue;
    let p = e.geonameId !== undefined ? byId.get(e.geonameId) : undefined;
    if (!p) {
      // No id (or not in cities500): the most populous place of the country with that name.
      const key = latinKey(e.en);
      p = places
        .filter((q) => q.country === e.country && q.featureClass === 'P' && (latinKey(q.asciiName) === key || q.alternateNames.some((a) => latinKey(a) === key)))
        .sort((a, b) => b.population - a.population)[0];
    }
    const readings = p ? readingsOf(p).filter((r) => r.zh.length > 0) : [];
    if (readings.length === 0) {
      missing.push(e.id);
      continue;
    }
    const hitRu = readings.some((r) => r.lang === 'ru' && r.zh.some((z) => e.zh.includes(z)));
    const hitUk = readings.some((r) => r.lang === 'uk' && r.zh.some((z) => e.zh.includes(z)));
    if (hitRu) hitsRu++;
    if (hitUk) hitsUk++;
    rows.push({ id: e.id, curated: e.zh, readings, hit: hitRu || hitUk });
  }
  return { total: rows.length, hits: rows.filter((r) => r.hit).length, hitsRu, hitsUk, missing, rows };
}
