// Extraction quality on the bundled samples, scored against their hand annotations with the team's
// scorer (test/eval/score.mjs, a copy of ../shared/eval/score.mjs). The floors fail the build if
// quality drops.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/extract/dataset.ts';
import { loadGazetteer } from '../../../scripts/extract/places/index.ts';

const root = new URL('../../..', import.meta.url).pathname;
const TIME_F1_FLOOR = 0.8;
const PLACE_F1_FLOOR = 0.9;

it(`scores time F1 ≥ ${TIME_F1_FLOOR} and place F1 ≥ ${PLACE_F1_FLOOR} on the samples`, () => {
  const dir = join(root, 'articles');
  const files = readdirSync(dir).sort().map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  const out = join(mkdtempSync(join(tmpdir(), 'chronomap-score-')), 'events.json');
  writeFileSync(out, JSON.stringify(buildDataset(files, loadGazetteer()).dataset));
  const result = JSON.parse(
    execFileSync('node', [join(root, 'test/eval/score.mjs'), '--gold', join(root, 'test/fixtures/gold/samples.gold.json'), '--dataset', out, '--json'], {
      encoding: 'utf8',
    }),
  );
  expect(result.articles.inDataset).toBe(5);
  expect(result.times.f1).toBeGreaterThanOrEqual(TIME_F1_FLOOR);
  expect(result.places.f1).toBeGreaterThanOrEqual(PLACE_F1_FLOOR);
});
