// Bare days of the month (X日 / X号): the publication month unless far ahead, the next such day in
// a future clause, never N日内 / 第5日 / 5号线 / inside a number.
import { describe } from 'vitest';
import { table } from './table.ts';

describe('bare day', () => {
  table([
    { text: '俄罗斯国防部4日表示', reference: '2022-04-05', expected: [['4日', '2022-04-04', undefined, 'day']] },
    { text: '准备从5日早上开始', reference: '2022-04-05', expected: [['5日早上', '2022-04-05']] },
    { text: '联合国安理会5日下午3时举行会议', reference: '2022-04-05', expected: [['5日下午3时', '2022-04-05']] },
    { text: '当地时间4日晚，泽连斯基发表视频讲话', reference: '2022-04-05', expected: [['4日晚', '2022-04-04']] },
    { text: '新华社莫斯科5日电', reference: '2022-04-05', expected: [['5日', '2022-04-05']] },
    { text: '欧盟二十五日宣布', reference: '2022-04-27', expected: [['二十五日', '2022-04-25']] },
    { text: '美国国务院廿五日表示', reference: '2022-04-27', expected: [['廿五日', '2022-04-25']] },
    { text: '美國國務院三日表示，四日晚間', reference: '2022-04-27', expected: [['三日', '2022-04-03'], ['四日晚間', '2022-04-04']] },
    { text: '他5号在基辅表示', reference: '2022-04-05', expected: [['5号', '2022-04-05']] },
    // Far ahead of publication without a future word: the month before.
    { text: '欧盟27日宣布新一轮制裁', reference: '2022-04-05', expected: [['27日', '2022-03-27']] },
    { text: '俄军31日撤出', reference: '2022-05-02', expected: [['31日', '2022-03-31']] },
    // A little ahead: still this month (late editions, time zones, plans without 将).
    { text: '日本首都圈8日起采取紧急事态行动', reference: '2021-01-05', expected: [['8日', '2021-01-08']] },
    // Future clause: the first such day on or after publication.
    { text: '北约外长将于28日举行会议', reference: '2022-04-05', expected: [['28日', '2022-04-28']] },
    { text: '两国元首定于3日举行会谈', reference: '2022-04-25', expected: [['3日', '2022-05-03']] },
    { text: '新法案将于5日生效', reference: '2021-12-28', expected: [['5日', '2022-01-05']] },
    { text: '俄罗斯将“在5日尽力将平民撤离', reference: '2022-04-05', expected: [['5日', '2022-04-05']] },
    // A future clause naming the day before publication: the same evening in another time zone.
    { text: '美国总统拜登将于1日晚发表国情咨文', reference: '2022-03-02', expected: [['1日晚', '2022-03-01']] },
    // 将 moving a noun (将关键利率上调) is no future.
    { text: '俄央行28日将关键利率从9.5%上调至20%', reference: '2022-03-02', expected: [['28日', '2022-02-28']] },
  ]);
});

describe('not a bare day', () => {
  table([
    { text: '他们必须在3日内离开', reference: '2022-04-05', expected: [] },
    { text: '相关部门须于5日之内答复', reference: '2022-04-05', expected: [] },
    { text: '这是战争的第5日', reference: '2022-04-05', expected: [] },
    { text: '地铁5号线停运', reference: '2022-04-05', expected: [] },
    { text: '扎波罗热核电站3号机组', reference: '2022-04-05', expected: [] },
    { text: '政府发布1号文件', reference: '2022-04-05', expected: [] },
    { text: '共有2405位平民撤离', reference: '2022-04-05', expected: [] },
    { text: '过去5日有大批难民', reference: '2022-04-05', expected: [] },
    { text: '连日来，数日之间', reference: '2022-04-05', expected: [] },
    { text: '近日，日前，目前', reference: '2022-04-05', expected: [] },
    { text: '价格为5日元', reference: '2022-04-05', expected: [] },
    { text: '一日三餐，有朝一日', reference: '2022-04-05', expected: [] },
    { text: '编号124日志', reference: '2022-04-05', expected: [] },
    // Amounts of days after words that measure time.
    { text: '普京宣布单方面停火三日，若俄方拒绝无条件停火30日', reference: '2022-04-05', expected: [] },
    { text: '将停战3日，延长30日，宵禁2日', reference: '2022-04-05', expected: [] },
    // One Chinese numeral: a day only where a day can stand.
    { text: '三日三夜，訪問三日', reference: '2022-04-05', expected: [] },
  ]);
});
