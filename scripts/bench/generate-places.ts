// The places of the generated benchmark dataset: every placed entry of the project gazetteer (real
// names, real points) plus synthetic towns and villages scattered around real cities, with names
// built from transliteration syllables so they read like the Ukrainian and Russian towns the news
// names. Ranked for a Zipf-like frequency: the headline places first, the long tail last.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Place } from '../../src/lib/schema.ts';
import { Random } from './generate-random.ts';

const GAZETTEER = fileURLToPath(new URL('../extract/places/gazetteer.json', import.meta.url));

interface GazetteerEntry {
  id: string;
  zh: string[];
  en: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  country?: string;
}

/** The places the news names most, most first: they take the head of the Zipf ranking. */
const HEADLINE = [
  'ukraine', 'russia', 'kyiv', 'moscow', 'united-states', 'donetsk', 'kharkiv', 'mariupol', 'bakhmut',
  'zaporizhzhia', 'crimea', 'kherson', 'luhansk', 'odesa', 'belarus', 'poland', 'european-union',
  'avdiivka', 'washington-dc', 'germany', 'china', 'lviv', 'dnipro', 'sevastopol', 'united-kingdom',
  'france', 'turkey', 'istanbul', 'geneva', 'minsk', 'brussels', 'beijing', 'donetsk-oblast',
  'kharkiv-oblast', 'zaporizhzhia-oblast', 'kherson-oblast', 'luhansk-oblast', 'black-sea',
];

/** Where talks happen: the talks templates pick their venue here (only ids the gazetteer has). */
export const VENUES = [
  'geneva', 'istanbul', 'minsk', 'brussels', 'washington-dc', 'beijing', 'moscow', 'kyiv', 'paris',
  'berlin', 'jeddah', 'riyadh', 'vienna', 'doha', 'ankara', 'warsaw', 'vilnius', 'london',
];

/** Actors named in sentences ("{A}表示"): countries and the EU. */
export const ACTORS = ['ukraine', 'russia', 'united-states', 'european-union', 'china', 'germany', 'france', 'united-kingdom', 'turkey', 'poland'];

const ROOTS: ReadonlyArray<readonly [string, string]> = [
  ['别', 'bi'], ['洛', 'lo'], ['沃', 'vo'], ['卡', 'ka'], ['米', 'mi'], ['罗', 'ro'], ['波', 'po'], ['科', 'ko'],
  ['斯', 's'], ['特', 't'], ['拉', 'la'], ['诺', 'no'], ['帕', 'pa'], ['戈', 'ho'], ['达', 'da'], ['亚', 'ya'],
  ['扎', 'za'], ['利', 'li'], ['涅', 'ne'], ['杰', 'de'], ['维', 'vy'], ['奥', 'o'], ['伊', 'i'], ['格', 'h'],
  ['布', 'bu'], ['克', 'k'], ['马', 'ma'], ['索', 'so'], ['尔', 'r'], ['赫', 'khe'], ['切', 'che'], ['舍', 'she'],
];
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['夫卡', 'vka'], ['斯克', 'sk'], ['诺耶', 'noye'], ['波尔', 'pol'], ['格勒', 'grad'], ['耶夫', 'yev'],
  ['伊夫卡', 'ivka'], ['夫', 'v'], ['卡', 'ka'], ['齐', 'tsi'], ['内', 'ne'], ['恰', 'cha'], ['耶', 'ye'],
];
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['新', 'Nova '], ['上', 'Verkhnia '], ['下', 'Nyzhnia '], ['大', 'Velyka '], ['小', 'Mala '],
];

/** A place with its display name and the weight rank it was given. */
export interface GeneratedPlace extends Place {
  /** How a sentence may name it besides the bare name: 马里乌波尔市, 别洛夫卡镇. */
  suffix?: string;
}

function readGazetteer(): GazetteerEntry[] {
  const raw = JSON.parse(readFileSync(GAZETTEER, 'utf8')) as { places: GazetteerEntry[] };
  return raw.places.filter((p) => p.lat !== null && p.lon !== null);
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function suffixFor(kind: string): string | undefined {
  if (kind === 'city') return '市';
  if (kind === 'town') return '镇';
  if (kind === 'village') return '村';
  return undefined;
}

function realPlace(e: GazetteerEntry): GeneratedPlace {
  const p: GeneratedPlace = {
    id: e.id,
    name: { zh: e.zh[0]!, en: e.en },
    kind: e.kind,
    lat: e.lat!,
    lon: e.lon!,
  };
  if (e.country) p.country = e.country;
  const suffix = suffixFor(e.kind);
  if (suffix) p.suffix = suffix;
  return p;
}

function syntheticName(random: Random): [string, string] {
  let zh = '';
  let en = '';
  const prefix = random.next() < 0.12 ? random.pick(PREFIXES) : undefined;
  const roots = random.int(1, 3);
  for (let i = 0; i < roots; i++) {
    const [z, e] = random.pick(ROOTS);
    zh += z;
    en += e;
  }
  const [sz, se] = random.pick(SUFFIXES);
  zh += sz;
  en = capitalise(en + se);
  return prefix ? [prefix[0] + zh, prefix[1] + en] : [zh, en];
}

/**
 * All places ranked for the Zipf draw: headline places, then the other real places and the
 * synthetic ones mixed (real ones tend to rank higher), `synthetic` towns in all.
 */
export function generatePlaces(random: Random, synthetic: number): GeneratedPlace[] {
  const real = readGazetteer().map(realPlace);
  const byId = new Map(real.map((p) => [p.id, p]));
  const usedZh = new Set(real.map((p) => p.name.zh));
  const usedIds = new Set(byId.keys());

  // Anchors: real cities and towns, those of the war's theatre counted several times over.
  const anchors: GeneratedPlace[] = [];
  for (const p of real) {
    if (p.kind !== 'city' && p.kind !== 'town') continue;
    const copies = p.country === 'UA' ? 6 : p.country === 'RU' || p.country === 'BY' ? 2 : 1;
    for (let i = 0; i < copies; i++) anchors.push(p);
  }

  const made: GeneratedPlace[] = [];
  let attempts = 0;
  while (made.length < synthetic && attempts < synthetic * 20) {
    attempts++;
    const [zh, en] = syntheticName(random);
    if (usedZh.has(zh)) continue;
    let id = en.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    const anchor = random.pick(anchors);
    const roll = random.next();
    const kind = roll < 0.6 ? 'town' : roll < 0.9 ? 'village' : 'city';
    const p: GeneratedPlace = {
      id,
      name: { zh, en },
      kind,
      lat: round4(Math.max(-89, Math.min(89, anchor.lat + random.normal() * 0.35))),
      lon: round4(Math.max(-179, Math.min(179, anchor.lon + random.normal() * 0.5))),
      suffix: suffixFor(kind),
    };
    if (anchor.country) p.country = anchor.country;
    usedZh.add(zh);
    usedIds.add(id);
    made.push(p);
  }

  const head = HEADLINE.flatMap((id) => byId.get(id) ?? []);
  const headIds = new Set(head.map((p) => p.id));
  // A random sort key per place; real places get a smaller one so they rank ahead on the whole.
  const rest = [
    ...real.filter((p) => !headIds.has(p.id)).map((p) => ({ p, key: random.next() * 0.4 })),
    ...made.map((p) => ({ p, key: random.next() })),
  ].sort((a, b) => a.key - b.key);
  return [...head, ...rest.map((r) => r.p)];
}

/** The dataset's record of a generated place (without the generator's own fields). */
export function placeRecord(p: GeneratedPlace): Place {
  const { suffix: _suffix, ...place } = p;
  return place;
}
