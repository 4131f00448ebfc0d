// One pass over a sentence notes which key characters it holds and where each first appears. A
// recogniser runs only when its key characters are there, and its regular expression starts a little
// before the first of them instead of at the start of the sentence: most recognisers never run on a
// sentence, and those that do scan a fraction of it.

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
} as const;

const TABLE = new Uint16Array(0x10000);
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
mark('〇零一二两三四五六七八九十廿卅', KEY.CN_NUMBER);
mark('(', KEY.BRACKET);
mark('代', KEY.DECADE);

const BITS = 15;

/** The key characters of a sentence: a bit mask, and in `first` the first index of each bit. */
export function scanKeys(norm: string, first: Int32Array): number {
  first.fill(-1);
  let mask = 0;
  for (let i = 0; i < norm.length; i++) {
    const bits = TABLE[norm.charCodeAt(i)] ?? 0;
    if (bits === 0) continue;
    const fresh = bits & ~mask;
    if (fresh !== 0) {
      for (let b = 0; b < BITS; b++) if (fresh & (1 << b)) first[b] = i;
      mask |= bits;
    }
  }
  return mask;
}

export const FIRST_SLOTS = BITS;

/** Where a recogniser needing any of `any` should start: `reach` characters before the first of them. */
export function startFor(any: number, reach: number, first: Int32Array): number {
  let min = Number.MAX_SAFE_INTEGER;
  for (let b = 0; b < BITS; b++) {
    if (any & (1 << b)) {
      const at = first[b] ?? -1;
      if (at >= 0 && at < min) min = at;
    }
  }
  return min === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, min - reach);
}
