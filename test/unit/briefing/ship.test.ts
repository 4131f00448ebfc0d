import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shipBriefings } from '../../../scripts/briefings.ts';

describe('shipped briefings', () => {
  it('copies valid briefings with an index and reports bad ones by file', () => {
    const root = mkdtempSync(join(tmpdir(), 'briefings-'));
    const input = join(root, 'articles');
    const output = join(root, 'out');
    mkdirSync(join(input, 'briefings'), { recursive: true });
    writeFileSync(join(input, 'briefings', 'good.json'), JSON.stringify({ version: 1, title: 'Good', steps: [{ view: {} }] }));
    writeFileSync(join(input, 'briefings', 'told.json'), JSON.stringify({ version: 1, title: 'Told', description: 'Why it matters.', steps: [{ view: {} }, { view: {} }] }));
    writeFileSync(join(input, 'briefings', 'bad.json'), '{"version":1}');
    const result = shipBriefings(input, output);
    expect(result.copied).toEqual(['good.json', 'told.json']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/bad\.json: steps/);
    expect(JSON.parse(readFileSync(join(output, 'briefings', 'index.json'), 'utf8'))).toEqual({
      briefings: [
        { file: 'good.json', title: 'Good', steps: 1 },
        { file: 'told.json', title: 'Told', description: 'Why it matters.', steps: 2 },
      ],
    });
    expect(existsSync(join(output, 'briefings', 'bad.json'))).toBe(false);
  });

  it('does nothing without a briefings folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'briefings-'));
    expect(shipBriefings(root, join(root, 'out'))).toEqual({ copied: [], problems: [] });
  });

  it('the sample briefing is valid', () => {
    const root = mkdtempSync(join(tmpdir(), 'briefings-'));
    expect(shipBriefings('articles', root).problems).toEqual([]);
  });
});
