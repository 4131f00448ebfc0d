// A bare day of the month: 4日, 5日早上, 5號, 4日下午3点, 二十五日.
//
// Not days: N日内 / 5日之内 (within N days), 第5日 (an ordinal), 数日 / 连日 / 近日 (vague), 过去5日 /
// 停火30日 / 为期3日 (amounts), 5日元 (yen), and 号 in its other uses (5号线, 3号机组, 1号文件): 号 counts
// as a day only where a day can stand, before punctuation, a verb of the news or a time of day; 三日 in
// one Chinese numeral only before a verb or a schedule word.
import { monthless } from './bases.ts';
import { DAY_NUM, NO_NUM_BEFORE, TIME_OF_DAY, parseNumber } from './numbers.ts';
import { group, resolved, type Candidate, type Recognizer } from './types.ts';
import { KEY } from './keys.ts';

// Taiwan's web papers put spaces around numbers (澤倫斯基 21 日表示, 峇里島 25 日專電).
const BARE_DAY = new RegExp(
  `${NO_NUM_BEFORE}(?<![第每数几近连多逾约个这那头共仅满整历达月] ?)(?<dn>${DAY_NUM})(?<sp> ?)(?<unit>[日号])(?<tod>${TIME_OF_DAY})`,
  'g',
);

// 过去5日, 为期3日, 停火30日, 延长30日: amounts of days after words that measure time.
const DURATION_BEFORE =
  /(?:过去|未来|最近|为期|超过|不到|不足|长达|历时|持续|连续|大约|需要|需|用了|花了|停火|休战|停战|延长|延期|暂停|拘留|隔离|逗留|停留|放假|休市|罢工|绝食|禁食|宵禁|戒严)$/;
/** 前5日 is "the first five days"; 此前/日前/目前 + 5日 is just a word before a day. */
const FIRST_N_BEFORE = /(?<![此日目之当提先早以])前$/;
/** The second number of a pair the range recogniser refused (需要3-5日): an amount, not a day. */
const HALF_OF_PAIR = /[0-9一二三四五六七八九十]\s*[-~—–至到、]\s*$/;
const NOT_A_DAY_AFTER_RI = /^(?:之?内(?!瓦)|以内|之间|间|元|圆|币|游|制|三餐)/;
// What may follow a day: the verbs of news and the words of a schedule.
const DAY_WORDS =
  '起|当天|在|举行|开始|发布|表示|宣布|称|说|报道|将|已|于|又|再|也|才|就|曾|正式|生效|截止|为止|召开|抵达|访问|前往|出发|返回|' +
  '会见|会晤|通电话|发生|举办|公布|签署|和|与|及|或|周|星期|礼拜';
const DAY_AFTER_HAO = new RegExp(`^(?:$|[,.;:!?。、)”’」』\\s(]|[至到~\\-—–]|前|后|的|之前|之后|以来|以前|以后|${DAY_WORDS})`);
/** After 三日 in one Chinese numeral: no punctuation (停留三日。), no 前/后/的 (三日后, 三日的会议). */
const DAY_AFTER_CN1 = new RegExp(`^(?:[至到~\\-—–]|专?电|${DAY_WORDS})`);

function buildBareDay(m: RegExpExecArray, norm: string): Candidate | null {
  const dn = group(m, 'dn');
  const dom = parseNumber(dn);
  if (dom === null || dom < 1 || dom > 31) return null;
  // 一日 is far more often "one day" (一日之内, 有朝一日) than the first of the month.
  if (dom === 1 && dn === '一') return null;
  const start = m.index;
  const unitEnd = start + dn.length + group(m, 'sp').length + 1;
  const before = norm.slice(Math.max(0, start - 5), start).trimEnd();
  if (DURATION_BEFORE.test(before) || FIRST_N_BEFORE.test(before) || HALF_OF_PAIR.test(before)) return null;
  const after = norm.slice(unitEnd, unitEnd + 8);
  if (group(m, 'unit') === '日') {
    if (NOT_A_DAY_AFTER_RI.test(after)) return null;
    // 三日 in one Chinese numeral is as often three days (三日三夜, 访问三日) as the third: only where a
    // day can stand, as for 号.
    if (/^[二三四五六七八九十]$/.test(dn) && !group(m, 'tod') && !DAY_AFTER_CN1.test(after)) return null;
  } else if (!group(m, 'tod') && !DAY_AFTER_HAO.test(after)) {
    return null;
  }
  return {
    start,
    end: start + m[0].length,
    kind: 'dated',
    lacks: 'month',
    dom,
    resolve(env) {
      const pick = monthless(env, dom);
      if (!pick) return null;
      const inherited = env.anchor !== null;
      return resolved({ s: pick.day, e: pick.day }, 'day', pick.rule, {
        statedYear: inherited ? pick.y : null,
        statedMonth: inherited ? pick.m : null,
      });
    },
  };
}

export const dayRecognizers: Recognizer[] = [{ name: 'bare-day', keys: { any: KEY.DAY, reach: 3 }, re: BARE_DAY, build: buildBareDay }];
