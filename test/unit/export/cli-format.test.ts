// `npm run dataset -- --format json|geojson|csv|timelinejs`: each format from the command, on the
// sample articles, is exactly what the export function gives for the dataset the command builds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDataset, type ExportFormat } from '../../../scripts/export/index.ts';
import { datasetSchema, type Dataset } from '../../../src/lib/schema.ts';
import { runCli, type Run } from '../robustness/cli.ts';
import { parseCSV } from './csv-reader.ts';

describe('npm run dataset -- --format', { timeout: 240_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'chronomap-format-'));
  const runs = new Map<ExportFormat, Run>();
  const text = (format: ExportFormat) => readFileSync(join(out, `out.${format}`), 'utf8');
  let dataset: Dataset;

  beforeAll(async () => {
    // Two at a time: a CI machine has two cores.
    for (const pair of [EXPORT_FORMATS.slice(0, 2), EXPORT_FORMATS.slice(2)]) {
      const done = await Promise.all(pair.map((f) => runCli(['--input', 'articles', '--output', join(out, `out.${f}`), '--format', f])));
      pair.forEach((f, i) => runs.set(f, done[i]!));
    }
    dataset = datasetSchema.parse(JSON.parse(text('json')));
  }, 240_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(EXPORT_FORMATS)('--format %s exits 0 and writes what the export function gives', (format) => {
    expect(runs.get(format)!.status, runs.get(format)!.stderr).toBe(0);
    expect(readFileSync(join(out, `out.${format}`), 'utf8')).toBe(exportDataset(dataset, format));
  });

  it('json is the dataset (the default)', () => {
    expect(dataset.articles).toHaveLength(5);
    expect(text('json')).toBe(JSON.stringify(dataset) + '\n');
  });

  it('geojson holds a point for every event and place', () => {
    const fc = JSON.parse(text('geojson'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(dataset.events.reduce((n, e) => n + e.places.length, 0));
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it('csv has a BOM, a header and a row per event and place', () => {
    const csv = readFileSync(join(out, 'out.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCSV(text('csv').slice(1));
    expect(rows.length - 1).toBe(dataset.events.reduce((n, e) => n + Math.max(1, e.places.length), 0));
  });

  it('timelinejs has a slide per event', () => {
    const doc = JSON.parse(text('timelinejs'));
    expect(doc.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(dataset.events.map((e) => e.id));
  });

  it('an unknown format is a bad argument: exit 2 and the usage', async () => {
    const r = await runCli(['--input', 'articles', '--output', join(out, 'x'), '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown --format xml \(one of json, geojson, csv, timelinejs\)/);
    expect(r.stderr).toMatch(/usage: .*--format json\|geojson\|csv\|timelinejs/);
  });
});
