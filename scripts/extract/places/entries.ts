// The shape of a gazetteer entry (gazetteer.json, a user's overrides file, and the generated country
// entries) and its validation. Validation runs on every load, so a hand edit that breaks the file
// fails loudly with the file, the entry and the field named, not with a wrong map later.
import { readFileSync } from 'node:fs';

/** Kinds an entry may have (the dataset's `kind`; the map draws each kind its own way). */
export const PLACE_KINDS = [
  'city', 'town', 'village', 'region', 'country', 'sea', 'area', 'landmark', 'continent', 'strait', 'island', 'river',
  'historical-country',
] as const;

export interface PlaceEntry {
  /** Stable slug of the English name ('mariupol', 'kyiv-oblast'): the dataset's place id. */
  id: string;
  /** Accepted Chinese surface forms; the first is the display name. */
  zh: string[];
  en: string;
  kind: string;
  /** WGS84; both null when the entry is recognised in text but never placed (consumed, no mention). */
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2, where it applies. */
  country?: string;
  /** Id of the region named after this city: X州, X地区, X、Y等地区 resolve to it. */
  oblast?: string;
  /** Two-character surfaces of this entry also occur inside transliterated names: guard them. */
  shortGuard?: boolean;
  coordConfidence?: string;
  /** Where the point comes from (credit, e.g. GeoNames CC BY 4.0). */
  source?: string;
  geonameId?: number;
  note?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_KEYS = new Set([
  'id', 'zh', 'en', 'kind', 'lat', 'lon', 'country', 'oblast', 'shortGuard', 'coordConfidence', 'source', 'geonameId', 'note',
]);

/** The id for an English name: 'Kyiv Oblast' → 'kyiv-oblast', "Donetsk People's Republic" → 'donetsk-peoples-republic'. */
export function slugify(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks one raw entry; returns it typed or throws naming `where` and the field. */
function parseEntry(raw: unknown, where: string): PlaceEntry {
  if (!isRecord(raw)) throw new Error(`${where}: expected an object`);
  const fail = (msg: string): never => {
    throw new Error(`${where}${typeof raw.id === 'string' ? ` (id "${raw.id}")` : ''}: ${msg}`);
  };
  for (const key of Object.keys(raw)) if (!KNOWN_KEYS.has(key)) fail(`unknown field "${key}"`);
  const { id, zh, en, kind, lat, lon, country, oblast, shortGuard, coordConfidence, source, geonameId, note } = raw;
  if (typeof id !== 'string' || !SLUG.test(id)) fail('"id" must be a lower-case slug like "kyiv-oblast"');
  if (!Array.isArray(zh) || zh.length === 0) fail('"zh" must be a non-empty array of Chinese surface forms');
  const surfaces = zh as unknown[];
  if (surfaces.some((z) => typeof z !== 'string' || z.trim() === '' || z !== z.trim()))
    fail('"zh" entries must be non-empty strings without surrounding spaces');
  if (typeof en !== 'string' || en.trim() === '') fail('"en" must be a non-empty string');
  if (typeof kind !== 'string' || kind === '') fail('"kind" must be a string');
  const placed = lat !== null && lat !== undefined;
  if (placed) {
    if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) fail('"lat" must be a number in -90..90 or null');
    if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) fail('"lon" must be a number in -180..180');
  } else if (lon !== null && lon !== undefined) fail('"lat" and "lon" must both be numbers or both null');
  if (!(PLACE_KINDS as readonly string[]).includes(kind as string)) fail(`"kind" must be one of ${PLACE_KINDS.join(', ')}`);
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)))
    fail('"country" must be an ISO 3166-1 alpha-2 code like "UA"');
  if (oblast !== undefined && (typeof oblast !== 'string' || !SLUG.test(oblast))) fail('"oblast" must be a place id');
  if (shortGuard !== undefined && typeof shortGuard !== 'boolean') fail('"shortGuard" must be true or false');
  for (const [name, v] of [['coordConfidence', coordConfidence], ['source', source], ['note', note]] as const)
    if (v !== undefined && typeof v !== 'string') fail(`"${name}" must be a string`);
  if (geonameId !== undefined && (typeof geonameId !== 'number' || !Number.isInteger(geonameId))) fail('"geonameId" must be an integer');

  const entry: PlaceEntry = {
    id: id as string,
    zh: [...new Set(surfaces as string[])],
    en: en as string,
    kind: kind as string,
    lat: placed ? (lat as number) : null,
    lon: placed ? (lon as number) : null,
  };
  if (country !== undefined) entry.country = country as string;
  if (oblast !== undefined) entry.oblast = oblast as string;
  if (shortGuard) entry.shortGuard = true;
  if (coordConfidence !== undefined) entry.coordConfidence = coordConfidence as string;
  if (source !== undefined) entry.source = source as string;
  if (geonameId !== undefined) entry.geonameId = geonameId as number;
  if (note !== undefined) entry.note = note as string;
  return entry;
}

/** Validates a parsed file: an array of entries, or an object with a `places` array. */
export function parseEntries(raw: unknown, file: string): PlaceEntry[] {
  const list = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw.places) ? raw.places : null;
  if (!list) throw new Error(`${file}: expected a JSON array of places (or an object with a "places" array)`);
  const entries = list.map((item, i) => parseEntry(item, `${file}: entry ${i + 1}`));
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`${file}: id "${e.id}" is defined twice`);
    ids.add(e.id);
  }
  return entries;
}

/** Reads and validates a gazetteer or overrides file. */
export function readEntriesFile(file: string): PlaceEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { cause: e });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  return parseEntries(raw, file);
}
