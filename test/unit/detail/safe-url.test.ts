// Article pictures load by themselves, so only https ones may be used (issue 7: nothing loads in
// the clear); links may be http or https. Table rows for the usual disguises, then every address of
// the XSS payload list (test/fixtures/xss/payloads.ts).
import { describe, expect, it } from 'vitest';
import { httpUrl, imageUrl } from '../../../src/components/detail/safe-url.ts';
import { PAYLOADS } from '../../fixtures/xss/payloads.ts';

describe('imageUrl', () => {
  const rows = [
    { value: 'https://example.org/a.jpg?w=770', expected: 'https://example.org/a.jpg?w=770' },
    { value: ' HTTPS://Example.org/a.jpg ', expected: 'https://example.org/a.jpg' },
    { value: 'http://example.org/a.jpg', expected: null },
    { value: 'HTTP://example.org/a.jpg', expected: null },
    { value: '//example.org/a.jpg', expected: null },
    { value: 'http:example.org/a.jpg', expected: null },
    { value: 'javascript:alert(1)', expected: null },
    { value: 'java\tscript:alert(1)', expected: null },
    { value: 'data:image/png;base64,AAAA', expected: null },
    { value: 'data:image/svg+xml,<svg onload=alert(1)>', expected: null },
    { value: 'blob:https://example.org/1', expected: null },
    { value: 'ftp://example.org/a.jpg', expected: null },
    { value: 'a.jpg', expected: null },
    { value: '', expected: null },
    { value: null, expected: null },
    { value: undefined, expected: null },
  ];
  it.each(rows)('$value', ({ value, expected }) => {
    expect(imageUrl(value)).toBe(expected);
  });

  it('quotes and markup after an https address stay inside it, escaped', () => {
    const url = imageUrl('https://example.org/a.png" onerror="alert(1)');
    expect(url).toBe('https://example.org/a.png%22%20onerror=%22alert(1)');
  });
});

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

describe('every payload of the XSS list', () => {
  it.each(PAYLOADS.map((p) => ({ n: p.n, text: p.text })))('payload $n gives no picture but https and no link but http(s)', ({ text }) => {
    const image = imageUrl(text);
    if (image !== null) expect(new URL(image).protocol).toBe('https:');
    const link = httpUrl(text);
    if (link !== null) expect(['http:', 'https:']).toContain(new URL(link).protocol);
  });

  it('lets none of the http addresses through as a picture', () => {
    const http = PAYLOADS.filter((p) => /^\s*http:/i.test(p.text));
    expect(http.length).toBeGreaterThan(0);
    for (const p of http) expect(imageUrl(p.text)).toBeNull();
  });
});
