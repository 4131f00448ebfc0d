// Character folding shared by the index and the scanner. Surfaces are folded when the trie is
// built and every sentence is folded before it is scanned, so variants of the same character meet
// in one key. Each fold maps ONE UTF-16 code unit to ONE code unit: the folded sentence keeps the
// length and offsets of the original, so a mention's offset and text are read from the original.
//
// Simplified↔traditional matching plugs in here: traditional.ts adds OpenCC's traditional →
// simplified pairs (烏→乌, 蘭→兰, 輔→辅 …), one character to one character, and every surface in
// gazetteer.json matches its traditional spelling too. Multi-character conversions (phrase-level
// OpenCC tables) do not fit here and are not needed for names.

/** Punctuation and width variants that Chinese outlets use interchangeably. */
const BASE_FOLDS: ReadonlyArray<readonly [string, string]> = [
  // Name separators in transliterated names: 埃马纽埃尔·马克龙, Taiwan's ‧, Japanese ・, bullets.
  ['\u2027', '\u00b7'],
  ['\u30fb', '\u00b7'],
  ['\uff65', '\u00b7'],
  ['\u2022', '\u00b7'],
  ['\u2219', '\u00b7'],
  ['\u02d1', '\u00b7'],
  // Hyphens inside names (伊万诺－弗兰科夫斯克) and full-width brackets (刚果（金）).
  ['\uff0d', '-'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'],
  ['\uff08', '('],
  ['\uff09', ')'],
  // Full-width digits (北溪２号).
  ...Array.from({ length: 10 }, (_, d) => [String.fromCharCode(0xff10 + d), String(d)] as const),
];

/** A folding table indexed by code unit: the code unit it folds to (identity for most). */
export type FoldTable = Readonly<Uint16Array>;

function toTable(pairs: Iterable<readonly [string, string]>, base?: FoldTable): Uint16Array {
  let table: Uint16Array;
  if (base) table = base.slice();
  else {
    table = new Uint16Array(0x10000);
    for (let i = 0; i < table.length; i++) table[i] = i;
  }
  for (const [from, to] of pairs) {
    if (from.length !== 1 || to.length !== 1)
      throw new Error(`fold ${JSON.stringify(from)} → ${JSON.stringify(to)}: folds must map one code unit to one`);
    table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return table;
}

export const DEFAULT_FOLDS: FoldTable = toTable(BASE_FOLDS);

/** The default table extended with more one-to-one pairs (e.g. traditional → simplified). */
export function withFolds(pairs: Iterable<readonly [string, string]>, base: FoldTable = DEFAULT_FOLDS): FoldTable {
  return toTable(pairs, base);
}

// The last fold remembered: a sentence is folded by the matcher, then again by the report's
// candidate scan and its own re-scan; the second and third time cost nothing.
let lastText = '';
let lastTable: FoldTable | null = null;
let lastFolded = '';

/** `text` with every foldable code unit replaced; same length as `text`. */
export function fold(text: string, table: FoldTable = DEFAULT_FOLDS): string {
  if (text === lastText && table === lastTable) return lastFolded;
  lastFolded = foldNow(text, table);
  lastText = text;
  lastTable = table;
  return lastFolded;
}

function foldNow(text: string, table: FoldTable): string {
  // Most sentences need no change: only build a new string when something folds.
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) codes[j] = table[text.charCodeAt(j)]!;
  let out = '';
  // In chunks: String.fromCharCode takes its codes as call arguments.
  for (let j = 0; j < codes.length; j += 8192) out += String.fromCharCode(...codes.subarray(j, j + 8192));
  return out;
}
