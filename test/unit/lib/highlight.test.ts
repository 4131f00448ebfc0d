import { describe, expect, it } from 'vitest';
import { markedRuns } from '../../../src/lib/highlight.ts';

describe('marking the evidence sentence', () => {
  const text = '俄罗斯国防部4日表示，马里乌波尔将开放走廊。';
  it('marks time and place words at their offsets', () => {
    const runs = markedRuns({
      text,
      times: [{ text: '4日', offset: 6, start: '2022-04-04', end: '2022-04-04', precision: 'day' }],
      mentions: [
        { text: '俄罗斯', offset: 0, place: 'russia' },
        { text: '马里乌波尔', offset: 11, place: 'mariupol' },
      ],
    });
    expect(runs).toEqual([
      { text: '俄罗斯', mark: 'place', place: 'russia' },
      { text: '国防部' },
      { text: '4日', mark: 'time' },
      { text: '表示，' },
      { text: '马里乌波尔', mark: 'place', place: 'mariupol' },
      { text: '将开放走廊。' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
  it('ignores offsets that do not point at their text', () => {
    const runs = markedRuns({ text, times: [], mentions: [{ text: '基辅', offset: 3, place: 'kyiv' }] });
    expect(runs).toEqual([{ text }]);
  });
});
