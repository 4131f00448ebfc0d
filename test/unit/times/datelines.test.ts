// Datelines (新华社基辅3月1日电, （中央社台北5日电）): the dateline's day is a calendar time and, once
// read, the writer's "today" for the rest of the article. Also: a quoted 今天 is the speaker's day, and
// the start of a 自X以来 is not what 当晚 in the next sentence points at.
import { describe, expect, it } from 'vitest';
import { extractTimes, newTimeContext } from '../../../scripts/extract/times/index.ts';
import { table } from './table.ts';

describe('datelines: the day is a time, and relative words that follow count from it', () => {
  table([
    // A print edition dated the day after the wire: 昨天 is the day before the dateline's.
    { text: '本报莫斯科3月1日电 俄罗斯外交部昨天宣布', reference: '2022-03-02', expected: [['3月1日', '2022-03-01', undefined, 'day'], ['昨天', '2022-02-28']] },
    { text: '（中央社基輔1日綜合外電報導）烏克蘭總統今天表示', reference: '2022-03-02', expected: [['1日', '2022-03-01'], ['今天', '2022-03-01']] },
    { text: '中央社台北1日電 行政院今晚宣布', reference: '2022-03-02', expected: [['1日', '2022-03-01'], ['今晚', '2022-03-01']] },
    { text: '（中央社記者陳家倫華盛頓1日專電）美國國務院週一表示', reference: '2022-03-02', expected: [['1日', '2022-03-01'], ['週一', '2022-02-28']] },
    { text: '新华社基辅3月1日电 乌克兰总统泽连斯基1日表示', reference: '2022-03-01', expected: [['3月1日', '2022-03-01'], ['1日', '2022-03-01']] },
    { text: '中新网3月1日电 据路透社报道，俄军两天前包围了该市', reference: '2022-03-02', expected: [['3月1日', '2022-03-01'], ['两天前', '2022-02-27']] },
    { text: '中广网北京5月10日消息 北京时间昨天15点，庆典在莫斯科举行', reference: '2010-05-11', expected: [['5月10日', '2010-05-10'], ['昨天15点', '2010-05-09']] },
    // A dateline a day after the publication day (a UTC date of a Beijing evening) still counts.
    { text: '新华社北京3月2日电 外交部发言人今天表示', reference: '2022-03-01', expected: [['3月2日', '2022-03-02'], ['今天', '2022-03-02']] },
  ]);
});

describe('not datelines', () => {
  table([
    // 电话 after a day; a date later in the sentence; no news organisation before it.
    { text: '美国总统拜登1日电话告诉泽连斯基，今天将宣布援助', reference: '2022-03-02', expected: [['1日', '2022-03-01'], ['今天', '2022-03-02']] },
    { text: '据报道，俄军3月1日电击了该市，今天继续进攻', reference: '2022-03-02', expected: [['3月1日', '2022-03-01'], ['今天', '2022-03-02']] },
    { text: '他3月1日电告总部，今天出发', reference: '2022-03-02', expected: [['3月1日', '2022-03-01'], ['今天', '2022-03-02']] },
    // A cited report's day, not the writer's.
    { text: '据俄新社1日消息，今天', reference: '2022-03-02', expected: [['1日', '2022-03-01'], ['今天', '2022-03-02']] },
    { text: '援引新华社3月1日电，今天', reference: '2022-03-02', expected: [['3月1日', '2022-03-01'], ['今天', '2022-03-02']] },
    // Weeks before publication: an archive date, not the writer's day.
    { text: '新华社莫斯科1月5日电 今天', reference: '2022-03-02', expected: [['1月5日', '2022-01-05'], ['今天', '2022-03-02']] },
  ]);
});

