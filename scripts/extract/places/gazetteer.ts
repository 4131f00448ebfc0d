// Loads gazetteer.json, merges the country entries and a user's overrides, checks the result and
// builds the index the scanner uses. Precedence, highest first: overrides file, gazetteer.json,
// generated countries, generated region forms (X州 / X地区 / X省 of a city that names a region).
import { fileURLToPath } from 'node:url';
import { countryEntries } from './countries.ts';
import { readEntriesFile, type PlaceEntry } from './entries.ts';
import { NOT_PLACES } from './guards.ts';
import type { MatchIndex, Term } from './matcher.ts';
import { fold, type FoldTable } from './normalize.ts';
import { traditionalFolds } from './traditional.ts';
import { Trie } from './trie.ts';

export const GAZETTEER_FILE = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
export const GENERATED_FILE = fileURLToPath(new URL('./generated-places.json', import.meta.url));

/** The loaded gazetteer: places by id plus the match index. Read-only once built. */
export interface Gazetteer extends MatchIndex {
  /** Where each entry came from (a file path, or `countriesOrigin`): for messages. */
  readonly origin: ReadonlyMap<string, string>;
  /** The origin of the entries generated from the country list. */
  readonly countriesOrigin: string;
  /** The user's overrides file, when one was loaded. */
  readonly overridesFile: string | undefined;
}

export interface BuildOptions {
  overridesFile?: string;
  /** Character folds (normalize.ts); default: punctuation and widths plus traditional → simplified
   *  (traditional.ts). Pass DEFAULT_FOLDS to match simplified text only. */
  folds?: FoldTable;
}

/** Suffixes that turn a city that names a region into that region: 赫尔松州, 赫尔松地区, 赫爾松省 (Taiwan). */
const REGION_SUFFIXES = ['州', '地区', '省'];

const COUNTRIES = 'countries (i18n-iso-countries + countries-points.json)';

/** Base entries merged with countries: a curated country entry keeps its id, names and point and
 *  gains the package's names for the same ISO code. */
function mergeCountries(base: PlaceEntry[], file: string): Map<string, { entry: PlaceEntry; origin: string }> {
  const byId = new Map<string, { entry: PlaceEntry; origin: string }>();
  const countryByCode = new Map<string, PlaceEntry>();
  for (const c of countryEntries()) countryByCode.set(c.country!, c);
  for (const e of base) {
    const generated = e.kind === 'country' && e.country ? countryByCode.get(e.country) : undefined;
    if (generated) {
      countryByCode.delete(e.country!);
      byId.set(e.id, { entry: { ...e, zh: [...new Set([...e.zh, ...generated.zh])] }, origin: file });
    } else byId.set(e.id, { entry: e, origin: file });
  }
  for (const c of countryByCode.values()) {
    if (byId.has(c.id)) throw new Error(`${file}: id "${c.id}" collides with the country entry for ${c.country}`);
    byId.set(c.id, { entry: c, origin: COUNTRIES });
  }
  return byId;
}

/** Precedence of a layer: a higher layer takes a surface from a lower one. */
function rank(origin: string, overridesFile: string | undefined): number {
  if (overridesFile !== undefined && origin === overridesFile) return 3;
  if (origin === GENERATED_FILE) return 0.5; // generated towns yield to countries and curated entries
  return origin === COUNTRIES ? 1 : 2;
}

export function buildGazetteer(options: BuildOptions = {}): Gazetteer {
  const { overridesFile } = options;
  const folds = options.folds ?? traditionalFolds();
  const byId = mergeCountries(readEntriesFile(GAZETTEER_FILE), GAZETTEER_FILE);
  // Towns of Ukraine, Russia and Belarus with transliterated names (scripts/gazetteer/), lowest layer.
  for (const e of readEntriesFile(GENERATED_FILE)) if (!byId.has(e.id)) byId.set(e.id, { entry: e, origin: GENERATED_FILE });
  if (overridesFile !== undefined)
    for (const e of readEntriesFile(overridesFile)) byId.set(e.id, { entry: e, origin: overridesFile });

  const places = new Map<string, PlaceEntry>();
  const origin = new Map<string, string>();
  for (const [id, { entry, origin: from }] of byId) {
    places.set(id, entry);
    origin.set(id, from);
  }

  // Region links must point at regions that exist.
  const regionOf = new Map<string, string>();
  for (const e of places.values()) {
    if (e.oblast === undefined) continue;
    const region = places.get(e.oblast);
    if (!region) throw new Error(`${origin.get(e.id)}: "${e.id}" names region "${e.oblast}", which is not in the gazetteer`);
    regionOf.set(e.id, region.id);
  }

  // Surfaces → ids: two entries of one file may not claim one surface; a higher layer wins.
  const owner = new Map<string, { id: string; rank: number }>();
  for (const e of places.values()) {
    const from = origin.get(e.id)!;
    const r = rank(from, overridesFile);
    for (const z of e.zh) {
      const key = fold(z, folds);
      const prev = owner.get(key);
      if (prev && prev.id !== e.id && prev.rank === r)
        throw new Error(`${from}: surface "${z}" is listed by both "${prev.id}" and "${e.id}"`);
      if (!prev || prev.rank < r) owner.set(key, { id: e.id, rank: r });
    }
  }
  for (const [cityId, regionId] of regionOf)
    for (const z of places.get(cityId)!.zh)
      for (const suffix of REGION_SUFFIXES) {
        const key = fold(z + suffix, folds);
        if (!owner.has(key)) owner.set(key, { id: regionId, rank: 0 });
      }

  const trie = new Trie<Term>();
  for (const [key, { id, rank: r }] of owner) {
    const entry = places.get(id)!;
    const term: Term = { placeId: id, shortGuard: entry.shortGuard === true && key.length <= 2 };
    if (r === 0) term.generated = true;
    trie.set(key, term);
  }
  for (const name of NOT_PLACES) trie.set(fold(name, folds), { placeId: null, shortGuard: false });

  return { places, trie, regionOf, regions: new Set(regionOf.values()), folds, origin, countriesOrigin: COUNTRIES, overridesFile };
}
