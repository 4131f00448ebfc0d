// The place matcher's public face: load a gazetteer once, then find the place mentions of one
// sentence at a time and look up the dataset record of each place they name. Simplified and
// traditional characters match alike (traditional.ts). For tools: explainPlaces (each mention's
// rule, each rejected span's reason) and findCandidates (place-like names the gazetteer lacks).
import type { Place, PlaceMention } from '../../../src/lib/schema.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import { scanRemembered } from './matcher.ts';

export type { Gazetteer };
export { findCandidates } from './candidates.ts';
export { explainPlaces, type PlaceExplanation, type PlaceRule } from './explain.ts';

let shared: Gazetteer | undefined;

/** Loads the project gazetteer plus countries, matching simplified and traditional characters;
 *  `overridesFile` (optional JSON array of entries in the same shape) adds or replaces places by id.
 *  Throws an Error naming the file and the problem on bad input. */
export function loadGazetteer(options: { overridesFile?: string } = {}): Gazetteer {
  // The plain gazetteer is immutable once built: build it once per process.
  if (options.overridesFile === undefined) return (shared ??= buildGazetteer());
  return buildGazetteer({ overridesFile: options.overridesFile });
}

/** Every place mention in one sentence, in order, non-overlapping, longest match first. */
export function findPlaces(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  return scanRemembered(sentence, gazetteer).found.map((m) => ({ text: sentence.slice(m.start, m.end), offset: m.start, place: m.id }));
}

/** The dataset record of a place id returned in a mention. */
export function placeRecord(gazetteer: Gazetteer, id: string): Place {
  const e = gazetteer.places.get(id);
  if (!e) throw new Error(`placeRecord: unknown place id "${id}"`);
  if (e.lat === null || e.lon === null) throw new Error(`placeRecord: place "${id}" has no coordinates`);
  const record: Place = { id: e.id, name: { zh: e.zh[0]!, en: e.en }, kind: e.kind, lat: e.lat, lon: e.lon };
  if (e.country !== undefined) record.country = e.country;
  return record;
}
