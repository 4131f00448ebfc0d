import { describe, expect, it } from 'vitest';
import { dropRepeatedQuotes } from '../../../scripts/extract/repeated-quotes.ts';

describe('pull quotes that repeat a paragraph', () => {
  const paragraph = {
    kind: 'paragraph' as const,
    text: '另一方面，俄罗斯国防部发言人宣布，俄罗斯军队摧毁了乌克兰军方第24装甲旅的指挥部，此外还摧毁了乌克兰东部卢甘斯克地区的一个武器库。',
  };
  it('drops a quote that repeats part of a paragraph, before or after it, punctuation aside', () => {
    const quote = { kind: 'quote' as const, text: '俄罗斯军队摧毁了乌克兰军方第24装甲旅的指挥部 此外还摧毁了乌克兰东部卢甘斯克地区的一个武器库' };
    expect(dropRepeatedQuotes([quote, paragraph])).toEqual([paragraph]);
    expect(dropRepeatedQuotes([paragraph, quote])).toEqual([paragraph]);
  });
  it('keeps a reworded quote: it is a sentence of its own', () => {
    const quote = { kind: 'quote' as const, text: '俄罗斯国防部表示，俄罗斯军队摧毁了乌克兰军方第24装甲旅的指挥部。' };
    expect(dropRepeatedQuotes([paragraph, quote])).toEqual([paragraph, quote]);
  });
  it('keeps a quote that repeats nothing', () => {
    const quote = { kind: 'quote' as const, text: '“我们不会放弃任何一寸土地。”总统在基辅说。' };
    expect(dropRepeatedQuotes([paragraph, quote])).toEqual([paragraph, quote]);
  });
});
