// Small fixtures for the timeline's unit tests: events as the index makes them (sorted, with t0/t1).
import { dayEnd, dayStart } from '../../../src/lib/days.ts';
import type { IndexedEvent } from '../../../src/lib/dataset-index.ts';
import type { Precision } from '../../../src/lib/schema.ts';

export type Spec = [id: string, start: string, end: string, precision: Precision];

/** Events sorted as the index sorts them (start, end, id), numbered by `order`. */
export function events(specs: Spec[]): IndexedEvent[] {
  return specs
    .map(([id, start, end, precision]) => ({
      event: { id, article: 'a', text: id, start, end, precision, times: [], mentions: [], places: [] },
      order: 0,
      t0: dayStart(start),
      t1: dayEnd(end),
    }))
    .sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.event.id < b.event.id ? -1 : 1))
    .map((e, i) => ({ ...e, order: i }));
}

export const ms = (day: string): number => dayStart(day);

/** A linear scale putting `from` at px `left` and `to` at px `right`. */
export function linear(from: string, to: string, left: number, right: number): { k: number; b: number } {
  const a = ms(from);
  const k = (right - left) / (ms(to) - a);
  return { k, b: left - a * k };
}
