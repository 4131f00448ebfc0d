import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../scripts/extract/sentences.ts';

describe('Chinese sentence splitting', () => {
  const rows = [
    { name: 'full stops', text: '第一句。第二句。', expected: ['第一句。', '第二句。'] },
    { name: 'closing quote stays with its sentence', text: '他说：“放下武器。”随后离开。', expected: ['他说：“放下武器。”', '随后离开。'] },
    { name: 'question and exclamation marks', text: '真的吗？是的！好。', expected: ['真的吗？', '是的！', '好。'] },
    { name: 'decimal point is not an end', text: '距离3.5公里。', expected: ['距离3.5公里。'] },
    { name: 'no final punctuation', text: '标题没有句号', expected: ['标题没有句号'] },
    { name: 'ellipsis inside', text: '美国表示……正在协调。', expected: ['美国表示……正在协调。'] },
    { name: 'traditional text', text: '烏克蘭表示。俄羅斯否認。', expected: ['烏克蘭表示。', '俄羅斯否認。'] },
  ];
  it.each(rows)('$name', ({ text, expected }) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
