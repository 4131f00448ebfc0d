// The calendar helper, the normaliser and the number reader the rules stand on.
import { describe, expect, it } from 'vitest';
import { addMonths, civil, dayNumber, daysInMonth, isoDay, parseIsoDay, weekMonday, weekday } from '../../../scripts/extract/times/calendar.ts';
import { normalize } from '../../../scripts/extract/times/normalize.ts';
import { parseNumber } from '../../../scripts/extract/times/numbers.ts';

describe('calendar', () => {
  it.each(['1970-01-01', '2000-02-29', '2021-12-31', '2022-04-05', '1900-03-01', '2100-12-31', '1582-10-15'])('round-trips %s', (day) => {
    expect(isoDay(parseIsoDay(day))).toBe(day);
  });

  it('agrees with Date.UTC', () => {
    for (let z = -40000; z < 60000; z += 37) {
      expect(isoDay(z)).toBe(new Date(z * 86_400_000).toISOString().slice(0, 10));
      const [y, m, d] = civil(z);
      expect(dayNumber(y, m, d)).toBe(z);
    }
  });

  it.each([
    ['2022-04-05', 2, '2022-04-04'],
    ['2022-04-10', 7, '2022-04-04'],
    ['2021-12-30', 4, '2021-12-27'],
    ['2022-01-01', 6, '2021-12-27'],
  ])('%s is ISO weekday %i of the week starting %s', (day, wd, monday) => {
    const z = parseIsoDay(day);
    expect(weekday(z)).toBe(wd);
    expect(isoDay(weekMonday(z))).toBe(monday);
  });

  it('knows month lengths and month arithmetic', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(addMonths(2021, 12, 1)).toEqual([2022, 1]);
    expect(addMonths(2022, 1, -1)).toEqual([2021, 12]);
    expect(addMonths(2022, 3, -14)).toEqual([2021, 1]);
  });

  it('refuses malformed reference days', () => {
    expect(() => parseIsoDay('2022-4-5')).toThrow();
    expect(() => parseIsoDay('2022-02-30')).toThrow();
  });
});

describe('normalize', () => {
  it.each([
    ['週二（５日）', '周二(5日)'],
    ['下週一５號晚上七點', '下周一5号晚上七点'],
    ['這個禮拜來兩個月後', '这个礼拜来两个月后'],
    ['將於１２月', '将于12月'],
    ['plain 2022年4月5日', 'plain 2022年4月5日'],
  ])('%s → %s, same length', (input, output) => {
    const n = normalize(input);
    expect(n).toBe(output);
    expect(n.length).toBe(input.length);
  });
});

describe('parseNumber', () => {
  it.each([
    ['5', 5], ['05', 5], ['十', 10], ['十二', 12], ['二十', 20], ['二十五', 25], ['廿五', 25], ['卅一', 31],
    ['三十一', 31], ['二〇二二', 2022], ['一九九一', 1991], ['一百', 100], ['八十', 80], ['两', 2],
  ])('%s = %i', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('refuses other text', () => {
    expect(parseNumber('五日')).toBeNull();
  });
});
