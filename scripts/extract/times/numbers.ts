// Numbers as news writes them in dates (5, 05, 五, 十二, 二十五, 廿五, 二〇二二) and the regular
// expression fragments every recogniser shares. Fragments work on the normalised copy (see
// normalize.ts), so they only spell simplified characters and ASCII digits.

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** The value of a number written in ASCII digits or Chinese numerals; null when it is neither. */
export function parseNumber(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十廿卅百]+$/.test(text)) return null;
  // Positional form without unit characters: 二〇二二 = 2022, 八〇 = 80.
  if (!/[十廿卅百]/.test(text)) {
    let v = 0;
    for (const ch of text) v = v * 10 + (CN_DIGIT[ch] ?? 0);
    return v;
  }
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '廿') {
      total += 20;
    } else if (ch === '卅') {
      total += 30;
    } else {
      digit = CN_DIGIT[ch] ?? 0;
    }
  }
  return total + digit;
}

const CN1 = '[一二三四五六七八九]';

/** A month number, 1–12. */
export const MONTH_NUM = `(?:1[0-2]|0?[1-9]|十[一二]|十|${CN1})`;

/** A day of the month, 1–31. */
export const DAY_NUM = `(?:3[01]|[12][0-9]|0?[1-9]|三十一|三十|二十${CN1}?|十${CN1}?|廿${CN1}?|卅一?|${CN1})`;

/** A four-digit year, 1000–2199, in digits or positional Chinese numerals (二〇二二). */
export const YEAR4 = '(?:1[0-9]{3}|2[01][0-9]{2}|[一二][〇零一二三四五六七八九]{3})';

/** Not inside a longer number: no digit or Chinese numeral right before. */
export const NO_NUM_BEFORE = '(?<![0-9〇零一二两三四五六七八九十廿卅百千万亿.])';

/** A clock time: 3点, 15时30分, 15:30, 七点半, 10时许. */
const CLOCK =
  '(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})' +
  '(?::[0-9]{2}|点(?:[0-9]{1,2}分|[一二三四五六七八九十]{1,3}分|半|钟)?|时(?:[0-9]{1,2}分|[一二三四五六七八九十]{1,3}分|许)?)' +
  '(?:许|左右)?';

/** A part of the day; the lone 早/晚/夜/晨 are guarded against the words they start (早已, 晚会, 夜间 …). */
const PERIOD =
  '(?:凌晨|清晨|早晨|早上|早间|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|半夜|白天|' +
  '早些时候|晚些时候|稍早时候|稍晚时候|稍早|稍晚|稍后|较早时候|较早时|较早前|' +
  '早(?![已就期前日有在于点年])|晚(?![些会宴餐点辈年期于])|夜(?![间里以])|晨(?![报]))';

/**
 * What may follow a day and still be that day: 5日早上, 4日晚, 週六早上七點, 4日下午3点, 当地时间 …
 * A clock time alone is never a calendar time; after a day it is part of it.
 */
export const TIME_OF_DAY = `(?:(?:当地时间|北京时间|台北时间|香港时间)?(?:${PERIOD}(?:${CLOCK})?|${CLOCK}))?`;

/**
 * 中 after a month or a year (3月中, 年中) only when it ends the phrase: 3月中国 is March + China.
 */
export const MID = '中(?=$|[,.;:!?。、)”’」』\\s]|前|后|以|到|至|开始|举行|起|或|和|及|时|将|已|才|曾|也|就|发布|宣布|表示|再|左右|期间)';

/** A range connector between two time expressions: 至, 到, ~, -, —, with 起 (1月8日起至31日). */
export const RANGE_CONNECTOR = /^\s*(?:起\s*)?(?:至|到|~|-|—{1,2}|–|－)\s*$/;

/** Connectors of a list, across which a bare day or month takes the month or year before it. */
export const LIST_CONNECTOR = /^\s*(?:、|和|与|及|以及|或|或者)\s*$/;