describe('the dateline carries to the following sentences', () => {
  it('resolves 昨天 of a later sentence against the dateline day and keeps the first dateline', () => {
    const ctx = newTimeContext('2022-03-02');
    expect(extractTimes('乌克兰局势持续紧张', ctx)).toEqual([]);
    expect(extractTimes('本报基辅3月1日电 记者从当地获悉', ctx).map((t) => t.start)).toEqual(['2022-03-01']);
    expect(ctx.dateline).toBe('2022-03-01');
    expect(extractTimes('俄军昨天晚上发动了袭击', ctx).map((t) => t.start)).toEqual(['2022-02-28']);
    extractTimes('新华社莫斯科2月27日电 另一则消息', ctx);
    expect(ctx.dateline).toBe('2022-03-01');
  });

  it('leaves the title (before the dateline) on the publication day', () => {
    const ctx = newTimeContext('2022-03-02');
    expect(extractTimes('泽连斯基今天签署入盟申请', ctx).map((t) => t.start)).toEqual(['2022-03-02']);
    expect(ctx.dateline).toBeNull();
  });
});

describe('a quoted 今天 is the speaker\u2019s day', () => {
  table([
    { text: '泽连斯基在周五晚间的视频讲话中说：“今天是历史性的一天。”', reference: '2022-11-12', expected: [['周五晚间', '2022-11-11'], ['今天', '2022-11-11']] },
    { text: '他11日表示：「我們昨天已經撤出」', reference: '2022-11-12', expected: [['11日', '2022-11-11'], ['昨天', '2022-11-10']] },
    // No speaker's day in the clause: the publication day.
    { text: '他说：“今天是历史性的一天。”', reference: '2022-11-12', expected: [['今天', '2022-11-12']] },
    { text: '周五发生爆炸，他说：“今天很危险”', reference: '2022-11-12', expected: [['周五', '2022-11-11'], ['今天', '2022-11-12']] },
    // Outside the quote, after it closed: the publication day again.
    { text: '他周五说：“局势危险”，今天已经缓和', reference: '2022-11-12', expected: [['周五', '2022-11-11'], ['今天', '2022-11-12']] },
  ]);

  it('makes 同日 in the next sentence the speaker\u2019s day', () => {
    const ctx = newTimeContext('2022-11-12');
    extractTimes('泽连斯基在周五晚间的视频讲话中说：“今天是历史性的一天。”', ctx);
    expect(extractTimes('乌克兰当局同日警告', ctx).map((t) => t.start)).toEqual(['2022-11-11']);
  });
});

describe('where a 自X以来 starts is not the date 当晚 points back at', () => {
  it('keeps the sentence\u2019s own date as the last one', () => {
    const ctx = newTimeContext('2024-08-13');
    extractTimes('瑟尔斯基12日说，乌军自8月6日起在库尔斯克州展开行动。', ctx);
    expect(ctx.last).toEqual({ start: '2024-08-12', end: '2024-08-12', precision: 'day' });
    expect(extractTimes('泽连斯基当晚在视频讲话中说', ctx).map((t) => t.start)).toEqual(['2024-08-12']);
  });

  it('uses the start of the span when the sentence has no other date', () => {
    const ctx = newTimeContext('2024-08-13');
    extractTimes('乌军自8月6日起在库尔斯克州展开行动。', ctx);
    expect(ctx.last).toEqual({ start: '2024-08-06', end: '2024-08-06', precision: 'day' });
  });
});

describe('a year-less date after a word pointing back takes the year of the last date', () => {
  const dec1991 = { start: '1991-12-26', end: '1991-12-26', precision: 'day' as const };
  table([
    { text: '在此之前的12月1日，乌克兰举行全民公投', reference: '2021-12-09', last: dec1991, expected: [['12月1日', '1991-12-01']] },
    { text: '此后的3月，局势恶化', reference: '2021-12-09', last: dec1991, expected: [['3月', '1992-03-01', '1992-03-31', 'month']] },
    // Without the pointing word the publication day decides.
    { text: '12月1日，乌克兰举行全民公投', reference: '2021-12-09', last: dec1991, expected: [['12月1日', '2021-12-01']] },
    // Nothing to point back at.
    { text: '在此之前的12月1日', reference: '2021-12-09', expected: [['12月1日', '2021-12-01']] },
  ]);
});
