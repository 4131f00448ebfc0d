// The golden dataset of the bundled samples: any change to what the prebuild extracts from them
// shows up as a diff of test/fixtures/samples.golden.json (refresh with `npx vitest run -u` after
// checking the diff is an improvement).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../scripts/extract/corpus.ts';
import { buildDataset } from '../../../scripts/extract/dataset.ts';
import { loadGazetteer } from '../../../scripts/extract/places/index.ts';

const root = new URL('../../..', import.meta.url).pathname;
const articles = join(root, 'articles');

describe('the sample articles', () => {
  const files = corpusFiles(articles);
  const { dataset, skipped } = buildDataset(files, loadGazetteer());

  it('build without skips into the golden dataset', async () => {
    expect(skipped).toEqual([]);
    await expect(JSON.stringify(dataset, null, 1) + '\n').toMatchFileSnapshot('../../fixtures/samples.golden.json');
  });

  it('span December 2021 to April 2022 and name the expected places', () => {
    const starts = dataset.events.filter((e) => e.precision !== 'reported').map((e) => e.start).sort();
    expect(dataset.events.some((e) => e.start.startsWith('2021-12'))).toBe(true);
    expect(dataset.events.some((e) => e.start.startsWith('2022-04'))).toBe(true);
    expect(starts.length).toBeGreaterThan(20);
    const ids = new Set(dataset.places.map((p) => p.name.en));
    for (const name of ['Mariupol', 'Geneva', 'Rome', 'Kyiv', 'Moscow']) expect(ids).toContain(name);
  });
});
