// An RFC 4180 reader for the tests, to read back what toCSV wrote (and check it is well formed:
// every record ends with CRLF, no quoted field is left open).
import { expect } from 'vitest';

export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(quoted, 'an unterminated quoted field').toBe(false);
  expect(row.length === 0 && field === '', 'the file ends with CRLF').toBe(true);
  return rows;
}
