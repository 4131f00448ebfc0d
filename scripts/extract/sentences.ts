// Chinese sentence splitting. ICU's sentence rules (through Intl.Segmenter) already know that a
// closing quote or bracket after 。！？ belongs to the sentence before it, and that 3.5 is a number.
//
// A "sentence" longer than MAX_SENTENCE_CHARS is a run-on line with no full stop (a table flattened
// to text, a pasted log, a hostile file): it is cut into pieces of at most that length, after a
// comma, semicolon, colon, enumeration comma or space in the second half of the piece where there
// is one. Real news sentences stay far below it (the longest in the samples has 99 characters), and
// it bounds the text that the time and place finders see at once.

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

export const MAX_SENTENCE_CHARS = 1000;
const CLAUSE_END = new Set([...'，,；;：:、 \t\n\u3000']);

/** Pieces of at most `max` UTF-16 units, cut after a clause mark where possible, never inside a surrogate pair. */
function cutRunOn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    let at = -1;
    for (let i = from + max; i > from + max / 2; i--) {
      if (CLAUSE_END.has(text[i - 1]!)) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      at = from + max;
      const before = text.charCodeAt(at - 1);
      if (before >= 0xd800 && before <= 0xdbff) at--; // keep a surrogate pair whole
    }
    const piece = text.slice(from, at).trim();
    if (piece) pieces.push(piece);
    from = at;
  }
  const last = text.slice(from).trim();
  if (last) pieces.push(last);
  return pieces;
}

/** The sentences of one text block, trimmed, in order; empty ones dropped. */
export function splitSentences(block: string, max = MAX_SENTENCE_CHARS): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(block)) {
    const text = segment.trim();
    if (!text) continue;
    if (text.length <= max) sentences.push(text);
    else for (const piece of cutRunOn(text, max)) sentences.push(piece);
  }
  return sentences;
}
