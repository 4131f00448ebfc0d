import { describe, expect, it } from 'vitest';
import { fitLabels, tickLabel, tickLabels } from '../../../src/components/timeline/tick-format.ts';

const d = (iso: string) => new Date(iso);

describe('axis labels', () => {
  it.each([
    { date: '2022-01-01', zh: '2022年', en: '2022' },
    { date: '2022-04-01', zh: '4月', en: 'Apr' },
    { date: '2022-04-04', zh: '4月4日', en: '4 Apr' },
    { date: '2022-04-04T12:00:00Z', zh: '12:00', en: '12:00' },
  ])('one tick at $date', ({ date, zh, en }) => {
    expect(tickLabel('zh', d(date))).toBe(zh);
    expect(tickLabel('en', d(date))).toBe(en);
  });
  it.each([
    { name: 'years', ticks: ['2020-01-01', '2021-01-01', '2022-01-01'], en: ['2020', '2021', '2022'], zh: ['2020年', '2021年', '2022年'] },
    { name: 'months name the year first', ticks: ['2022-02-01', '2022-03-01', '2022-04-01'], en: ['Feb 2022', 'Mar', 'Apr'], zh: ['2022年2月', '3月', '4月'] },
    { name: 'months across a new year', ticks: ['2021-11-01', '2021-12-01', '2022-01-01'], en: ['Nov 2021', 'Dec', '2022'], zh: ['2021年11月', '12月', '2022年'] },
    {
      name: 'weeks: the first names it all, later ones the day, a new month its name',
      ticks: ['2022-03-20', '2022-03-27', '2022-04-03', '2022-04-10'],
      en: ['20 Mar 2022', '27', '3 Apr', '10'],
      zh: ['2022年3月20日', '27日', '4月3日', '10日'],
    },
    { name: 'weeks into a new year', ticks: ['2021-12-26', '2022-01-02'], en: ['26 Dec 2021', '2 Jan 2022'], zh: ['2021年12月26日', '2022年1月2日'] },
    { name: 'hours', ticks: ['2022-04-04T12:00:00Z', '2022-04-04T18:00:00Z', '2022-04-05'], en: ['4 Apr 12:00', '18:00', '5 Apr'], zh: ['4月4日 12:00', '18:00', '4月5日'] },
  ])('a row of ticks: $name', ({ ticks, en, zh }) => {
    expect(tickLabels('en', ticks.map(d))).toEqual(en);
    expect(tickLabels('zh', ticks.map(d))).toEqual(zh);
  });
});

describe('labels that fit', () => {
  it.each([
    { name: 'far apart: all', xs: [0, 80, 160], labels: ['Jan', 'Feb', 'Mar'], expected: [true, true, true] },
    { name: 'a crowded one goes', xs: [0, 20, 100], labels: ['Jan', 'Feb', 'Mar'], expected: [true, false, true] },
    { name: 'a year after a cramped first label replaces it', xs: [16, 60, 160], labels: ['2021年12月', '2022年', '2月'], expected: [false, true, true] },
    { name: 'but not a month', xs: [16, 60, 160], labels: ['2021年12月', '1月', '2月'], expected: [true, false, true] },
    { name: 'none past the right edge', xs: [0, 100, 195], labels: ['Jan', 'Feb', 'Mar'], expected: [true, true, false] },
  ])('$name', ({ xs, labels, expected }) => {
    expect(fitLabels(xs, labels, ['start', 'middle', 'middle'], 200)).toEqual(expected);
  });
});
