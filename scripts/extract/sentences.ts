// Chinese sentence splitting. ICU's sentence rules (through Intl.Segmenter) already know that a
// closing quote or bracket after 。！？ belongs to the sentence before it, and that 3.5 is a number.

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** The sentences of one text block, trimmed, in order; empty ones dropped. */
export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(block)) {
    const text = segment.trim();
    if (text) sentences.push(text);
  }
  return sentences;
}
