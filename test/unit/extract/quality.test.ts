// Extraction quality, scored with the team's scorer (test/eval/score.mjs, a copy of
// ../shared/eval/score.mjs) against hand annotations: the bundled samples, and our own evaluation set
// of articles in the manner of other outlets, years and scripts (test/fixtures/eval, see its README).
// The floors fail the build if quality drops; raise them as the extraction improves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../scripts/extract/corpus.ts';
import { buildDataset } from '../../../scripts/extract/dataset.ts';
import { loadGazetteer } from '../../../scripts/extract/places/index.ts';

const root = new URL('../../..', import.meta.url).pathname;

interface Score {
  articles: { gold: number; inDataset: number };
  times: { f1: number; precision: number; recall: number };
  places: { f1: number; precision: number; recall: number };
}

function score(folder: string, gold: string): Score {
  const out = join(mkdtempSync(join(tmpdir(), 'chronomap-score-')), 'events.json');
  writeFileSync(out, JSON.stringify(buildDataset(corpusFiles(join(root, folder)), loadGazetteer()).dataset));
  const json = execFileSync('node', [join(root, 'test/eval/score.mjs'), '--gold', join(root, gold), '--dataset', out, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(json) as Score;
}

const sets = [
  { name: 'the five samples', folder: 'articles', gold: 'test/fixtures/gold/samples.gold.json', time: 0.95, place: 0.97 },
  { name: 'the evaluation set (other outlets, years, scripts)', folder: 'test/fixtures/eval/articles', gold: 'test/fixtures/eval/gold.json', time: 0.85, place: 0.85 },
];

describe('extraction quality', () => {
  it.each(sets)('$name: time F1 ≥ $time, place F1 ≥ $place', ({ folder, gold, time, place }) => {
    const result = score(folder, gold);
    console.log(`${folder}: times ${JSON.stringify(result.times)} places ${JSON.stringify(result.places)}`);
    expect(result.articles.inDataset).toBe(result.articles.gold);
    expect(result.times.f1).toBeGreaterThanOrEqual(time);
    expect(result.places.f1).toBeGreaterThanOrEqual(place);
  });
});
