// A briefing as a file: a small JSON document a person can read, edit and check into a repository.
// The app exports and imports it, and the prebuild copies shipped ones (articles/briefings/*.json)
// into the site. One schema serves both, so a file the prebuild accepts is one the app can present.
//
//   {
//     "format": "chronomap-briefing", "version": 1, "title": "…", "description": "…",   // optional
//     "steps": [{ "title": "…", "notes": "…", "view": {
//       "window": ["2022-02-24", "2022-03-10"],   // ISO days or instants, UTC; null = whole range
//       "event": "e-…", "query": "", "place": null, "country": null, "source": null,
//       "category": null, "precisions": [], "map": { "lat": 48.5, "lon": 35, "zoom": 5 }, "lang": "zh" } }]
//   }
//
// Every field of `view` may be left out (the step then leaves that part of the view as it is, except
// filters, which a step always sets). No DOM or Svelte imports: the prebuild uses this too.
import { z } from 'zod';
import { describeIssues, PRECISIONS } from './schema.ts';
import type { View } from '../state/view.ts';

export const BRIEFING_FORMAT = 'chronomap-briefing';
export const BRIEFING_VERSION = 1;

const DAY_MS = 86_400_000;
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, 'an ISO day (2022-02-24) or UTC instant (2022-02-24T06:00:00Z)')
  .refine((s) => Number.isFinite(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), 'not a real date');
const id = z.string().regex(/^[\w.-]{1,120}$/, 'an id of letters, digits, _ . -');
const text = z.string().max(200);

export const stepViewSchema = z
  .object({
    // An array of two rather than a tuple: the app's first load already carries zod's array code.
    window: z
      .array(instant)
      .min(2, 'two dates: [start, end]')
      .max(2, 'two dates: [start, end]')
      .refine((w) => w.length !== 2 || toMs(w[0]!) < toMs(w[1]!), 'the window must end after it starts')
      .nullable(),
    event: id.nullable(),
    query: text,
    place: id.nullable(),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code').nullable(),
    source: text.nullable(),
    category: text.nullable(),
    precisions: z.array(z.enum(PRECISIONS)),
    map: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-540).max(540), zoom: z.number().min(0).max(20) })
      .nullable(),
    lang: z.enum(['zh', 'en']),
  })
  .partial();

export const stepSchema = z.object({
  title: z.string().max(300).default(''),
  notes: z.string().max(20_000).default(''),
  view: stepViewSchema,
});

export const briefingSchema = z.object({
  format: z.literal(BRIEFING_FORMAT).optional(),
  version: z.literal(BRIEFING_VERSION),
  title: z.string().max(300).default(''),
  /** A sentence or two for the start screen's card; optional. */
  description: z.string().max(1_000).optional(),
  steps: z.array(stepSchema).max(500),
});

export type StepView = z.infer<typeof stepViewSchema>;
export type BriefingStep = z.infer<typeof stepSchema>;
export type Briefing = z.infer<typeof briefingSchema>;

function toMs(s: string): number {
  return Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
}

function writeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

/** The part of a live view a step keeps (not the theme: presenting has its own). */
export function stepViewOf(view: View): StepView {
  return {
    window: view.window ? [writeInstant(view.window[0]), writeInstant(view.window[1])] : null,
    event: view.event,
    query: view.query,
    place: view.place,
    country: view.country,
    source: view.source,
    category: view.category,
    precisions: [...view.precisions],
    map: view.map ? { lat: +view.map.lat.toFixed(4), lon: +view.map.lon.toFixed(4), zoom: +view.map.zoom.toFixed(2) } : null,
    lang: view.lang,
  };
}

/** What `view.apply` takes: filters always (a step shows what its author saw), the rest when given. */
export function viewOfStep(step: StepView): Partial<View> {
  const view: Partial<View> = {
    query: step.query ?? '',
    place: step.place ?? null,
    country: step.country ?? null,
    source: step.source ?? null,
    category: step.category ?? null,
    precisions: step.precisions ?? [],
  };
  if (step.window !== undefined) view.window = stepWindow(step);
  if (step.event !== undefined) view.event = step.event;
  if (step.map !== undefined) view.map = step.map;
  if (step.lang !== undefined) view.lang = step.lang;
  return view;
}

/** The window of a step in ms, or null (whole range or not set). */
export function stepWindow(step: StepView): [number, number] | null {
  return step.window ? [toMs(step.window[0]!), toMs(step.window[1]!)] : null;
}

export type ParseResult = { ok: true; briefing: Briefing } | { ok: false; message: string };

/** Reads a file's text; every failure is a sentence naming what is wrong and where. */
export function parseBriefing(textOfFile: string, name = 'briefing'): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(textOfFile);
  } catch (e) {
    return { ok: false, message: `${name}: not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  return validateBriefing(raw, name);
}

export function validateBriefing(raw: unknown, name = 'briefing'): ParseResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: `${name}: not a briefing (expected a JSON object)` };
  const version = (raw as { version?: unknown }).version;
  if (version !== BRIEFING_VERSION)
    return { ok: false, message: `${name}: version ${JSON.stringify(version)}, expected ${BRIEFING_VERSION}` };
  const parsed = briefingSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `${name}: ${describeIssues(parsed.error)}` };
  return { ok: true, briefing: parsed.data };
}

export function serialiseBriefing(b: Briefing): string {
  const file = { format: BRIEFING_FORMAT, version: BRIEFING_VERSION, title: b.title, ...(b.description ? { description: b.description } : {}), steps: b.steps };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from the title: letters and digits kept (CJK too), the rest dashes. */
export function briefingFileName(title: string): string {
  const base = title.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'briefing'}.json`;
}
