// Holidays written by name, with or without a year (今年元旦, 2022年春节, 圣诞节前夕, 五一假期). Without
// a year the nearest one is meant, the clause's tense breaking ties, as for a month-day (bases.ts,
// yearless). Every holiday is one day, its first: 春节 is New Year's Day of the lunar calendar even in
// 春节期间.
//
//   Western calendar  元旦 1/1, 情人节 2/14, 妇女节 3/8, 劳动节 / 五一 5/1, 儿童节 6/1, 万圣节 10/31,
//                     平安夜 12/24, 圣诞节 12/25, 跨年夜 12/31, 感恩节 (the fourth Thursday of November)
//   Lunar calendar    春节, 除夕 (the day before), 元宵节 (春节 + 14), 端午节, 中秋节: a table (lunar.ts)
//   Victory Day       胜利日 is 9 May, the Russian one, which is what news of this kind means; 欧洲胜利日
//                     8 May; 抗战胜利日 3 September
//   National days     国庆 only where it is China's (1 October): 国庆节, the 国庆 holiday (假期, 长假, 黄金周)
//                     or 中国国庆, in simplified text and not after another country's name (美国国庆, 法国
//                     国庆日; a bare 国庆日 is Singapore's in 早报); Taiwan's and Hong Kong's 國慶 differ (10 /
//                     1 October), so traditional 國慶 is left out and only 双十 counts (10 October).
//                     独立日 only with its country (乌克兰独立日 8/24, 美国独立日 7/4 …), never alone.
//
// Not holidays: 圣诞老人, 圣诞树, 春节联欢晚会 (held on 除夕), 复活节 and other movable feasts.
import { civil, dayNumber, weekday } from './calendar.ts';
import { YEAR_PREFIX, resolveYear, yearBase, yearless } from './bases.ts';
import { KEY } from './keys.ts';
import { lunarDay } from './lunar.ts';
import { group, resolved, type Candidate, type Recognizer } from './types.ts';

type DayOf = (y: number) => number | null;

const fixed =
  (m: number, d: number): DayOf =>
  (y) =>
    dayNumber(y, m, d);

/** The fourth Thursday of November. */
const thanksgiving: DayOf = (y) => {
  const first = dayNumber(y, 11, 1);
  return first + ((4 - weekday(first) + 7) % 7) + 21;
};

const shifted =
  (f: DayOf, by: number): DayOf =>
  (y) => {
    const d = f(y);
    return d === null ? null : d + by;
  };

const springFestival: DayOf = (y) => lunarDay('spring', y);

const NAMED: Record<string, DayOf> = {
  元旦: fixed(1, 1),
  情人节: fixed(2, 14),
  妇女节: fixed(3, 8),
  劳动节: fixed(5, 1),
  五一: fixed(5, 1),
  儿童节: fixed(6, 1),
  六一: fixed(6, 1),
  万圣节: fixed(10, 31),
  平安夜: fixed(12, 24),
  圣诞节: fixed(12, 25),
  圣诞: fixed(12, 25),
  跨年夜: fixed(12, 31),
  新年前夜: fixed(12, 31),
  感恩节: thanksgiving,
  春节: springFestival,
  除夕: shifted(springFestival, -1),
  元宵节: shifted(springFestival, 14),
  端午节: (y) => lunarDay('dragon', y),
  端午: (y) => lunarDay('dragon', y),
  中秋节: (y) => lunarDay('autumn', y),
  中秋: (y) => lunarDay('autumn', y),
  胜利日: fixed(5, 9),
  胜利节: fixed(5, 9),
  欧洲胜利日: fixed(5, 8),
  抗战胜利日: fixed(9, 3),
  抗日战争胜利日: fixed(9, 3),
  国庆: fixed(10, 1),
  双十: fixed(10, 10),
};

const INDEPENDENCE: Record<string, [number, number]> = {
  乌克兰: [8, 24],
  美国: [7, 4],
  印度: [8, 15],
  巴基斯坦: [8, 14],
  白俄罗斯: [7, 3],
  印度尼西亚: [8, 17],
  印尼: [8, 17],
  菲律宾: [6, 12],
  哈萨克斯坦: [12, 16],
  格鲁吉亚: [5, 26],
  摩尔多瓦: [8, 27],
};

