// Written forms seen in Hong Kong, Taiwan and overseas papers: spaced dates, weekdays as digits, a time
// of day after a bracket, a bracketed weekday character, month/day with a slash, day-first numeric
// dates, Taiwan's year without 民国, weekdays with their dates in brackets.
import { describe } from 'vitest';
import { table } from './table.ts';

// 2022-03-02 is a Wednesday.
describe('a time of day after the closing bracket belongs to the day', () => {
  table([
    { text: '俄罗斯总统普京周三（16日）早上发表讲话', reference: '2022-03-17', expected: [['周三（16日）早上', '2022-03-16', undefined, 'day']] },
    { text: '国际法庭周三（16日）晚宣布裁定', reference: '2022-03-17', expected: [['周三（16日）晚', '2022-03-16']] },
    { text: '俄军4日（周一）晚间发动袭击', reference: '2022-04-05', expected: [['4日（周一）晚间', '2022-04-04']] },
    { text: '昨日（1日）下午3時', reference: '2022-03-02', expected: [['昨日（1日）下午3時', '2022-03-01']] },
    // Not a time of day: 早已, 晚会.
    { text: '周二（5日）早已撤离', reference: '2022-04-05', expected: [['周二（5日）', '2022-04-05']] },
  ]);
});

describe('a bracketed weekday character after a date', () => {
  table([
    { text: '會議4月5日（二）舉行', reference: '2022-04-01', expected: [['4月5日（二）', '2022-04-05']] },
    { text: '4月5日（二）晚上', reference: '2022-04-01', expected: [['4月5日（二）晚上', '2022-04-05']] },
    { text: '4/8(五)開幕', reference: '2022-04-05', expected: [['4/8(五)', '2022-04-08']] },
    // A weekday that disagrees is not taken in.
    { text: '4月5日（三）', reference: '2022-04-01', expected: [['4月5日', '2022-04-05']] },
    // A list number after a date is no weekday.
    { text: '4月5日（十）', reference: '2022-04-01', expected: [['4月5日', '2022-04-05']] },
  ]);
});

describe('a date written together with its weekday, with or without a space', () => {
  table([
    { text: '2026年2月3日星期二', reference: '2026-02-04', expected: [['2026年2月3日星期二', '2026-02-03']] },
    { text: '2026年2月3日 星期二', reference: '2026-02-04', expected: [['2026年2月3日 星期二', '2026-02-03']] },
    { text: '基辅时间已是3月22日星期二', reference: '2022-03-22', expected: [['3月22日星期二', '2022-03-22']] },
  ]);
});

describe('spaces inside dates (web papers)', () => {
  table([
    { text: '新加坡和印尼 2022 年 2 月 24 日譴責俄羅斯', reference: '2022-03-25', expected: [['2022 年 2 月 24 日', '2022-02-24']] },
    { text: '3 月 18 日美中兩國元首視訊', reference: '2022-03-25', expected: [['3 月 18 日', '2022-03-18']] },
    { text: '2022 年', reference: '2022-03-25', expected: [['2022 年', '2022-01-01', '2022-12-31', 'year']] },
  ]);
});

describe('spaces around a bare day (Taiwan web papers)', () => {
  table([
    { text: '烏克蘭總統澤倫斯基 21 日表示', reference: '2023-02-25', expected: [['21 日', '2023-02-21']] },
    { text: '（中央社記者李宗憲峇里島 25 日專電）今天', reference: '2023-02-26', expected: [['25 日', '2023-02-25'], ['今天', '2023-02-25']] },
    { text: '過去 5 日，第 5 日，共 3 日，5 日元', reference: '2023-02-25', expected: [] },
  ]);
});

describe('two pairs joined by a range connector: one range', () => {
  table([
    { text: '週日（27日）晚間至週一（28日）凌晨', reference: '2022-03-02', expected: [['週日（27日）晚間至週一（28日）凌晨', '2022-02-27', '2022-02-28', 'day']] },
    { text: '昨日（1日）至今日（2日）', reference: '2022-03-02', expected: [['昨日（1日）至今日（2日）', '2022-03-01', '2022-03-02']] },
    // Not a range: a verb between, or the second before the first.
    { text: '週一（28日）推遲到週三（2日）', reference: '2022-03-02', expected: [['週一（28日）', '2022-02-28'], ['週三（2日）', '2022-03-02']] },
  ]);
});

