import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../../src/components/detail/safe-url.ts';

describe('httpUrl', () => {
  const rows = [
    { value: 'https://example.org/a.jpg?w=770', expected: 'https://example.org/a.jpg?w=770' },
    { value: '  http://example.org/x ', expected: 'http://example.org/x' },
    { value: 'javascript:alert(1)', expected: null },
    { value: 'JAVASCRIPT:alert(1)', expected: null },
    { value: 'data:image/png;base64,AAAA', expected: null },
    { value: '/relative/path.jpg', expected: null },
    { value: 'ftp://example.org/a', expected: null },
    { value: '', expected: null },
    { value: undefined, expected: null },
  ];
  it.each(rows)('$value', ({ value, expected }) => {
    expect(httpUrl(value)).toBe(expected);
  });
});
