// Traditional → simplified character folds for matching, derived once per process from OpenCC's
// own conversion data (opencc-js, MIT / Apache-2.0), so that 烏克蘭, 頓涅茨克州 and 克里姆林宮 meet
// the simplified surfaces of gazetteer.json, and the guards read 國, 語, 區 as 国, 语, 区.
//
// Why characters and not OpenCC's converter on whole sentences: a sentence is folded code unit by
// code unit (normalize.ts) so that offsets stay those of the original text, which phrase-level
// conversion may change. Names need no phrase conversion: a place name written in traditional
// characters is its simplified name character by character. (Taiwan and Hong Kong transliterations
// that differ by more than script, 頓內次克 or 塞凡堡, are surfaces in gazetteer.json.)
//
// How: OpenCC converts Taiwan text to mainland simplified ('tw' → 'cn') through two dictionaries
// of characters, Taiwan variants → OpenCC traditional (TWVariantsRev) and then traditional →
// simplified (TSCharacters); Hong Kong text likewise through HKVariantsRev. (Their phrase
// dictionaries have no one-character entries, so for a single character the converter does exactly
// this: the unit test checks the result against Converter({ from, to: 'cn' }).) A pair is kept when
// both sides are one UTF-16 code unit and differ. A source that is itself the simplified result of
// another pair (么, 苧) is a character simplified text uses as it is, and is left alone.
//
// Cost: three small modules (≈20 KB) and one pass over ≈3 600 entries, a few milliseconds.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { DEFAULT_FOLDS, type FoldTable } from './normalize.ts';

/** No entry for this code unit. */
const NONE = -1;
/** The entry replaces the code unit by something that is not one code unit. */
const WIDE = -2;

/** One OpenCC character dictionary ("源 目|源 目1 目2|…") as a table indexed by code unit: the code
 *  unit of OpenCC's choice (its first replacement), NONE or WIDE. Sources outside the BMP are
 *  skipped; the sources read are added to `sources`. */
function charTable(dict: string, sources: number[]): Int32Array {
  const table = new Int32Array(0x10000).fill(NONE);
  for (let pos = 0; pos < dict.length; ) {
    let bar = dict.indexOf('|', pos);
    if (bar < 0) bar = dict.length;
    const source = dict.charCodeAt(pos);
    if (dict.charCodeAt(pos + 1) === 0x20 && table[source] === NONE) {
      const oneUnit = pos + 3 === bar || dict.charCodeAt(pos + 3) === 0x20;
      table[source] = oneUnit ? dict.charCodeAt(pos + 2) : WIDE;
      sources.push(source);
    }
    pos = bar + 1;
  }
  return table;
}

/** What `first` then `ts` make of one code unit: the code unit itself when neither applies. */
function convert(code: number, first: Int32Array | null, ts: Int32Array): number {
  let c = code;
  if (first) {
    const next = first[c]!;
    if (next === WIDE) return WIDE;
    if (next !== NONE) c = next;
  }
  const last = ts[c]!;
  return last === NONE ? c : last;
}

/** The characters that change, with what they change to; built once. */
let folded: { sources: Uint16Array; targets: Uint16Array } | undefined;
let table: FoldTable | undefined;

function simplified(): { sources: Uint16Array; targets: Uint16Array } {
  if (folded) return folded;
  const read: number[] = [];
  const ts = charTable(TSCharacters, read);
  const tw = charTable(TWVariantsRev, read);
  const hk = charTable(HKVariantsRev, read);
  // In precedence order: Taiwan usage first (顎 → 腭 there, 颚 elsewhere), then Hong Kong, then plain.
  const target = new Int32Array(0x10000).fill(NONE);
  const sources: number[] = [];
  for (let i = 0; i < read.length; i++) {
    const code = read[i]!;
    if (target[code] !== NONE) continue;
    let c = convert(code, tw, ts);
    if (c === code || c === WIDE) c = convert(code, hk, ts);
    if (c === code || c === WIDE) c = convert(code, null, ts);
    if (c === code || c === WIDE) continue;
    target[code] = c;
    sources.push(code);
  }
  // A source that is also some pair's result is simplified text as it is (么, 苧): it stays.
  const isTarget = new Uint8Array(0x10000);
  for (let i = 0; i < sources.length; i++) isTarget[target[sources[i]!]!] = 1;
  const kept = sources.filter((code) => !isTarget[code]).sort((a, b) => a - b);
  return (folded = { sources: Uint16Array.from(kept), targets: Uint16Array.from(kept, (code) => target[code]!) });
}

/** Traditional, Taiwan and Hong Kong forms → simplified, one code unit each, in code order. */
export function traditionalPairs(): [string, string][] {
  const { sources, targets } = simplified();
  return Array.from(sources, (code, i) => [String.fromCharCode(code), String.fromCharCode(targets[i]!)]);
}

/** DEFAULT_FOLDS (punctuation, widths) plus traditional → simplified: the gazetteer's default. */
export function traditionalFolds(): FoldTable {
  if (table) return table;
  const { sources, targets } = simplified();
  const t = DEFAULT_FOLDS.slice();
  for (let i = 0; i < sources.length; i++) t[sources[i]!] = targets[i]!;
  return (table = t);
}
