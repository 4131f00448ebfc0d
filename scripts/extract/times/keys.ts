// One pass over a sentence notes which key characters it holds and where each first and last appears.
// A recogniser runs only when its key characters are there, and its regular expression scans from a
// little before the first of them to a little after the last instead of the whole sentence: most
// recognisers never run on a sentence, and those that do scan a fraction of it.

export const KEY = {
  YEAR: 1 << 0, // 年
  MONTH: 1 << 1, // 月
  DAY: 1 << 2, // 日 号
  WEEK: 1 << 3, // 周 星 礼 (周二, 星期二, 礼拜二)
  RELATIVE: 1 << 4, // 今 昨 明 前 后 大
  BACK: 1 << 5, // 同 当 次 翌 隔 第
  SEASON: 1 << 6, // 春 夏 秋 冬
  QUARTER: 1 << 7, // 季 Q
  HALF: 1 << 8, // 半
  EVERY: 1 << 9, // 每 逢
  DASH: 1 << 10, // 至 到 ~ - — – 、
  DIGIT: 1 << 11, // 0-9
  CN_NUMBER: 1 << 12, // 〇 零 一 … 十 廿 卅
  BRACKET: 1 << 13, // (
  DECADE: 1 << 14, // 代
  PART: 1 << 15, // 初 底 末 内 中 旬 (年初, 月底, 周末 …)
  SLASH: 1 << 16, // /
  LIANG: 1 << 17, // 两 (今明两天)
  HOLIDAY: 1 << 18, // 旦 夜 诞 节 夕 庆 胜 独 假 午 秋 (元旦, 平安夜, 圣诞节, 春节, 除夕, 国庆, 胜利日, 独立日, 五一假期, 端午, 中秋)
  DOT: 1 << 19, // . (3.3.2022)
} as const;

const TABLE = new Uint32Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    TABLE[code] = (TABLE[code] ?? 0) | bit;
  }
};
mark('年', KEY.YEAR);
mark('月', KEY.MONTH);
mark('日号', KEY.DAY);
mark('周星礼', KEY.WEEK);
mark('今昨明前后大', KEY.RELATIVE);
mark('同当次翌隔第', KEY.BACK);
mark('春夏秋冬', KEY.SEASON);
mark('季Q', KEY.QUARTER);
mark('半', KEY.HALF);
mark('每逢', KEY.EVERY);
mark('至到~-—–、', KEY.DASH);
mark('0123456789', KEY.DIGIT);
mark('〇零一二三四五六七八九十廿卅', KEY.CN_NUMBER);
mark('两', KEY.CN_NUMBER);
mark('(', KEY.BRACKET);
mark('代', KEY.DECADE);
mark('初底末内中旬', KEY.PART);
mark('/', KEY.SLASH);
mark('两', KEY.LIANG);
mark('旦诞夜节夕庆胜独假午秋', KEY.HOLIDAY);
mark('.', KEY.DOT);

const BITS = 20;

/**
 * The key characters of a sentence: a bit mask, and per bit the first (`first`) and last (`last`)
 * index where it appears.
 */
export function scanKeys(norm: string, first: Int32Array, last: Int32Array): number {
  let mask = 0;
  for (let i = 0; i < norm.length; i++) {
    let bits = TABLE[norm.charCodeAt(i)] ?? 0;
    if (bits === 0) continue;
    const fresh = bits & ~mask;
    mask |= bits;
    while (bits !== 0) {
      const b = 31 - Math.clz32(bits);
      if (fresh & (1 << b)) first[b] = i;
      last[b] = i;
      bits &= ~(1 << b);
    }
  }
  return mask;
}

export const SLOTS = BITS;

/**
 * The part of a sentence a recogniser needing any of `any` has to scan: from `reach` characters
 * before the first of them to `TAIL` characters after the last (a match never runs further past its
 * key character, look-aheads included). Only bits present in the sentence are looked at.
 */
export function windowFor(any: number, mask: number, reach: number, first: Int32Array, last: Int32Array, length: number): [number, number] {
  let lo = length;
  let hi = 0;
  let bits = any & mask;
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    const f = first[b] ?? 0;
    const l = last[b] ?? length;
    if (f < lo) lo = f;
    if (l > hi) hi = l;
    bits &= ~(1 << b);
  }
  return [Math.max(0, lo - reach), Math.min(length, hi + TAIL)];
}

/** The longest a match runs past its last key character: a day's time of day (当地时间下午3点30分左右) and a look-ahead. */
const TAIL = 24;
