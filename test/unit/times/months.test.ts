// Dates with a month: full dates, year-months, month-days and months without a year (nearest year,
// tense breaking the tie), relative and back-referring months, parts of months.
import { describe } from 'vitest';
import { table } from './table.ts';

describe('full dates', () => {
  table([
    { text: '2022年4月5日', reference: '2021-12-30', expected: [['2022年4月5日', '2022-04-05', undefined, 'day']] },
    { text: '二〇二二年四月五日', reference: '2021-12-30', expected: [['二〇二二年四月五日', '2022-04-05']] },
    { text: '二零二二年十二月三十一日', reference: '2021-12-30', expected: [['二零二二年十二月三十一日', '2022-12-31']] },
    { text: '2022年4月5号晚', reference: '2021-12-30', expected: [['2022年4月5号晚', '2022-04-05']] },
    { text: '日期：2022-04-05，2022/4/5，2022.4.5。', reference: '2021-12-30', expected: [['2022-04-05', '2022-04-05'], ['2022/4/5', '2022-04-05'], ['2022.4.5', '2022-04-05']] },
    { text: '版本3.2022.4.5和https://x.org/2022/04/05/a', reference: '2021-12-30', expected: [] },
    { text: '2022年2月30日', reference: '2021-12-30', expected: [] },
    { text: '民国111年4月5日', reference: '2022-04-05', expected: [['民国111年4月5日', '2022-04-05']] },
    { text: '今年2月24日', reference: '2022-04-05', expected: [['今年2月24日', '2022-02-24']] },
    { text: '去年12月', reference: '2022-04-05', expected: [['去年12月', '2021-12-01', '2021-12-31', 'month']] },
    { text: '2022年4月', reference: '2021-12-30', expected: [['2022年4月', '2022-04-01', '2022-04-30', 'month']] },
    { text: '2022年4月份', reference: '2021-12-30', expected: [['2022年4月份', '2022-04-01', '2022-04-30']] },
  ]);
});

describe('month-day and month without a year: the nearest year, tense breaks ties', () => {
  table([
    { text: '俄罗斯将在1月10日举行的日内瓦会谈中要求', reference: '2021-12-30', expected: [['1月10日', '2022-01-10', undefined, 'day']] },
    { text: '俄罗斯外交官将于1月与美国会谈', reference: '2021-12-27', expected: [['1月', '2022-01-01', '2022-01-31', 'month']] },
    { text: '俄军于3月底撤出基辅周边地区', reference: '2022-04-05', expected: [['3月底', '2022-03-21', '2022-03-31']] },
    { text: '12月28日发生爆炸', reference: '2022-01-03', expected: [['12月28日', '2021-12-28']] },
    { text: '12月的选举', reference: '2022-06-15', expected: [['12月', '2021-12-01', '2021-12-31']] },
    { text: '将在12月举行选举', reference: '2022-06-15', expected: [['12月', '2022-12-01', '2022-12-31']] },
    { text: '选举已于7月举行', reference: '2022-01-20', expected: [['7月', '2021-07-01', '2021-07-31']] },
    { text: '美国将继续调查3月28日发生的事件', reference: '2022-04-05', expected: [['3月28日', '2022-03-28']] },
    { text: '四月五日', reference: '2022-04-05', expected: [['四月五日', '2022-04-05']] },
    { text: '十二月', reference: '2022-01-03', expected: [['十二月', '2021-12-01', '2021-12-31']] },
    { text: '3月份', reference: '2022-04-05', expected: [['3月份', '2022-03-01', '2022-03-31']] },
    // Taiwan and Hong Kong papers write month/day in brackets.
    { text: '俄罗斯2月24日入侵乌克兰，至今(3/18)进入第23天', reference: '2022-03-18', expected: [['2月24日', '2022-02-24'], ['3/18', '2022-03-18']] },
    { text: '截至昨天(3/17)为止', reference: '2022-03-18', expected: [['昨天(3/17)', '2022-03-17']] },
  ]);
});

