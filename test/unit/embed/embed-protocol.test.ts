import { describe, expect, it } from 'vitest';
import { originAllowed, parseCommand, targetOrigins, windowMessage } from '../../../src/lib/embed-protocol.ts';

const HOST = 'http://127.0.0.1:4187';
const allowed = [HOST];

describe('originAllowed', () => {
  it.each([
    [HOST, true],
    ['http://127.0.0.1:4188', false],
    ['http://127.0.0.1:41870', false],
    ['null', false],
    ['http://127.0.0.1', false],
  ])('%s → %s', (origin, expected) => {
    expect(originAllowed(origin, allowed)).toBe(expected);
  });
  it('nothing is allowed when no origin is listed', () => {
    expect(originAllowed(HOST, [])).toBe(false);
  });
});

describe('parseCommand', () => {
  const cmd = (rest: object) => ({ type: 'chronomap:command', ...rest });
  it.each([
    { name: 'select', data: cmd({ command: 'select', event: 'e-1' }), expected: { command: 'select', event: 'e-1' } },
    { name: 'select none', data: cmd({ command: 'select', event: null }), expected: { command: 'select', event: null } },
    { name: 'select a bad id', data: cmd({ command: 'select', event: '<img>' }), expected: null },
    {
      name: 'setWindow by days',
      data: cmd({ command: 'setWindow', start: '2022-03-01', end: '2022-04-01' }),
      expected: { command: 'setWindow', window: [Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 1)] },
    },
    { name: 'setWindow by ms', data: cmd({ command: 'setWindow', start: 0, end: 1000 }), expected: { command: 'setWindow', window: [0, 1000] } },
    { name: 'setWindow reversed', data: cmd({ command: 'setWindow', start: '2022-04-01', end: '2022-03-01' }), expected: null },
    { name: 'setWindow all', data: cmd({ command: 'setWindow', start: null, end: null }), expected: { command: 'setWindow', window: null } },
    { name: 'setView', data: cmd({ command: 'setView', view: '?q=Mariupol' }), expected: { command: 'setView', view: 'q=Mariupol' } },
    { name: 'unknown command', data: cmd({ command: 'eval', code: '1' }), expected: null },
    { name: 'wrong type', data: { type: 'other', command: 'select', event: 'e-1' }, expected: null },
    { name: 'not an object', data: 'chronomap:command', expected: null },
  ])('$name', ({ data, expected }) => {
    expect(parseCommand(data, HOST, allowed)).toEqual(expected);
  });

  it('ignores a well-formed command from another origin', () => {
    expect(parseCommand({ type: 'chronomap:command', command: 'select', event: 'e-1' }, 'http://evil.example', allowed)).toBeNull();
  });
});

describe('messages', () => {
  it('writes the window as ISO instants, or nulls for everything', () => {
    expect(windowMessage([0, 86_400_000])).toEqual({ type: 'chronomap:window', start: '1970-01-01T00:00:00.000Z', end: '1970-01-02T00:00:00.000Z' });
    expect(windowMessage(null)).toEqual({ type: 'chronomap:window', start: null, end: null });
  });
  it('posts to the listed origins, else to any', () => {
    expect(targetOrigins([HOST])).toEqual([HOST]);
    expect(targetOrigins([])).toEqual(['*']);
  });
});
