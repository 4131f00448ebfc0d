// What the build could not resolve, for `--report FILE`: names that look like places (X市, X镇, X州 …)
// but are not in the gazetteer, with counts and example sentences, and the files skipped and why.
// A user reads it to decide what to add to their places.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { findCandidates, type Gazetteer } from './places/index.ts';
import { fold } from './places/normalize.ts';
import type { Skipped } from './dataset.ts';

const EXAMPLES = 3;

export interface UnresolvedName {
  text: string;
  count: number;
  examples: { file: string; sentence: string }[];
}

export class UnresolvedNames {
  readonly #byName = new Map<string, UnresolvedName>();
  readonly #gazetteer: Gazetteer;

  constructor(gazetteer: Gazetteer) {
    this.#gazetteer = gazetteer;
  }

  add(file: string, sentence: string): void {
    for (const { text } of findCandidates(sentence, this.#gazetteer)) {
      // One name in simplified and traditional characters is one entry (under the first spelling seen).
      const key = fold(text, this.#gazetteer.folds);
      let entry = this.#byName.get(key);
      if (!entry) this.#byName.set(key, (entry = { text, count: 0, examples: [] }));
      entry.count++;
      if (entry.examples.length < EXAMPLES) entry.examples.push({ file, sentence });
    }
  }

  get size(): number {
    return this.#byName.size;
  }

  /** Most frequent first, then by name, so the report is the same for the same input. */
  entries(): UnresolvedName[] {
    return [...this.#byName.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }
}

export interface Report {
  skipped: Skipped[];
  unresolved: UnresolvedName[];
  placesProblem?: string | undefined;
}

export function writeReport(file: string, report: Report): void {
  mkdirSync(dirname(file), { recursive: true });
  const body = {
    skippedFiles: report.skipped,
    unresolvedPlaceNames: report.unresolved,
    ...(report.placesProblem ? { placesFileProblem: report.placesProblem } : {}),
  };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
}