// Words after a short holiday name that make it the day, not something named after it.
const DAY_AFTER = '(?=假期|长假|小长假|黄金周|期间|前夕|当天|当日|前后|档|节|夜|前|后|$|[,.;:!?。、)”’」』\\s])';

const HOLIDAY = new RegExp(
  `(?:${YEAR_PREFIX})?(?<h>元旦|平安夜|圣诞节|圣诞(?=前夕|当天|期间|假期|前|后|夜)|跨年夜|新年前夜|` +
    '(?:五一)?(?:国际)?劳动节|五一(?=假期|长假|小长假|前夕)|(?:三八)?(?:国际)?妇女节|(?:六一)?(?:国际)?儿童节|' +
    '情人节|万圣节|感恩节|春节(?!联欢|晚会)|除夕|元宵节|端午节|中秋节|' +
    `端午${DAY_AFTER}|中秋${DAY_AFTER}|` +
    '(?:欧洲|抗战|抗日战争)?胜利[日节]|' +
    `国庆(?:节|日|${DAY_AFTER})|双十(?:节|国庆)|` +
    `(?<country>${Object.keys(INDEPENDENCE).join('|')})独立日)`,
  'g',
);

// Another country's 国庆 (美国国庆, 法国国庆日, 乌克兰国庆): a name ends right before it.
const OTHER_COUNTRY_BEFORE = /(?<!中|我|新中|建)国$|(?:兰|亚|斯|坦|本|度|南|西|利|其|鲜|朗|克|拉|尔|巴|门|及|非|加|典|威|麦|岛|宾|哥|廷|俄|美|法|英|德|日|韩|越|泰|印|朝)$/;

const CHINA_BEFORE = /(?:中国|我国|祖国)$/;
const CHINA_HOLIDAY_AFTER = /^(?:假期|长假|黄金周)/;

/** Which entry of NAMED a match is: 五一国际劳动节 → 劳动节, 双十国庆 → 双十, 国庆节 → 国庆. */
function nameOf(h: string): string {
  if (h.endsWith('劳动节')) return '劳动节';
  if (h.endsWith('妇女节')) return '妇女节';
  if (h.endsWith('儿童节')) return '儿童节';
  if (h.startsWith('双十')) return '双十';
  if (h.startsWith('国庆')) return '国庆';
  return h;
}

function buildHoliday(m: RegExpExecArray, norm: string, orig?: string): Candidate | null {
  const h = group(m, 'h');
  const country = group(m, 'country');
  let dayOf: DayOf | undefined;
  if (country) {
    const md = INDEPENDENCE[country];
    if (md) dayOf = fixed(md[0], md[1]);
  } else {
    dayOf = NAMED[nameOf(h)];
  }
  if (!dayOf) return null;
  const hAt = m.index + m[0].length - h.length;
  if (h.startsWith('国庆')) {
    // Traditional 國慶 is Taiwan's or Hong Kong's, and another country's comes after its name.
    if (orig && orig.charAt(hAt) !== '国') return null;
    const before = norm.slice(Math.max(0, hAt - 3), hAt);
    if (hAt === m.index && OTHER_COUNTRY_BEFORE.test(before)) return null;
    // China's is 国庆节 / the 国庆 holiday week, or 中国国庆; a bare 国庆日 is Singapore's as often (早报).
    const end = m.index + m[0].length;
    if (h !== '国庆节' && !CHINA_BEFORE.test(before) && !CHINA_HOLIDAY_AFTER.test(norm.slice(end, end + 3))) return null;
  }
  const base = yearBase(m);
  const day = dayOf;
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'other',
    lacks: base ? 'none' : 'year',
    resolve(env) {
      if (base) {
        const y = resolveYear(base, env);
        if (y === null) return null;
        const d = day(y);
        if (d === null) return null;
        return resolved({ s: d, e: d }, 'day', 'holiday', { statedYear: y, statedMonth: civil(d)[1], absoluteYear: base.kind === 'abs' });
      }
      const pick = yearless(env, (y) => {
        const d = day(y);
        return d === null ? null : { s: d, e: d };
      });
      return pick ? resolved(pick.span, 'day', 'holiday-nearest', { statedMonth: civil(pick.span.s)[1] }) : null;
    },
  };
}

export const holidayRecognizers: Recognizer[] = [{ name: 'holiday', keys: { any: KEY.HOLIDAY, reach: 12 }, re: HOLIDAY, build: buildHoliday }];
