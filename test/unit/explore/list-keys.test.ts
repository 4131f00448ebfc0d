import { describe, expect, it } from 'vitest';
import { listKeyAction } from '../../../src/components/list/list-keys.ts';

describe('listKeyAction', () => {
  // key, active row, row count, page size → action
  const rows = [
    { key: 'ArrowDown', active: 3, count: 10, expected: { kind: 'move', to: 4 } },
    { key: 'ArrowDown', active: 9, count: 10, expected: { kind: 'move', to: 9 } },
    { key: 'ArrowDown', active: -1, count: 10, expected: { kind: 'move', to: 0 } },
    { key: 'ArrowUp', active: 3, count: 10, expected: { kind: 'move', to: 2 } },
    { key: 'ArrowUp', active: 0, count: 10, expected: { kind: 'move', to: 0 } },
    { key: 'ArrowUp', active: -1, count: 10, expected: { kind: 'move', to: 9 } },
    { key: 'ArrowDown', active: 42, count: 10, expected: { kind: 'move', to: 0 } },
    { key: 'Home', active: 7, count: 10, expected: { kind: 'move', to: 0 } },
    { key: 'End', active: 0, count: 100_000, expected: { kind: 'move', to: 99_999 } },
    { key: 'PageDown', active: 2, count: 100, expected: { kind: 'move', to: 12 } },
    { key: 'PageDown', active: 95, count: 100, expected: { kind: 'move', to: 99 } },
    { key: 'PageUp', active: 5, count: 100, expected: { kind: 'move', to: 0 } },
    { key: 'Enter', active: 5, count: 10, expected: { kind: 'select' } },
    { key: ' ', active: 5, count: 10, expected: { kind: 'select' } },
    { key: 'Enter', active: -1, count: 10, expected: null },
    { key: 'ArrowDown', active: 0, count: 0, expected: null },
    { key: 'a', active: 1, count: 10, expected: null },
    { key: 'ArrowLeft', active: 1, count: 10, expected: null },
  ] as const;
  it.each(rows)('$key from $active of $count', ({ key, active, count, expected }) => {
    expect(listKeyAction(key, active, count, 10)).toEqual(expected);
  });
});
