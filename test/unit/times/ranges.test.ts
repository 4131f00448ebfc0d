// Ranges (至 / 到 / ～ / - / —), the second half inheriting what it lacks; number pairs; weekday and
// day told together (周二（5日）); lists; 自X以来 in both conventions.
import { describe } from 'vitest';
import { table } from './table.ts';

describe('ranges', () => {
  table([
    { text: '俄罗斯和白俄罗斯计划明年2月至3月进行联合军演', reference: '2021-12-30', expected: [['明年2月至3月', '2022-02-01', '2022-03-31', 'month']] },
    { text: '会议12日至13日举行', reference: '2022-04-05', expected: [['12日至13日', '2022-04-12', '2022-04-13', 'day']] },
    { text: '2015年至2017年', reference: '2022-04-05', expected: [['2015年至2017年', '2015-01-01', '2017-12-31', 'year']] },
    { text: '2015-2017年，2015至2017年', reference: '2022-04-05', expected: [['2015-2017年', '2015-01-01', '2017-12-31'], ['2015至2017年', '2015-01-01', '2017-12-31']] },
    { text: '1～6月', reference: '2022-07-05', expected: [['1～6月', '2022-01-01', '2022-06-30', 'month']] },
    { text: '今年1至6月', reference: '2022-04-05', expected: [['今年1至6月', '2022-01-01', '2022-06-30']] },
    { text: '3月5日至7日', reference: '2022-04-05', expected: [['3月5日至7日', '2022-03-05', '2022-03-07']] },
    { text: '3月5-7日', reference: '2022-04-05', expected: [['3月5-7日', '2022-03-05', '2022-03-07']] },
    { text: '5至7日', reference: '2022-04-05', expected: [['5至7日', '2022-04-05', '2022-04-07']] },
    { text: '3月5日到4月2日', reference: '2022-04-05', expected: [['3月5日到4月2日', '2022-03-05', '2022-04-02']] },
    { text: '28日至3日', reference: '2022-04-05', expected: [['28日至3日', '2022-03-28', '2022-04-03']] },
    { text: '12月至1月', reference: '2021-12-10', expected: [['12月至1月', '2021-12-01', '2022-01-31']] },
    { text: '周一至周五', reference: '2022-04-05', expected: [['周一至周五', '2022-04-04', '2022-04-08']] },
    { text: '4日晚间至5日清晨', reference: '2022-04-05', expected: [['4日晚间至5日清晨', '2022-04-04', '2022-04-05']] },
    { text: '1月8日起至31日', reference: '2021-01-05', expected: [['1月8日起至31日', '2021-01-08', '2021-01-31']] },
    { text: '2021年12月—2022年2月', reference: '2022-04-05', expected: [['2021年12月—2022年2月', '2021-12-01', '2022-02-28', 'month']] },
    { text: '北约外长会议将于6日至7日举行', reference: '2022-04-05', expected: [['6日至7日', '2022-04-06', '2022-04-07']] },
  ]);
});

describe('not a range', () => {
  table([
    { text: '会议从周三推迟到周四', reference: '2022-04-07', expected: [['周三', '2022-04-06'], ['周四', '2022-04-07']] },
    { text: '他4日到访基辅', reference: '2022-04-05', expected: [['4日', '2022-04-04']] },
    { text: '需要3-5日', reference: '2022-04-05', expected: [] },
    { text: '预计1-2日内完成', reference: '2022-04-05', expected: [] },
  ]);
});

describe('lists: a bare day takes the month before it', () => {
  table([
    { text: '3月5日和7日', reference: '2022-04-05', expected: [['3月5日', '2022-03-05'], ['7日', '2022-03-07']] },
    { text: '3月5日、7日和9日', reference: '2022-04-05', expected: [['3月5日', '2022-03-05'], ['7日', '2022-03-07'], ['9日', '2022-03-09']] },
    { text: '3月5、6日', reference: '2022-04-05', expected: [['3月5、6日', '2022-03-05', '2022-03-06']] },
    { text: '俄军3月底撤离布查后，泽连斯基4日视察了该地', reference: '2022-04-05', expected: [['3月底', '2022-03-21', '2022-03-31'], ['4日', '2022-04-04']] },
    { text: '1991年12月25日，戈尔巴乔夫辞职，12月26日苏联解体', reference: '2021-12-27', expected: [['1991年12月25日', '1991-12-25'], ['12月26日', '1991-12-26']] },
    { text: '俄罗斯2022年的第一个正式工作日是1月10日', reference: '2021-12-27', expected: [['2022年', '2022-01-01', '2022-12-31'], ['1月10日', '2022-01-10']] },
  ]);
});

describe('a weekday or relative day with the day of the month: one expression', () => {
  table([
    { text: '在周二（5日）通过安全走廊离开该市', reference: '2022-04-05', expected: [['周二（5日）', '2022-04-05', undefined, 'day']] },
    { text: '俄罗斯4日（周一）表示', reference: '2022-04-05', expected: [['4日（周一）', '2022-04-04']] },
    { text: '俄罗斯周一（4月4日）表示', reference: '2022-04-05', expected: [['周一（4月4日）', '2022-04-04']] },
    { text: '4月5日星期二', reference: '2022-04-05', expected: [['4月5日星期二', '2022-04-05']] },
    { text: '特区政府今日（5日）公布，昨日(4日)', reference: '2022-04-05', expected: [['今日（5日）', '2022-04-05'], ['昨日(4日)', '2022-04-04']] },
    // The day decides the week: a Friday the 8th is the coming one even without a future word.
    { text: '谈判周五（8日）举行', reference: '2022-04-05', expected: [['周五（8日）', '2022-04-08']] },
    { text: '上周五（1日）', reference: '2022-04-05', expected: [['上周五（1日）', '2022-04-01']] },
    { text: '周三（30日）', reference: '2022-04-01', expected: [['周三（30日）', '2022-03-30']] },
  ]);
});

describe('since: X alone by default, X to publication on request', () => {
  table([
    { text: '这也是该小组自上周五以来进行的第4次尝试', reference: '2022-04-05', expected: [['上周五', '2022-04-01']] },
    { text: '自今年2月24日以来，俄罗斯对乌克兰发起了“特别军事行动”', reference: '2022-04-05', expected: [['今年2月24日', '2022-02-24']] },
    { text: '该地区自2014年以来一直见证着冲突', reference: '2021-12-30', expected: [['2014年', '2014-01-01', '2014-12-31', 'year']] },
    { text: '这也是该小组自上周五以来进行的第4次尝试', reference: '2022-04-05', since: 'span', expected: [['自上周五以来', '2022-04-01', '2022-04-05']] },
    { text: '该地区自2014年以来一直见证着冲突', reference: '2021-12-30', since: 'span', expected: [['自2014年以来', '2014-01-01', '2021-12-30', 'year']] },
    { text: '2月24日至今', reference: '2022-04-05', since: 'span', expected: [['2月24日至今', '2022-02-24', '2022-04-05']] },
    { text: '今年以来', reference: '2022-04-05', since: 'span', expected: [['今年以来', '2022-01-01', '2022-12-31']] },
  ]);
});
