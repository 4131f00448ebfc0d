// Administrative words around a match. Three rules:
//  - 马里乌波尔市, 马诺什镇, 乌克兰东部地区: the word is part of the mention's surface text.
//  - 尼古拉耶夫、赫尔松等地区 / 顿涅茨克和卢甘斯克两州 / 顿涅茨克、卢甘斯克州: the cities of the
//    list stand for the regions named after them (the gazetteer's `oblast` link), every item of
//    the list, not just the one next to 地区/州. Direct X州 / X地区 / X省 surfaces are generated
//    into the index (gazetteer.ts), so they never reach this file as cities.
//  - 顿涅茨克和卢甘斯克两个人民共和国 / 顿涅茨克和卢甘斯克人民共和国: likewise the cities stand for
//    the republics whose surfaces are X人民共和国 or X共和国 (looked up in the index, no link needed).

/** A match as the scanner keeps it (offsets into the sentence). */
export interface Found {
  start: number;
  end: number;
  id: string;
  /** How a city or surface became this id, when not by its own name (for explainPlaces). */
  rule?: 'oblast-suffix' | 'region-list' | 'republic-list';
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
  const p = afterQualifier(text, pos);
  return p !== null && (text.startsWith('地区', p) || text[p] === '州' || text[p] === '省');
}

/** Past a list's qualifier — 等, a count (两, 四个 …), or both — or null when there is none. */
function afterQualifier(text: string, pos: number): number | null {
  let p = pos;
  if (text[p] === '等') p++;
  if (COUNTS.includes(text[p] ?? '\u0000')) {
    p++;
    if (text[p] === '个') p++;
  }
  return p === pos ? null : p;
}

/** What may separate two items of one list (a comma ends the list: it separates clauses too). */
const CONNECTORS = new Set(['、', '和', '与', '及', '以及', '、以及', '和以及']);
const SETTLEMENT_WORDS = '市镇村';
const REPUBLIC_WORDS = ['人民共和国', '共和国'];

/** What the list rules need from the index. */
export interface ListIndex {
  /** City id → id of the region named after it. */
  readonly regionOf: ReadonlyMap<string, string>;
  /** Ids of such regions. */
  readonly regions: ReadonlySet<string>;
  /** The place id of exactly this (folded) surface, if the gazetteer has it. */
  placeOf(surface: string): string | undefined;
}

/** The republic word after a list (两个人民共和国, 等共和国 …): a 等 or a count, then 人民共和国 or 共和国. */
function republicTailAt(text: string, pos: number): string | undefined {
  const p = afterQualifier(text, pos);
  return p === null ? undefined : REPUBLIC_WORDS.find((w) => text.startsWith(w, p));
}

/** The republic that a city's surface names with `word` (顿涅茨克 + 人民共和国), else with the other word. */
function republicOf(text: string, m: Found, word: string, index: ListIndex): string | undefined {
  const name = text.slice(m.start, m.end);
  for (const w of [word, ...REPUBLIC_WORDS.filter((x) => x !== word)]) {
    const id = index.placeOf(name + w);
    if (id !== undefined && id !== m.id) return id;
  }
  return undefined;
}

/**
 * Rewrites, in place, the cities of a list of regions to those regions, and the cities of a list of
 * republics to those republics.
 */
export function promoteListedRegions(found: Found[], text: string, index: ListIndex): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    const region = index.regionOf.get(m.id);
    if (region !== undefined && listTailAt(text, m.end)) {
      m.id = region;
      m.rule = 'region-list';
      walkBack(found, k, text, (prev) => index.regionOf.get(prev.id), 'region-list');
    } else if (index.regions.has(m.id) && endsWithRegionWord(text, m.start, m.end)) {
      walkBack(found, k, text, (prev) => index.regionOf.get(prev.id), 'region-list');
    } else {
      // 卢甘斯克两个人民共和国 (a city before the word) or 卢甘斯克人民共和国 (the republic's own surface).
      const tail = republicTailAt(text, m.end);
      const own = REPUBLIC_WORDS.find((w) => m.end - m.start > w.length && text.startsWith(w, m.end - w.length));
      const word = tail ?? own;
      if (word === undefined) continue;
      if (tail !== undefined) {
        const republic = republicOf(text, m, word, index);
        if (republic === undefined) continue;
        m.id = republic;
        m.rule = 'republic-list';
      }
      walkBack(found, k, text, (prev) => republicOf(text, prev, word, index), 'republic-list');
    }
  }
}

/** Walks back from found[k] over "X、Y和" while every item resolves through `target`, rewriting each. */
function walkBack(
  found: Found[],
  k: number,
  text: string,
  target: (prev: Found) => string | undefined,
  rule: 'region-list' | 'republic-list',
): void {
  for (let j = k - 1; j >= 0; j--) {
    const prev = found[j]!;
    const gap = text.slice(prev.end, found[j + 1]!.start);
    if (!CONNECTORS.has(gap) || SETTLEMENT_WORDS.includes(text[prev.end - 1] ?? '')) break;
    const id = target(prev);
    if (id === undefined) break;
    prev.id = id;
    prev.rule = rule;
  }
}
