import { describe, expect, it } from 'vitest';
import { chunkLabels } from '../../../src/components/timeline/labels.ts';
import { layoutTimeline, type LayoutOptions } from '../../../src/components/timeline/layout.ts';
import { eventOfMark, locateEvent, nextInGroup } from '../../../src/components/timeline/marks.ts';
import { makeSeries } from '../../../src/components/timeline/series.ts';
import { events, linear, ms, type Spec } from './helpers.ts';

const OPTS: LayoutOptions = { left: 0, right: 1000, lanes: 4, radius: 4, minBar: 8, gap: 2, column: 6, anchor: 0, digit: 6, chunk: 12, strip: 0 };
const GEO = { left: 0, right: 1000, top: 0, lane: 12, bottom: 48, radius: 4 };

function setup(specs: Spec[], from: string, to: string) {
  const s = makeSeries(events(specs));
  const x = linear(from, to, 0, 1000);
  const l = layoutTimeline(s, x, { ...OPTS, anchor: ms('2000-01-01') * x.k + x.b });
  const scale = (t: number) => t * x.k + x.b;
  return { s, l, scale };
}

describe('marks and events', () => {
  const trio: Spec[] = [['a', '2022-03-01', '2022-03-01', 'day'], ['b', '2022-03-01', '2022-03-01', 'day'], ['c', '2022-03-01', '2022-03-01', 'day']];
  const { s, l, scale } = setup(trio, '2022-01-01', '2023-01-01');

  it('a group mark stands for its selected member, else its first', () => {
    expect(l.count).toBe(1);
    expect(eventOfMark(l, s, 0, null)).toBe('a');
    expect(eventOfMark(l, s, 0, 'b')).toBe('b');
    expect(eventOfMark(l, s, 0, 'zzz')).toBe('a');
  });
  it.each([
    { sel: null, expected: 'a' },
    { sel: 'a', expected: 'b' },
    { sel: 'b', expected: 'c' },
    { sel: 'c', expected: 'a' },
  ])('clicking the group with $sel selected selects $expected', ({ sel, expected }) => {
    expect(nextInGroup(l, s, 0, sel)).toBe(expected);
  });
  it('locates an event at its group’s mark', () => {
    const p = locateEvent(l, s, 1, scale, GEO);
    expect(p).toMatchObject({ x0: l.x0[0], x1: l.x1[0], y: 6, aggregated: false });
  });
  it('locates an aggregated event above its column, and nothing out of view', () => {
    const specs: Spec[] = Array.from({ length: 30 }, (_, i) => [`d${i}`, `2022-03-${String(1 + (i % 5)).padStart(2, '0')}`, `2022-03-${String(1 + (i % 5)).padStart(2, '0')}`, i % 2 ? 'day' : 'reported']);
    specs.push(['far', '2030-01-01', '2030-01-01', 'day']);
    const big = setup(specs, '2020-01-01', '2025-01-01');
    expect(big.l.aggregated).toBeGreaterThan(0);
    const e = big.s.events.findIndex((ev) => ev.event.id === 'd0');
    const p = locateEvent(big.l, big.s, e, big.scale, GEO);
    expect(p?.aggregated).toBe(true);
    expect(p!.y).toBeLessThan(GEO.bottom);
    const far = big.s.events.findIndex((ev) => ev.event.id === 'far');
    expect(locateEvent(big.l, big.s, far, big.scale, GEO)).toBeNull();
    const labels = chunkLabels(big.l, GEO, String);
    expect(labels.map((x) => x.text)).toEqual([String(big.l.aggregated)]);
  });
});
