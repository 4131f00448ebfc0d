import { describe, expect, it } from 'vitest';
import { shortcutFor, type ShortcutContext } from '../../../src/components/filters/shortcuts.ts';

const ctx = (over: Partial<ShortcutContext> = {}): ShortcutContext => ({
  target: 'other', hasQuery: false, hasSelection: false, hasFilters: false, ...over,
});

describe('shortcutFor', () => {
  const rows = [
    { name: '/ anywhere focuses the search', key: '/', c: ctx(), expected: 'focus-search' },
    { name: '/ in the search is typed', key: '/', c: ctx({ target: 'search' }), expected: null },
    { name: '/ in another text field is typed', key: '/', c: ctx({ target: 'text-field' }), expected: null },
    { name: 'Esc in the search with text clears it', key: 'Escape', c: ctx({ target: 'search', hasQuery: true, hasSelection: true }), expected: 'clear-query' },
    { name: 'Esc in an empty search clears the selection', key: 'Escape', c: ctx({ target: 'search', hasSelection: true }), expected: 'clear-selection' },
    { name: 'Esc elsewhere clears the selection first', key: 'Escape', c: ctx({ hasQuery: true, hasSelection: true, hasFilters: true }), expected: 'clear-selection' },
    { name: 'then the filters', key: 'Escape', c: ctx({ hasQuery: true, hasFilters: true }), expected: 'clear-filters' },
    { name: 'nothing to clear', key: 'Escape', c: ctx(), expected: null },
    { name: 'Esc in another text field is left to it', key: 'Escape', c: ctx({ target: 'text-field', hasSelection: true }), expected: null },
    { name: 'other keys do nothing', key: 'a', c: ctx({ hasSelection: true }), expected: null },
  ] as const;
  it.each(rows)('$name', ({ key, c, expected }) => {
    expect(shortcutFor({ key }, c)).toBe(expected);
  });
  it('leaves modified keys to the browser', () => {
    expect(shortcutFor({ key: '/', ctrlKey: true }, ctx())).toBeNull();
    expect(shortcutFor({ key: 'Escape', metaKey: true }, ctx({ hasSelection: true }))).toBeNull();
  });
});
