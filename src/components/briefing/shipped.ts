// Briefings shipped with the site: the prebuild copies articles/briefings/*.json to
// data/briefings/ with an index.json listing them (scripts/briefings.ts). Fetched from beside
// the dataset, so they work offline and from any sub-folder.
import { parseBriefing, type ParseResult } from '../../lib/briefing-file.ts';

export interface ShippedEntry {
  file: string;
  title: string;
  steps: number;
}

const BASE = './data/briefings/';

export async function listShipped(): Promise<ShippedEntry[]> {
  try {
    const response = await fetch(`${BASE}index.json`);
    if (!response.ok) return [];
    const list = (await response.json()) as { briefings?: ShippedEntry[] };
    return Array.isArray(list.briefings) ? list.briefings.filter((b) => typeof b.file === 'string') : [];
  } catch {
    return [];
  }
}

/** A shipped briefing by file name (with or without .json); only plain names, never paths. */
export async function loadShipped(name: string): Promise<ParseResult> {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  if (!/^[\w.-]+\.json$/.test(file) || file === 'index.json') return { ok: false, message: `${name}: not a briefing name` };
  try {
    const response = await fetch(`${BASE}${file}`);
    if (!response.ok) return { ok: false, message: `${file}: HTTP ${response.status}` };
    return parseBriefing(await response.text(), file);
  } catch (e) {
    return { ok: false, message: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