describe('parts of a month', () => {
  table([
    { text: '3月初', reference: '2022-04-05', expected: [['3月初', '2022-03-01', '2022-03-10', 'month']] },
    { text: '3月上旬', reference: '2022-04-05', expected: [['3月上旬', '2022-03-01', '2022-03-10']] },
    { text: '3月中旬', reference: '2022-04-05', expected: [['3月中旬', '2022-03-11', '2022-03-20']] },
    { text: '3月中，', reference: '2022-04-05', expected: [['3月中', '2022-03-11', '2022-03-20']] },
    { text: '2月下旬', reference: '2022-04-05', expected: [['2月下旬', '2022-02-21', '2022-02-28']] },
    { text: '3月中国出口增长', reference: '2022-04-05', expected: [['3月', '2022-03-01', '2022-03-31']] },
    { text: '月初，月底前', reference: '2022-04-05', expected: [['月初', '2022-04-01', '2022-04-10'], ['月底', '2022-04-21', '2022-04-30']] },
    { text: '岁月中，蜜月底，每月初，三个月底', reference: '2022-04-05', expected: [] },
  ]);
});

describe('relative and back-referring months', () => {
  table([
    { text: '俄罗斯将于下月与美国举行安全会谈', reference: '2021-12-27', expected: [['下月', '2022-01-01', '2022-01-31', 'month']] },
    { text: '本月早些时候，俄罗斯公布了清单', reference: '2021-12-27', expected: [['本月早些时候', '2021-12-01', '2021-12-31', 'month']] },
    { text: '本月晚些时候', reference: '2021-12-27', expected: [['本月晚些时候', '2021-12-01', '2021-12-31']] },
    // Hong Kong and BBC wording: 较早前 / 較早時候 (earlier in …), the whole month, week or year.
    { text: '12月較早前，本週較早前，今年較早時候', reference: '2025-12-23', expected: [['12月較早前', '2025-12-01', '2025-12-31', 'month'], ['本週較早前', '2025-12-22', '2025-12-28', 'week'], ['今年較早時候', '2025-01-01', '2025-12-31', 'year']] },
    { text: '上月底', reference: '2022-01-05', expected: [['上月底', '2021-12-21', '2021-12-31']] },
    { text: '上个月，这个月，下个月', reference: '2022-04-05', expected: [['上个月', '2022-03-01', '2022-03-31'], ['这个月', '2022-04-01', '2022-04-30'], ['下个月', '2022-05-01', '2022-05-31']] },
    { text: '上月28日', reference: '2022-04-05', expected: [['上月28日', '2022-03-28']] },
    { text: '本月20日', reference: '2021-01-05', expected: [['本月20日', '2021-01-20']] },
    { text: '下月中旬', reference: '2022-12-05', expected: [['下月中旬', '2023-01-11', '2023-01-20']] },
    { text: '同月，当月5日，次月', reference: '2022-04-05', last: { start: '2021-03-02', end: '2021-03-02', precision: 'day' }, expected: [['同月', '2021-03-01', '2021-03-31'], ['当月5日', '2021-03-05'], ['次月', '2021-04-01', '2021-04-30']] },
    { text: '同月', reference: '2022-04-05', expected: [] },
  ]);
});

describe('not a month', () => {
  table([
    { text: '三个月，数月，几个月来', reference: '2022-04-05', expected: [] },
    { text: '一月之内，三月有余', reference: '2022-04-05', expected: [] },
    { text: '十月革命', reference: '2022-04-05', expected: [] },
    { text: '岁月，正月，满月', reference: '2022-04-05', expected: [] },
  ]);
});

describe('元月 and fixed-day holidays', () => {
  table([
    { text: '元月10日', reference: '2021-12-27', expected: [['元月10日', '2022-01-10']] },
    { text: '今年元旦，明年元旦', reference: '2021-12-27', expected: [['今年元旦', '2021-01-01'], ['明年元旦', '2022-01-01']] },
    { text: '元旦假期', reference: '2021-12-27', expected: [['元旦', '2022-01-01']] },
    { text: '平安夜，圣诞节前夕', reference: '2021-12-27', expected: [['平安夜', '2021-12-24'], ['圣诞节', '2021-12-25']] },
    { text: '圣诞老人，圣诞树', reference: '2021-12-27', expected: [] },
  ]);
});
