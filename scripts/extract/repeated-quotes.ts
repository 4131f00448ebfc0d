// News sites repeat a line of the story as a pull quote (<blockquote>). A quote whose words all
// stand in one paragraph of the article would give the same event twice, so it is dropped. A quote
// that rewords the paragraph is kept: it is a sentence of its own (the hand annotations count it),
// and so is quoted speech that repeats nothing.
//
// Each quote is looked for in the article's other text, so the work is (quotes × text length). An
// article has a handful of quotes; a hostile body of tens of thousands of them would take minutes,
// so the search stops after COMPARISON_BUDGET characters and the remaining quotes are kept (a
// repeated sentence then counts twice, which is harmless).
import type { TextBlock } from './html-text.ts';

/** Characters searched at most, over all quotes of one article (about 50 ms of work). */
export const COMPARISON_BUDGET = 50_000_000;

/** Text without spaces and punctuation, so that a repeat differing only in them still matches. */
const letters = (text: string) => text.replace(/[\s\p{P}]/gu, '');

export function dropRepeatedQuotes(blocks: TextBlock[]): TextBlock[] {
  if (!blocks.some((b) => b.kind === 'quote')) return blocks;
  // One string to search: letters never hold white space, so '\n' keeps paragraphs apart.
  const others = blocks
    .filter((b) => b.kind !== 'quote')
    .map((b) => letters(b.text))
    .join('\n');
  let budget = COMPARISON_BUDGET;
  return blocks.filter((b) => {
    if (b.kind !== 'quote') return true;
    const quote = letters(b.text);
    if (quote.length === 0) return true;
    if (budget < others.length) return true;
    budget -= others.length;
    return !others.includes(quote);
  });
}
