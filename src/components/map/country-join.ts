// Joins a place's ISO 3166-1 alpha-2 `country` to the basemap's shape of that country. The basemap's
// features carry the numeric code as `id` and the alpha-3 code as `properties.a3`; the alpha-2 ↔
// alpha-3 ↔ numeric triples come from i18n-iso-countries (a small JSON table, loaded with the
// basemap rather than in the initial bundle).
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** [alpha-2, alpha-3, numeric, …] rows, as in i18n-iso-countries/codes.json. */
export type CodeTable = string[][];

/** Codes the table lacks but the basemap has (Kosovo is user-assigned: XK / XKX, id -2). */
const EXTRA: CodeTable = [['XK', 'XKX', '-2']];

export type CountryShapes = Map<string, Feature<Geometry>>;

export async function loadCodeTable(): Promise<CodeTable> {
  return (await import('i18n-iso-countries/codes.json')).default as CodeTable;
}

function byAlpha2(codes: CodeTable): Map<string, { a3: string; num: string }> {
  return new Map([...codes, ...EXTRA].map(([a2, a3, num]) => [a2!, { a3: a3!, num: num! }]));
}

/** The basemap's country features by alpha-2 code (by alpha-3 first, the numeric id as fallback). */
export function countryShapes(basemap: FeatureCollection, codes: CodeTable): CountryShapes {
  const byA3 = new Map<string, Feature<Geometry>>();
  const byNum = new Map<string, Feature<Geometry>>();
  for (const f of basemap.features) {
    const a3 = (f.properties as { a3?: unknown } | null)?.a3;
    if (typeof a3 === 'string') byA3.set(a3, f);
    if (f.id !== undefined) byNum.set(String(f.id), f);
  }
  const shapes: CountryShapes = new Map();
  for (const [a2, { a3, num }] of byAlpha2(codes)) {
    const f = byA3.get(a3) ?? byNum.get(num);
    if (f) shapes.set(a2, f);
  }
  return shapes;
}

export function alpha3(codes: CodeTable, alpha2: string): string | undefined {
  return byAlpha2(codes).get(alpha2.toUpperCase())?.a3;
}
