// Fetches and validates the dataset. Every failure becomes a message a person can act on, never
// a blank page: missing file, not JSON, another version, or a shape that breaks the contract.
import { DATASET_VERSION, datasetSchema, describeIssues, type Dataset } from './schema.ts';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: LoadProblem; detail: string };
export type LoadProblem = 'missing' | 'unreadable' | 'version' | 'invalid';

export function validateDataset(raw: unknown): LoadResult {
  const version = (raw as { version?: unknown } | null)?.version;
  if (raw && typeof raw === 'object' && version !== DATASET_VERSION)
    return { ok: false, problem: 'version', detail: `version ${JSON.stringify(version)}, expected ${DATASET_VERSION}` };
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', detail: describeIssues(parsed.error) };
  return { ok: true, dataset: parsed.data };
}

export async function loadDataset(url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (e) {
    return { ok: false, problem: 'missing', detail: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!response.ok) return { ok: false, problem: 'missing', detail: `${url}: HTTP ${response.status}` };
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (e) {
    return { ok: false, problem: 'unreadable', detail: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
  return validateDataset(raw);
}
