// What is never a calendar time: durations, vague references, clock times alone, recurrences,
// ordinals, counts and look-alikes (dates-zh.md, rule 7).
import { describe } from 'vitest';
import { table } from './table.ts';

const ref = '2022-04-05';

describe('durations', () => {
  table(
    [
      '在过去24小时内，共有平民撤离',
      '近7年来，基辅和莫斯科之间的紧张关系不断升级',
      '战争已持续5年',
      '数周以来，过去几周内',
      '他预计不会在一天内达成协议',
      '在不到一个月的时间内',
      '必须在3日内离开，5日之内答复',
      '为期两天的会议，长达10天',
      '三个月来，半年内，一年多',
    ].map((text) => ({ text, reference: ref, expected: [] })),
  );
});

describe('vague references', () => {
  table(
    ['目前，现在，最近，此前，近日，日前，当前', '未来几天内将宣布', '很快，不久之后，迄今为止，早些时候', '在与美国总统进行视频通话前几个小时', '新年假期后立即举行'].map(
      (text) => ({ text, reference: ref, expected: [] }),
    ),
  );
});

describe('clock times alone, recurrences', () => {
  table(
    ['下午3点举行会议', '晚上8时30分', '凌晨，中午，夜晚', '谈判几乎每天都在进行', '每周一例会，每年2月24日，每月1日至5日', '逢周三开放'].map((text) => ({
      text,
      reference: ref,
      expected: [],
    })),
  );
});

describe('look-alikes', () => {
  table(
    [
      '他告诉“今日俄罗斯”，今日美国报道',
      '摧毁了乌克兰军方第24装甲旅的指挥部',
      '这是该小组进行的第4次尝试',
      '共有2405位平民',
      '马里乌波尔周围局势',
      '地铁5号线',
      '2014年代',
      '苏联解体周年',
      '北大西洋公约组织，欧洲安全与合作组织，半岛电视台',
      '日内瓦会谈',
      '不同月份，不同年份，相当月薪',
      '德國電視二台「今日」新聞節目',
    ].map((text) => ({ text, reference: ref, expected: [] })),
  );
});
