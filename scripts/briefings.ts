// Shipped briefings: every <input>/briefings/*.json beside the articles is checked against the
// briefing schema (src/lib/briefing-file.ts) and copied to <output folder>/briefings/, with an
// index.json the app lists on its briefings menu. A bad file is reported with its name and left out;
// it never stops the dataset build.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBriefing } from '../src/lib/briefing-file.ts';

export const BRIEFINGS_DIR = 'briefings';

export interface ShippedBriefings {
  copied: string[];
  problems: string[];
}

/** Copies the input folder's briefings next to the dataset; returns what was copied and what was not. */
export function shipBriefings(inputDir: string, outputDir: string): ShippedBriefings {
  const from = join(inputDir, BRIEFINGS_DIR);
  const to = join(outputDir, BRIEFINGS_DIR);
  const result: ShippedBriefings = { copied: [], problems: [] };
  // Rebuilt whole each time, so a briefing removed from the input is gone from the site too.
  // Only a folder this step wrote (it has our index.json) is removed.
  if (existsSync(join(to, 'index.json'))) rmSync(to, { recursive: true, force: true });
  if (!existsSync(from)) return result;
  const entries: { file: string; title: string; description?: string; steps: number }[] = [];
  for (const file of readdirSync(from).filter((f) => f.endsWith('.json') && f !== 'index.json').sort()) {
    const shown = relative(process.cwd(), join(from, file)) || file;
    if (!/^[\w.-]+\.json$/.test(file)) {
      result.problems.push(`${shown}: file name must use only letters, digits, _ . - (it becomes a URL)`);
      continue;
    }
    const parsed = parseBriefing(readFileSync(join(from, file), 'utf8'), shown);
    if (!parsed.ok) {
      result.problems.push(parsed.message);
      continue;
    }
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, file), `${JSON.stringify(parsed.briefing, null, 2)}\n`);
    const { title, description, steps } = parsed.briefing;
    entries.push({ file, title, ...(description ? { description } : {}), steps: steps.length });
    result.copied.push(file);
  }
  if (entries.length) writeFileSync(join(to, 'index.json'), `${JSON.stringify({ briefings: entries }, null, 2)}\n`);
  return result;
}
