// Table-driven checks for the time resolver: each row is a sentence, its publication day and the
// mentions expected, in order, as [surface text, start, end (defaults to start), precision?].
import { expect, it } from 'vitest';
import { extractTimes, newTimeContext, type DayInterval } from '../../../scripts/extract/times/index.ts';

export type Expected = [text: string, start: string, end?: string, precision?: string];

export interface Row {
  text: string;
  reference: string;
  expected: Expected[];
  /** The last interval of the article before this sentence (for 同日/次日/当年). */
  last?: DayInterval;
  since?: 'anchor' | 'span';
}

export function table(rows: Row[]): void {
  it.each(rows)('$text  ($reference)', (row) => {
    const ctx = newTimeContext(row.reference, row.since ? { since: row.since } : {});
    if (row.last) ctx.last = row.last;
    const mentions = extractTimes(row.text, ctx);
    for (const m of mentions) expect(row.text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
    const got = mentions.map((m, i) => {
      const want = row.expected[i];
      return want?.[3] ? [m.text, m.start, m.end, m.precision] : [m.text, m.start, m.end];
    });
    const want = row.expected.map(([t, s, e, p]) => (p ? [t, s, e ?? s, p] : [t, s, e ?? s]));
    expect(got).toEqual(want);
  });
}
