import { describe, expect, it } from 'vitest';
import { timelineKey } from '../../../src/components/timeline/keyboard.ts';
import { baseDomain, windowAround } from '../../../src/components/timeline/geometry.ts';
import { makeSeries } from '../../../src/components/timeline/series.ts';
import { indexDataset } from '../../../src/lib/dataset-index.ts';
import type { Dataset } from '../../../src/lib/schema.ts';
import { ViewState } from '../../../src/state/view-state.svelte.ts';
import { ms } from './helpers.ts';

const day = (id: string, d: string) => ({ id, article: 'a', text: `text ${id}`, start: d, end: d, precision: 'day' as const, times: [], mentions: [], places: [] });
const dataset: Dataset = {
  version: 1,
  articles: [{ id: 'a', file: 'a.md', title: 't', source: 's', published: '2022-04-01T00:00:00Z', categories: [] }],
  places: [],
  events: [day('e1', '2022-01-10'), day('e2', '2022-02-10'), day('e3', '2022-03-10'), day('e4', '2022-04-10')],
};

function setup(window: [number, number] | null) {
  const index = indexDataset(dataset);
  const view = new ViewState({ window });
  const said: string[] = [];
  const c = { index, view, series: makeSeries(index.events), domain: baseDomain(index.extent), announce: (e: { text: string }) => said.push(e.text) };
  const press = (key: string, mods: Partial<KeyboardEvent> = {}) => timelineKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods }, c);
  return { view, press, said };
}

describe('timeline keys', () => {
  it('→ and ← step in time order from the window, and announce the sentence', () => {
    const { view, press, said } = setup([ms('2022-02-01'), ms('2022-03-01')]);
    expect(press('ArrowRight')).toBe(true);
    expect(view.selectedEvent).toBe('e2');
    press('ArrowRight');
    expect(view.selectedEvent).toBe('e3');
    press('ArrowLeft');
    expect(view.selectedEvent).toBe('e2');
    expect(said).toEqual(['text e2', 'text e3', 'text e2']);
  });
  it('End selects the last event and pans the window to it, keeping its width', () => {
    const { view, press } = setup([ms('2022-02-01'), ms('2022-03-01')]);
    press('End');
    expect(view.selectedEvent).toBe('e4');
    const w = view.window!;
    expect(w[1] - w[0]).toBe(ms('2022-03-01') - ms('2022-02-01'));
    expect(w[0] < ms('2022-04-10') && w[1] > ms('2022-04-11')).toBe(true);
  });
  it('+ and − zoom about the selection; 0 goes back to the opening window', () => {
    const { view, press } = setup([ms('2022-01-01'), ms('2022-05-01')]);
    press('ArrowRight');
    press('+');
    const w = view.window!;
    expect(w[1] - w[0]).toBe((ms('2022-05-01') - ms('2022-01-01')) / 2);
    expect(w[0] < ms('2022-01-10') && w[1] > ms('2022-01-11')).toBe(true);
    press('-');
    press('-');
    press('-');
    expect(view.window).toBeNull();
    press('0');
    expect(view.window).toBeNull(); // four events: their focus is (nearly) everything
  });
  it('leaves other keys, and keys with modifiers, to the page', () => {
    const { view, press } = setup(null);
    expect(press('a')).toBe(false);
    expect(press('ArrowRight', { ctrlKey: true })).toBe(false);
    expect(view.selectedEvent).toBeNull();
  });
  it('zooms into a stretch with room around it', () => {
    expect(windowAround(ms('2022-01-01'), ms('2022-01-11'))).toEqual([ms('2021-12-29') + 12 * 3_600_000, ms('2022-01-13') + 12 * 3_600_000]);
  });
});
