// News sites repeat a line of the story as a pull quote (<blockquote>). A quote whose words all
// stand in one paragraph of the article would give the same event twice, so it is dropped. A quote
// that rewords the paragraph is kept: it is a sentence of its own (the hand annotations count it),
// and so is quoted speech that repeats nothing.
import type { TextBlock } from './html-text.ts';

/** Text without spaces and punctuation, so that a repeat differing only in them still matches. */
const letters = (text: string) => text.replace(/[\s\p{P}]/gu, '');

export function dropRepeatedQuotes(blocks: TextBlock[]): TextBlock[] {
  if (!blocks.some((b) => b.kind === 'quote')) return blocks;
  const others = blocks.filter((b) => b.kind !== 'quote').map((b) => letters(b.text));
  return blocks.filter((b) => {
    if (b.kind !== 'quote') return true;
    const quote = letters(b.text);
    return quote.length === 0 || !others.some((p) => p.includes(quote));
  });
}
