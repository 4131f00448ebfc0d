// The scan: left to right, at each position the longest gazetteer term that starts there. A term
// that is not a place (NOT_PLACES), an entry without a point or a match the guards reject is
// consumed whole, so no shorter name inside it can match (白俄罗斯 never yields 俄罗斯, 今日俄罗斯
// never yields 俄罗斯, 马里乌波尔人 never yields 马里). Titles in 《…》 are skipped. The sentence is
// folded first (normalize.ts, traditional.ts): 烏克蘭 scans as 乌克兰, at the same offsets.
import type { PlaceEntry } from './entries.ts';
import { NAME_DOT, rejection } from './guards.ts';
import { fold, type FoldTable } from './normalize.ts';
import { promoteListedRegions, surfaceEnd, type Found } from './regions.ts';
import type { Trie } from './trie.ts';

/** What the trie stores per folded surface. */
export interface Term {
  /** The place id, or null for a known non-place (a medium, an organisation). */
  placeId: string | null;
  /** Apply the short-name guard (two characters or fewer, entry flagged). */
  shortGuard: boolean;
  /** A region form generated from a city's name (赫尔松州, 基辅地区), not listed in a file. */
  generated?: boolean;
}

/** What the scanner needs from a gazetteer. */
export interface MatchIndex {
  readonly places: ReadonlyMap<string, PlaceEntry>;
  readonly trie: Trie<Term>;
  /** City id → id of the region named after it. */
  readonly regionOf: ReadonlyMap<string, string>;
  /** Ids of regions named after a city. */
  readonly regions: ReadonlySet<string>;
  readonly folds: FoldTable;
}

/** A consumed span that produced no mention, and why (for tracing and tests). */
export interface Skipped {
  start: number;
  end: number;
  reason: string;
}

/** 《 》 titles of papers, books, treaties; 〈 〉 titles of articles. */
const TITLE_OPEN = 0x300a;
const TITLE_CLOSE = '\u300b';
const ARTICLE_OPEN = 0x3008;
const ARTICLE_CLOSE = '\u3009';
/** A title longer than this is more likely an unbalanced mark than a title. */
const MAX_TITLE = 60;

let last: { sentence: string; index: MatchIndex; found: Found[]; skipped: Skipped[] } | null = null;

/**
 * `scan` with its skipped spans, remembered for the sentence scanned last: the build's report of
 * unresolved names (candidates.ts) looks at the same sentence right after the places are found.
 */
export function scanRemembered(sentence: string, index: MatchIndex): { found: readonly Found[]; skipped: readonly Skipped[] } {
  if (last && last.sentence === sentence && last.index === index) return last;
  const skipped: Skipped[] = [];
  const found = scan(sentence, index, skipped);
  last = { sentence, index, found, skipped };
  return last;
}

/** Every placed mention in `sentence`, in order and non-overlapping; `skipped` collects the rest. */
export function scan(sentence: string, index: MatchIndex, skipped?: Skipped[]): Found[] {
  const text = fold(sentence, index.folds);
  const { trie, places } = index;
  const hasDot = text.includes(NAME_DOT);
  const found: Found[] = [];
  let prevEnd = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === TITLE_OPEN || code === ARTICLE_OPEN) {
      const end = text.indexOf(code === TITLE_OPEN ? TITLE_CLOSE : ARTICLE_CLOSE, i + 1);
      if (end > i && end - i <= MAX_TITLE) {
        skipped?.push({ start: i, end: end + 1, reason: 'title in 《》' });
        i = prevEnd = end + 1;
        continue;
      }
    }
    const hit = trie.longestAt(text, i);
    if (!hit) {
      i++;
      continue;
    }
    const start = i;
    let end = i + hit.length;
    const { placeId, shortGuard } = hit.value;
    const place = placeId === null ? undefined : places.get(placeId);
    let reason: string | null;
    if (!place) reason = 'not a place';
    else if (place.lat === null) reason = 'no point';
    else reason = rejection({ text, start, end, shortGuard, prevEnd, hasDot, terms: trie });
    if (place && reason === null) {
      end = surfaceEnd(text, start, end, place.kind);
      found.push(hit.value.generated ? { start, end, id: place.id, rule: 'oblast-suffix' } : { start, end, id: place.id });
    } else {
      skipped?.push({ start, end, reason: reason ?? 'rejected' });
    }
    i = prevEnd = end;
  }
  const placeOf = (surface: string): string | undefined => trie.get(surface)?.placeId ?? undefined;
  promoteListedRegions(found, text, { regionOf: index.regionOf, regions: index.regions, placeOf });
  return found;
}
