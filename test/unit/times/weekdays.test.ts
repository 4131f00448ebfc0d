// Weekdays (周X / 星期X / 週X / 礼拜X), ISO weeks (本周 / 上周 / 下周) and weekends.
import { describe } from 'vitest';
import { table } from './table.ts';

// 2022-04-05 is a Tuesday; 2021-12-30 a Thursday; 2022-03-14 a Monday.
describe('weekday alone: latest on or before publication', () => {
  table([
    { text: '美国政府一名高级官员周四表示', reference: '2021-12-10', expected: [['周四', '2021-12-09', undefined, 'day']] },
    { text: '俄罗斯周四表示，将在即将举行的会谈上寻求保证', reference: '2021-12-30', expected: [['周四', '2021-12-30']] },
    { text: '乌克兰总统在周三与布林肯通话', reference: '2021-12-30', expected: [['周三', '2021-12-29']] },
    { text: '莫斯科和基辅代表团周日举行了新一轮会谈', reference: '2022-03-14', expected: [['周日', '2022-03-13']] },
    { text: '泽连斯基星期六表示', reference: '2022-04-05', expected: [['星期六', '2022-04-02']] },
    { text: '礼拜天上午举行弥撒', reference: '2022-04-05', expected: [['礼拜天上午', '2022-04-03']] },
    { text: '他星期二晚上抵达', reference: '2022-04-05', expected: [['星期二晚上', '2022-04-05']] },
    { text: '会议原定于周三举行，但要求将其推迟到周四', reference: '2021-12-30', expected: [['周三', '2021-12-29'], ['周四', '2021-12-30']] },
  ]);
});

describe('weekday in a future clause: the coming one, unless it is the publication day', () => {
  table([
    { text: '沙利文将于周一访问罗马', reference: '2022-03-14', expected: [['周一', '2022-03-14']] },
    { text: '中国和美国周一将在罗马举行会议', reference: '2022-03-14', expected: [['周一', '2022-03-14']] },
    { text: '委员会将于周四召开会议', reference: '2021-12-30', expected: [['周四', '2021-12-30']] },
    { text: '两国外长将于周五会面', reference: '2022-04-05', expected: [['周五', '2022-04-08']] },
    { text: '拜登计划周一前往波兰', reference: '2022-04-05', expected: [['周一', '2022-04-11']] },
    { text: '他周四表示，将继续施压', reference: '2022-04-08', expected: [['周四', '2022-04-07']] },
    { text: '俄军将平民撤离至周五', reference: '2022-03-02', expected: [['周五', '2022-02-25']] },
    { text: '拜登周五将前往波兰', reference: '2022-03-02', expected: [['周五', '2022-03-04']] },
  ]);
});

describe('weekday with a week word', () => {
  table([
    { text: '该小组自上周五以来进行的第4次尝试', reference: '2022-04-05', expected: [['上周五', '2022-04-01']] },
    { text: '下周一开始谈判', reference: '2022-04-05', expected: [['下周一', '2022-04-11']] },
    { text: '本周三', reference: '2022-04-05', expected: [['本周三', '2022-04-06']] },
    { text: '这个星期五', reference: '2022-04-05', expected: [['这个星期五', '2022-04-08']] },
    { text: '上个星期日', reference: '2022-04-05', expected: [['上个星期日', '2022-04-03']] },
    { text: '上上周二', reference: '2022-04-05', expected: [['上上周二', '2022-03-22']] },
    { text: '马克龙本周二表示', reference: '2022-04-08', expected: [['本周二', '2022-04-05']] },
  ]);
});

describe('weeks and weekends', () => {
  table([
    { text: '在本周就俄罗斯在乌克兰边境进行军事集结事宜进行的电话交谈中', reference: '2021-12-10', expected: [['本周', '2021-12-06', '2021-12-12', 'week']] },
    { text: '俄罗斯军队上周返回永久基地', reference: '2021-12-27', expected: [['上周', '2021-12-20', '2021-12-26', 'week']] },
    { text: '拜登将于下周前往欧洲', reference: '2022-04-05', expected: [['下周', '2022-04-11', '2022-04-17']] },
    { text: '上个星期，这周，这一周，下星期', reference: '2022-04-05', expected: [['上个星期', '2022-03-28', '2022-04-03'], ['这周', '2022-04-04', '2022-04-10'], ['这一周', '2022-04-04', '2022-04-10'], ['下星期', '2022-04-11', '2022-04-17']] },
    { text: '本周一共有300人撤离', reference: '2022-04-05', expected: [['本周', '2022-04-04', '2022-04-10']] },
    { text: '上周末', reference: '2022-04-05', expected: [['上周末', '2022-04-02', '2022-04-03', 'week']] },
    { text: '本周末将举行集会', reference: '2022-04-05', expected: [['本周末', '2022-04-09', '2022-04-10']] },
    { text: '周末发生了爆炸', reference: '2022-04-05', expected: [['周末', '2022-04-02', '2022-04-03']] },
    { text: '双方将在周末会面', reference: '2022-04-05', expected: [['周末', '2022-04-09', '2022-04-10']] },
  ]);
});

describe('not a weekday', () => {
  table([
    { text: '马里乌波尔周围局势', reference: '2022-04-05', expected: [] },
    { text: '谈判每周一举行，两周一次，四周之后', reference: '2022-04-05', expected: [] },
    { text: '数周以来，一周内，过去几周内', reference: '2022-04-05', expected: [] },
    { text: '本周期的预算，新闻周刊', reference: '2022-04-05', expected: [] },
    { text: '苏联解体周年纪念', reference: '2022-04-05', expected: [] },
    { text: '每逢周末，每个周末', reference: '2022-04-05', expected: [] },
    { text: '商店每周一至周五营业', reference: '2022-04-05', expected: [] },
  ]);
});
