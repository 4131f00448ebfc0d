// Administrative words around a match. Two rules:
//  - 马里乌波尔市, 马诺什镇, 乌克兰东部地区: the word is part of the mention's surface text.
//  - 尼古拉耶夫、赫尔松等地区 / 顿涅茨克和卢甘斯克两州 / 顿涅茨克、卢甘斯克州: the cities of the
//    list stand for the regions named after them (the gazetteer's `oblast` link), every item of
//    the list, not just the one next to 地区/州. Direct X州 / X地区 / X省 surfaces are generated
//    into the index (gazetteer.ts), so they never reach this file as cities.

/** A match as the scanner keeps it (offsets into the sentence). */
export interface Found {
  start: number;
  end: number;
  id: string;
}

const POINT_KINDS = new Set(['city', 'town', 'village']);
/** 市长, 市民, 市场, 市委, 镇长, 镇压, 村民 …: the character starts another word. */
const NOT_ABSORBED_AFTER: Readonly<Record<string, string>> = { 市: '长民场委', 镇: '长压民', 村: '长民委' };

/** End of the mention once a following 市/镇/村 (for settlements) or 地区 (for regions and areas)
 *  is taken into its surface. */
export function surfaceEnd(text: string, start: number, end: number, kind: string): number {
  const next = text[end];
  if (next !== undefined && POINT_KINDS.has(kind)) {
    const stops = NOT_ABSORBED_AFTER[next];
    if (stops === undefined) return end;
    const after = text[end + 1];
    return after !== undefined && stops.includes(after) ? end : end + 1;
  }
  if ((kind === 'region' || kind === 'area') && text.startsWith('地区', end) && !endsWithRegionWord(text, start, end)) return end + 2;
  return end;
}

const REGION_WORDS = ['州', '地区', '省', '边疆区'];
/** Whether text[start, end) ends with 州, 地区, 省 or 边疆区. */
const endsWithRegionWord = (text: string, start: number, end: number): boolean =>
  REGION_WORDS.some((w) => end - start > w.length && text.startsWith(w, end - w.length));

/** What follows the last item of a list of regions: 等地区, 两州, 四个地区, 等多个州 — a 等 or a count,
 *  then 地区/州/省. (Not 等地, "and other places"; a bare 州/地区 right after a city is a generated
 *  surface and never gets here.) */
const COUNTS = '两二三四五六七八九十几多数';
function listTailAt(text: string, pos: number): boolean {
  let p = pos;
  let qualified = false;
  if (text[p] === '等') {
    p++;
    qualified = true;
  }
  if (COUNTS.includes(text[p] ?? '\u0000')) {
    p++;
    qualified = true;
    if (text[p] === '个') p++;
  }
  return qualified && (text.startsWith('地区', p) || text[p] === '州' || text[p] === '省');
}

/** What may separate two items of one list (a comma ends the list: it separates clauses too). */
const CONNECTORS = new Set(['、', '和', '与', '及', '以及', '、以及', '和以及']);
const SETTLEMENT_WORDS = '市镇村';

/**
 * Rewrites, in place, the cities of a list of regions to those regions.
 * @param regionOf city id → id of the region named after it
 * @param regions ids of such regions
 */
export function promoteListedRegions(
  found: Found[],
  text: string,
  regionOf: ReadonlyMap<string, string>,
  regions: ReadonlySet<string>,
): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    const region = regionOf.get(m.id);
    let listEnd = false;
    if (region !== undefined && listTailAt(text, m.end)) {
      m.id = region;
      listEnd = true;
    } else if (regions.has(m.id) && endsWithRegionWord(text, m.start, m.end)) {
      listEnd = true;
    }
    if (!listEnd) continue;
    // Walk back over "X、Y和" while every item is a city that names a region.
    for (let j = k - 1; j >= 0; j--) {
      const prev = found[j]!;
      const target = regionOf.get(prev.id);
      const gap = text.slice(prev.end, found[j + 1]!.start);
      if (target === undefined || !CONNECTORS.has(gap) || SETTLEMENT_WORDS.includes(text[prev.end - 1] ?? '')) break;
      prev.id = target;
    }
  }
}
