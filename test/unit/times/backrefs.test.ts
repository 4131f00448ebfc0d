// Back-references resolve against the last date of the article (ctx.last), not the publication day;
// without one only 当天/当日 fall back to the publication day.
import { describe, expect, it } from 'vitest';
import { extractTimes, newTimeContext } from '../../../scripts/extract/times/index.ts';
import { table } from './table.ts';

const jan12 = { start: '2022-01-12', end: '2022-01-12', precision: 'day' as const };

describe('back-references', () => {
  table([
    { text: '第二天与欧洲安全与合作组织进行磋商', reference: '2021-12-30', last: jan12, expected: [['第二天', '2022-01-13', undefined, 'day']] },
    { text: '次日，翌日，隔天', reference: '2021-12-30', last: jan12, expected: [['次日', '2022-01-13'], ['翌日', '2022-01-14'], ['隔天', '2022-01-15']] },
    { text: '同日，当天早些时候', reference: '2021-12-30', last: jan12, expected: [['同日', '2022-01-12'], ['当天早些时候', '2022-01-12']] },
    { text: '前一天晚上', reference: '2021-12-30', last: jan12, expected: [['前一天晚上', '2022-01-11']] },
    { text: '同一天，当晚', reference: '2021-12-30', last: jan12, expected: [['同一天', '2022-01-12'], ['当晚', '2022-01-12']] },
    { text: '当天', reference: '2022-03-14', expected: [['当天', '2022-03-14']] },
    { text: '当日', reference: '2022-03-14', expected: [['当日', '2022-03-14']] },
    { text: '次日，同日，第二天', reference: '2022-03-14', expected: [] },
    { text: '同年，次年，当年', reference: '2022-04-05', last: { start: '1991-12-25', end: '1991-12-25', precision: 'day' }, expected: [['同年', '1991-01-01', '1991-12-31', 'year'], ['次年', '1992-01-01', '1992-12-31'], ['当年', '1992-01-01', '1992-12-31']] },
    { text: '同年5月', reference: '2022-04-05', last: { start: '2014-01-01', end: '2014-12-31', precision: 'year' }, expected: [['同年5月', '2014-05-01', '2014-05-31']] },
    { text: '同年，当年', reference: '2022-04-05', expected: [] },
    // 当年 of this year's date is "back then", not a year.
    { text: '当年的承诺', reference: '2022-04-05', last: { start: '2022-04-04', end: '2022-04-04', precision: 'day' }, expected: [] },
    // A last date coarser than a day gives no day to count from.
    { text: '次日', reference: '2022-04-05', last: { start: '2021-12-20', end: '2021-12-26', precision: 'week' }, expected: [] },
    { text: '不可同日而语', reference: '2022-04-05', last: jan12, expected: [] },
    // 峰会前一天 counts from the summit, not from the last date.
    { text: '普京在峰会前一天提出条件，选举的前一日', reference: '2022-04-05', last: jan12, expected: [] },
    { text: '在前一天，其前一日', reference: '2022-04-05', last: jan12, expected: [['前一天', '2022-01-11'], ['前一日', '2022-01-10']] },
  ]);
});

describe('the context carries the last date across sentences', () => {
  it('resolves 当天 against the previous sentence, then 第二天 against that', () => {
    const ctx = newTimeContext('2022-03-14');
    expect(extractTimes('莫斯科和基辅代表团周日举行了新一轮会谈。', ctx).map((t) => t.start)).toEqual(['2022-03-13']);
    expect(ctx.last).toEqual({ start: '2022-03-13', end: '2022-03-13', precision: 'day' });
    expect(extractTimes('当天早些时候，波多利亚克在推特上写道', ctx).map((t) => t.start)).toEqual(['2022-03-13']);
    expect(extractTimes('第二天，双方继续会谈', ctx).map((t) => t.start)).toEqual(['2022-03-14']);
  });

  it('updates last with every emitted expression, in order', () => {
    const ctx = newTimeContext('2021-12-30');
    extractTimes('俄罗斯将于1月12日与北约举行会议，第二天与欧安组织进行磋商', ctx);
    expect(ctx.last).toEqual({ start: '2022-01-13', end: '2022-01-13', precision: 'day' });
  });

  it('leaves last alone when a sentence has no time', () => {
    const ctx = newTimeContext('2021-12-30');
    extractTimes('2014年', ctx);
    extractTimes('美国没有立即发表评论', ctx);
    expect(ctx.last).toEqual({ start: '2014-01-01', end: '2014-12-31', precision: 'year' });
  });
});
