// Holidays written by name (holidays.ts): fixed days, lunar ones from the table (lunar.ts, checked here
// against ICU's Chinese calendar), Victory Day, China's 国庆 and independence days with their country.
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../scripts/extract/times/calendar.ts';
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, lunarDay, type LunarHoliday } from '../../../scripts/extract/times/lunar.ts';
import { table } from './table.ts';

describe('fixed-day holidays', () => {
  table([
    { text: '劳动节，五一假期，五一国际劳动节', reference: '2022-04-20', expected: [['劳动节', '2022-05-01', undefined, 'day'], ['五一', '2022-05-01'], ['五一国际劳动节', '2022-05-01']] },
    { text: '三八国际妇女节，六一儿童节，情人节', reference: '2022-04-20', expected: [['三八国际妇女节', '2022-03-08'], ['六一儿童节', '2022-06-01'], ['情人节', '2022-02-14']] },
    { text: '万圣节，跨年夜', reference: '2022-11-20', expected: [['万圣节', '2022-10-31'], ['跨年夜', '2022-12-31']] },
    { text: '今年感恩节', reference: '2022-11-20', expected: [['今年感恩节', '2022-11-24']] },
    { text: '聖誕節前夕', reference: '2021-12-27', expected: [['聖誕節', '2021-12-25']] },
  ]);
});

describe('Victory Day, national and independence days', () => {
  table([
    { text: '俄罗斯举行胜利日阅兵式', reference: '2022-05-10', expected: [['胜利日', '2022-05-09']] },
    { text: '今年的勝利日', reference: '2023-04-30', expected: [['今年', '2023-01-01', '2023-12-31'], ['勝利日', '2023-05-09']] },
    { text: '欧洲胜利日，抗战胜利日', reference: '2022-08-20', expected: [['欧洲胜利日', '2022-05-08'], ['抗战胜利日', '2022-09-03']] },
    { text: '明天就是乌克兰独立日，烏克蘭獨立日，美国独立日', reference: '2022-08-23', expected: [['明天', '2022-08-24'], ['乌克兰独立日', '2022-08-24'], ['烏克蘭獨立日', '2022-08-24'], ['美国独立日', '2022-07-04']] },
    { text: '今年国庆假期，中国国庆，国庆节，国庆黄金周', reference: '2022-09-20', expected: [['今年国庆', '2022-10-01'], ['国庆', '2022-10-01'], ['国庆节', '2022-10-01'], ['国庆', '2022-10-01']] },
    { text: '双十国庆', reference: '2022-09-20', expected: [['双十国庆', '2022-10-10']] },
  ]);
});

describe('not holidays', () => {
  table(
    [
      // Whose independence, whose national day? Traditional 國慶 is Taiwan's (10/10) or Hong Kong's (10/1).
      '独立日，美国国庆，法国国庆日，國慶日，美国庆祝独立，新加坡国庆日，国庆日群众大会',
      '复活节，五一，五一广场，圣诞老人，圣诞树',
      '春节联欢晚会，春运，春晚',
    ].map((text) => ({ text, reference: '2022-09-20', expected: [] })),
  );
});

describe('lunar holidays', () => {
  table([
    { text: '今年春节，2022年春节，春节期间', reference: '2022-01-10', expected: [['今年春节', '2022-02-01'], ['2022年春节', '2022-02-01'], ['春节', '2022-02-01']] },
    { text: '除夕，元宵节', reference: '2022-01-10', expected: [['除夕', '2022-01-31'], ['元宵节', '2022-02-15']] },
    { text: '中秋节，中秋假期，端午节', reference: '2022-09-01', expected: [['中秋节', '2022-09-10'], ['中秋', '2022-09-10'], ['端午节', '2022-06-03']] },
    { text: '2024年春节', reference: '2024-03-01', expected: [['2024年春节', '2024-02-10']] },
  ]);

  it('agrees with the Chinese calendar of ICU', () => {
    const fmt = new Intl.DateTimeFormat('zh-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    const lunar = (day: number) => {
      const parts = fmt.formatToParts(new Date(day * 86_400_000));
      return `${parts.find((p) => p.type === 'month')?.value}/${parts.find((p) => p.type === 'day')?.value}`;
    };
    if (lunar(19024) !== '1/1') return; // 2022-02-01; an ICU without the Chinese calendar has nothing to say
    const want: Record<LunarHoliday, string> = { spring: '1/1', dragon: '5/5', autumn: '8/15' };
    for (let y = FIRST_LUNAR_YEAR; y <= LAST_LUNAR_YEAR; y++) {
      for (const which of ['spring', 'dragon', 'autumn'] as const) {
        const day = lunarDay(which, y);
        expect(day, `${which} ${y}`).not.toBeNull();
        expect(`${isoDay(day ?? 0)} ${lunar(day ?? 0)}`).toBe(`${isoDay(day ?? 0)} ${want[which]}`);
      }
    }
    expect(lunarDay('spring', FIRST_LUNAR_YEAR - 1)).toBeNull();
    expect(lunarDay('spring', LAST_LUNAR_YEAR + 1)).toBeNull();
  });
});
