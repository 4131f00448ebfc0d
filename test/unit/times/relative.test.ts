// Days and years relative to publication: 今天 / 昨天 / 前天 / 明天 / 后天 with a time of day, 昨晚,
// 今晨, Hong Kong's 今日 / 昨日 / 前日, Taiwan's 今(5)日; 今年 / 去年 / 前年 / 明年 and their parts.
import { describe } from 'vitest';
import { table } from './table.ts';

describe('relative days', () => {
  table([
    { text: '根据白宫的公告，今天，即周四，美国总统', reference: '2021-12-30', expected: [['今天', '2021-12-30'], ['周四', '2021-12-30']] },
    { text: '四国外长在昨天晚上的通话中确认', reference: '2021-12-30', expected: [['昨天晚上', '2021-12-29', undefined, 'day']] },
    { text: '昨晚，今晨，今早，今晚', reference: '2022-04-05', expected: [['昨晚', '2022-04-04'], ['今晨', '2022-04-05'], ['今早', '2022-04-05'], ['今晚', '2022-04-05']] },
    { text: '前天，大前天，明天上午10点，后天，大后天', reference: '2022-04-05', expected: [['前天', '2022-04-03'], ['大前天', '2022-04-02'], ['明天上午10点', '2022-04-06'], ['后天', '2022-04-07'], ['大后天', '2022-04-08']] },
    { text: '特区政府今日表示，前日，明日', reference: '2022-04-05', expected: [['今日', '2022-04-05'], ['前日', '2022-04-03'], ['明日', '2022-04-06']] },
    { text: '今明两天将有大雨', reference: '2022-04-05', expected: [['今明两天', '2022-04-05', '2022-04-06']] },
    { text: '行政院今（5）日表示，昨(4)日', reference: '2022-04-05', expected: [['今（5）日', '2022-04-05'], ['昨(4)日', '2022-04-04']] },
    // The written number wins over a reference day that is one off (UTC vs local day).
    { text: '行政院今（6）日表示', reference: '2022-04-05', expected: [['今（6）日', '2022-04-06']] },
    { text: '俄軍昨(4)晚砲轟，今(5)晨', reference: '2022-04-05', expected: [['昨(4)晚', '2022-04-04'], ['今(5)晨', '2022-04-05']] },
    { text: '今日較早時，今天较早前', reference: '2022-04-05', expected: [['今日較早時', '2022-04-05'], ['今天较早前', '2022-04-05']] },
  ]);
});

describe('not a relative day', () => {
  table([
    { text: '他告诉“今日俄罗斯”', reference: '2022-04-05', expected: [] },
    { text: '据今日俄罗斯电视台报道', reference: '2022-04-05', expected: [] },
    { text: '《今日美国》报道', reference: '2022-04-05', expected: [] },
    { text: '今日美国报称', reference: '2022-04-05', expected: [] },
    { text: '中国的明天，昨日黄花，明日之星，先天后天', reference: '2022-04-05', expected: [] },
    { text: '提前日期，日程', reference: '2022-04-05', expected: [] },
  ]);
});

describe('relative years and their parts', () => {
  table([
    { text: '这是今年的第二次此类行动', reference: '2021-12-27', expected: [['今年', '2021-01-01', '2021-12-31', 'year']] },
    { text: '去年，前年，明年，后年', reference: '2022-04-05', expected: [['去年', '2021-01-01', '2021-12-31'], ['前年', '2020-01-01', '2020-12-31'], ['明年', '2023-01-01', '2023-12-31'], ['后年', '2024-01-01', '2024-12-31']] },
    { text: '比上年增长5%', reference: '2022-04-05', expected: [['上年', '2021-01-01', '2021-12-31']] },
    { text: '今年年初，去年底，明年初，今年年中', reference: '2022-04-05', expected: [['今年年初', '2022-01-01', '2022-03-31', 'season'], ['去年底', '2021-10-01', '2021-12-31'], ['明年初', '2023-01-01', '2023-03-31'], ['今年年中', '2022-04-01', '2022-09-30']] },
    { text: '今年早些时候', reference: '2022-04-05', expected: [['今年早些时候', '2022-01-01', '2022-12-31', 'year']] },
    { text: '年底前完成，年内，年初', reference: '2022-04-05', expected: [['年底', '2022-10-01', '2022-12-31'], ['年内', '2022-01-01', '2022-12-31'], ['年初', '2022-01-01', '2022-03-31']] },
  ]);
});

describe('not a relative year', () => {
  table([
    { text: '失去年轻人，声明年轻，近年来，多年来，往年', reference: '2022-04-05', expected: [] },
    { text: '三年内，半年内，一年中，青年，新年初一', reference: '2022-04-05', expected: [] },
    { text: '同年龄，相当年轻', reference: '2022-04-05', last: { start: '2014-01-01', end: '2014-12-31', precision: 'year' }, expected: [] },
  ]);
});

// 2022-03-25 is a Friday.
describe('counted back from publication: N天前 (a day), N周前 (an ISO week), N个月前 (a month)', () => {
  table([
    { text: '俄军三天前炸毁了大桥，泽连斯基一周前表示', reference: '2022-03-25', expected: [['三天前', '2022-03-22', undefined, 'day'], ['一周前', '2022-03-14', '2022-03-20', 'week']] },
    { text: '两天前，十天以前，两个星期前，一个月前', reference: '2022-03-25', expected: [['两天前', '2022-03-23'], ['十天以前', '2022-03-15'], ['两个星期前', '2022-03-07', '2022-03-13'], ['一个月前', '2022-02-01', '2022-02-28', 'month']] },
    { text: '3天前', reference: '2022-03-25', expected: [['3天前', '2022-03-22']] },
  ]);
});

describe('not counted back from publication', () => {
  table([
    // Vague counts, years, offsets forward (三天后 counts from an event as often as from now).
    { text: '几天前，数周前，一两天前，两年前，30年前，三天后，两周后', reference: '2022-03-25', expected: [] },
    // Counted from an event, or the count of something else.
    { text: '在会谈的两天前，峰会之三天前，他三天前往基辅，两周前线吃紧', reference: '2022-03-25', expected: [] },
    { text: '提前三天，最近三天前', reference: '2022-03-25', expected: [] },
  ]);
});
