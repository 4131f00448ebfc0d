import { describe, expect, it } from 'vitest';
import { BriefingState } from '../../../src/state/briefing.svelte.ts';

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
}

const make = (storage = new MemoryStorage()) => ({ storage, brief: new BriefingState(storage as unknown as Storage) });
const titles = (b: BriefingState) => b.steps.map((s) => s.title);

describe('briefing state', () => {
  it('adds, edits, moves and deletes steps', () => {
    const { brief } = make();
    brief.add({ window: ['2022-04-01', '2022-04-02'] }, 'a');
    brief.add({}, 'b');
    brief.add({}, 'c');
    brief.update(1, { notes: 'note b' });
    brief.move(0, 1);
    expect(titles(brief)).toEqual(['b', 'a', 'c']);
    brief.move(0, -1);
    brief.move(2, 1);
    expect(titles(brief)).toEqual(['b', 'a', 'c']);
    brief.remove(1);
    expect(titles(brief)).toEqual(['b', 'c']);
    expect(brief.steps[0]!.notes).toBe('note b');
  });

  it('saves every change and comes back from storage', () => {
    const { storage, brief } = make();
    brief.setTitle('T');
    brief.add({ window: ['2022-04-01', '2022-04-02'] }, 'a');
    const again = new BriefingState(storage as unknown as Storage);
    expect(again.title).toBe('T');
    expect(titles(again)).toEqual(['a']);
  });

  it('ignores a corrupt saved briefing', () => {
    const storage = new MemoryStorage();
    storage.setItem('chronomap.briefing', '{"version":9}');
    expect(new BriefingState(storage as unknown as Storage).steps).toEqual([]);
  });

  it('steps through while presenting, clamped or looping, and exposes the window', () => {
    const { brief } = make();
    brief.add({ window: ['2022-04-01', '2022-04-02'] });
    brief.add({ window: null });
    brief.go(1);
    expect(brief.current).toBe(0);
    expect(brief.currentWindow).toEqual([Date.UTC(2022, 3, 1), Date.UTC(2022, 3, 2)]);
    brief.go(1);
    brief.go(1);
    expect(brief.current).toBe(1);
    expect(brief.currentWindow).toBeNull();
    brief.go(1, true);
    expect(brief.current).toBe(0);
    brief.go(-1, true);
    expect(brief.current).toBe(1);
    brief.remove(1);
    expect(brief.current).toBe(0);
  });
});