describe('weekdays written as digits (Hong Kong web papers)', () => {
  table([
    { text: '從星期 6 晚上 8 點開始宵禁', reference: '2022-03-19', expected: [['星期 6', '2022-03-19']] },
    { text: '3 名宇航員於星期5抵達', reference: '2022-03-19', expected: [['星期5', '2022-03-18']] },
    { text: '每星期3次，一星期5天，星期6个小时', reference: '2022-03-19', expected: [] },
  ]);
});

describe('month/day with a slash, only where unambiguous', () => {
  table([
    { text: '會議於4/8舉行', reference: '2022-04-05', expected: [['4/8', '2022-04-08']] },
    { text: '會議於 4/8 舉行', reference: '2022-04-05', expected: [['4/8', '2022-04-08']] },
    { text: '2/24起至今，3/1以來', reference: '2022-04-05', expected: [['2/24', '2022-02-24'], ['3/1', '2022-03-01']] },
    { text: '4/8（週五）', reference: '2022-04-05', expected: [['4/8（週五）', '2022-04-08']] },
    { text: '支持率低於1/3，高于2/3的多数，占比3/4的选民，于3/4的地区，比分3/1', reference: '2022-04-05', expected: [] },
  ]);
});

describe('numeric dates with the year last', () => {
  table([
    { text: '18/03/2022 更新', reference: '2022-04-05', expected: [['18/03/2022', '2022-03-18']] },
    { text: '02:59 3.3.2022', reference: '2022-04-05', expected: [['3.3.2022', '2022-03-03']] },
    { text: '03/18/2022', reference: '2022-04-05', expected: [['03/18/2022', '2022-03-18']] },
    { text: '4/4/2022', reference: '2022-04-05', expected: [['4/4/2022', '2022-04-04']] },
    // Either order possible: left out. Versions and addresses are no dates.
    { text: '12/11/2022，版本1.2.2022，IP 10.3.2022.1，31/02/2022', reference: '2022-04-05', expected: [] },
  ]);
});

describe('Taiwan years without 民国', () => {
  table([
    { text: '中央社記者伊斯坦堡傳真 112年1月3日', reference: '2023-01-03', expected: [['112年1月3日', '2023-01-03']] },
    { text: '110年12月', reference: '2023-01-03', expected: [['110年12月', '2021-12-01', '2021-12-31', 'month']] },
    // Without a month the number is an amount.
    { text: '有110年历史，110年', reference: '2023-01-03', expected: [] },
  ]);
});

describe('weekdays followed by their dates in brackets: one expression', () => {
  table([
    { text: '北约领导人将于本周二和周三（7月11日至12日）在维尔纽斯开会', reference: '2023-07-10', expected: [['本周二和周三（7月11日至12日）', '2023-07-11', '2023-07-12', 'day']] },
    { text: '会谈周二至周三（11至12日）举行', reference: '2023-07-10', expected: [['周二至周三（11至12日）', '2023-07-11', '2023-07-12']] },
    { text: '周二、周三（11日、12日）', reference: '2023-07-10', expected: [['周二、周三（11日、12日）', '2023-07-11', '2023-07-12']] },
    { text: '上周末（8日至9日）', reference: '2023-07-10', expected: [['上周末（8日至9日）', '2023-07-08', '2023-07-09', 'day']] },
    { text: '今明两天（10日至11日）', reference: '2023-07-10', expected: [['今明两天（10日至11日）', '2023-07-10', '2023-07-11']] },
    // A bracket holding anything else is not a restatement.
    { text: '周二和周三（会议期间）', reference: '2023-07-10', expected: [['周二', '2023-07-04'], ['周三', '2023-07-05']] },
  ]);
});

describe('the first months of a year', () => {
  table([
    { text: '今年首兩個月出口增長，今年前5个月', reference: '2022-06-02', expected: [['今年首兩個月', '2022-01-01', '2022-02-28', 'month'], ['今年前5个月', '2022-01-01', '2022-05-31']] },
    { text: '2021年头两个月', reference: '2022-06-02', expected: [['2021年头两个月', '2021-01-01', '2021-02-28']] },
    { text: '前两个月，头两个月', reference: '2022-06-02', expected: [] },
  ]);
});
