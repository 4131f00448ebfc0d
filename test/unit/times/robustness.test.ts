// Whatever the input, extractTimes returns, in time linear in the length of the sentence, mentions that
// are well formed: the surface text at its offset, in order, not overlapping, start ≤ end, years within
// 1000–2200. A seeded generator stands in for property tests here (same inputs every run).
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../scripts/extract/times/calendar.ts';
import { extractTimes, newTimeContext } from '../../../scripts/extract/times/index.ts';

/** mulberry32: a small deterministic generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces of time expressions and what surrounds them, so random strings hit the rules often.
const PIECES = [
  ...'0123456789０１２３〇零一二两三四五六七八九十廿卅百年月日号號周週星期礼拜天今昨明前后後大同当當次翌隔第每逢上下本这去来半初中底末旬季春夏秋冬节節夕庆胜独代世纪至到~-—–、和及与或起以来自从于於将已了说表示（）()「」“”【】/.:，。；！？ 　',
  '2022年', '4月', '5日', '周二', '（5日）', '今(5)日', '上周五', '新华社基辅', '电', '中央社', '3月1日电',
  '自', '以来', '至今', '当地时间', '早上', '凌晨', '3点', '两天前', '春节', '国庆', '胜利日', '乌克兰独立日',
  '4/8', '18/03/2022', '2022-04-05', '民国', '112年', '20世纪80年代', '30周年', '今年是', '此前的', '说：“',
];

function randomSentence(next: () => number, maxPieces: number): string {
  const n = Math.floor(next() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return s;
}

function randomReference(next: () => number): string {
  const day = Math.floor(next() * (dayOf2200 - dayOf1000)) + dayOf1000;
  return isoDay(day);
}
const dayOf1000 = Math.round(Date.UTC(1000, 0, 1) / 86_400_000);
const dayOf2200 = Math.round(Date.UTC(2200, 11, 31) / 86_400_000);

function checkWellFormed(sentence: string, reference: string): void {
  const ctx = newTimeContext(reference);
  const mentions = extractTimes(sentence, ctx);
  let end = 0;
  for (const m of mentions) {
    expect(sentence.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.offset).toBeGreaterThanOrEqual(end);
    end = m.offset + m.text.length;
    expect(m.start <= m.end).toBe(true);
    expect(m.start >= '1000-01-01' && m.end <= '2200-12-31').toBe(true);
  }
}

describe('robustness', () => {
  it('returns well-formed mentions for random sentences and reference days', { timeout: 60_000 }, () => {
    const next = generator(20240521);
    for (let i = 0; i < 2000; i++) {
      const sentence = randomSentence(next, 40);
      const reference = i % 3 === 0 ? randomReference(next) : '2022-04-05';
      try {
        checkWellFormed(sentence, reference);
      } catch (e) {
        throw new Error(`${JSON.stringify(sentence)} @ ${reference}: ${String(e)}`, { cause: e });
      }
    }
  });

  it('keeps years within 1000–2200 at the edges of the calendar', () => {
    for (const reference of ['1000-01-01', '1000-12-31', '2200-01-01', '2200-12-31']) {
      checkWellFormed('去年，明年，前年，后年，上月，下月，上周，下周，昨天，明天，民国999年，1991年999周年，2199年1月，上世纪80年代', reference);
    }
  });

  it('never throws on odd characters', () => {
    for (const s of ['\uD800', '\uDC00日', '\u0000', '（（（（', '））5日', '“'.repeat(50), '\n5日\n', '５日\u3000', '\u202e5日']) {
      expect(() => extractTimes(s, newTimeContext('2022-04-05'))).not.toThrow();
    }
  });

  // Pathological inputs of 100 000 characters: a quadratic step takes tens of seconds here, a linear
  // pass well under one. CPU time, not wall time, so a busy machine does not fail the test.
  it.each([
    ['digits', '1'.repeat(100_000)],
    ['日', '日'.repeat(100_000)],
    ['年', '年'.repeat(100_000)],
    ['5日', '5日'.repeat(50_000)],
    ['今年', '今年'.repeat(50_000)],
    ['周二', '周二'.repeat(50_000)],
    ['每5日', `每${'5日'.repeat(50_000)}`],
    ['3月5日至', '3月5日至'.repeat(20_000)],
    ['spaces', '5 '.repeat(50_000)],
    ['brackets', '(5日)'.repeat(25_000)],
    ['quotes', '“今天'.repeat(33_000)],
    ['sentence', '俄罗斯国防部4日表示准备从5日早上开始周二（5日）'.repeat(4_000)],
    ['dateline', `新华社基辅3月1日电${'今天'.repeat(50_000)}`],
    ['slashes', '于4/8'.repeat(25_000)],
  ])('handles a long run of %s in linear time', { timeout: 60_000 }, (_name, text) => {
    const c0 = process.cpuUsage();
    extractTimes(text, newTimeContext('2022-04-05'));
    const used = process.cpuUsage(c0);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });
});
