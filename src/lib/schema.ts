// The dataset contract (../shared/spec/dataset.md, version 1), as one schema that the prebuild
// validates what it writes with and the app validates what it reads with. Plain TypeScript and zod:
// no DOM, no Node, no Svelte, so both halves can import it.
import { z } from 'zod';

export const DATASET_VERSION = 1;

/** An ISO calendar day, `YYYY-MM-DD`. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day');

export const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'decade', 'reported'] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  source: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected ISO 8601 UTC'),
  categories: z.array(z.string()),
  image: z.string().optional(),
  url: z.string().optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const placeSchema = z.object({
  id: z.string().min(1),
  name: z.object({ zh: z.string(), en: z.string() }),
  kind: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z.string().length(2).optional(),
});
export type Place = z.infer<typeof placeSchema>;

export const timeMentionSchema = z.object({
  text: z.string().min(1),
  offset: z.number().int().nonnegative(),
  start: isoDay,
  end: isoDay,
  precision: precisionSchema,
  /** Which rule resolved it (for `npm run explain`); an addition to the contract. */
  rule: z.string().optional(),
});
export type TimeMention = z.infer<typeof timeMentionSchema>;

export const placeMentionSchema = z.object({
  text: z.string().min(1),
  offset: z.number().int().nonnegative(),
  place: z.string().min(1),
});
export type PlaceMention = z.infer<typeof placeMentionSchema>;

export const newsEventSchema = z.object({
  id: z.string().min(1),
  article: z.string().min(1),
  text: z.string().min(1),
  start: isoDay,
  end: isoDay,
  precision: precisionSchema,
  times: z.array(timeMentionSchema),
  mentions: z.array(placeMentionSchema),
  places: z.array(z.string()),
});
/** Named NewsEvent because the DOM owns `Event`. */
export type NewsEvent = z.infer<typeof newsEventSchema>;

export const datasetSchema = z
  .object({
    version: z.literal(DATASET_VERSION),
    articles: z.array(articleSchema),
    places: z.array(placeSchema),
    events: z.array(newsEventSchema),
  })
  .superRefine((data, ctx) => {
    // References must resolve: an event's article and places exist, its interval is ordered.
    const articleIds = new Set(data.articles.map((a) => a.id));
    const placeIds = new Set(data.places.map((p) => p.id));
    data.events.forEach((ev, i) => {
      if (!articleIds.has(ev.article))
        ctx.addIssue({ code: 'custom', path: ['events', i, 'article'], message: `unknown article ${ev.article}` });
      for (const p of ev.places)
        if (!placeIds.has(p))
          ctx.addIssue({ code: 'custom', path: ['events', i, 'places'], message: `unknown place ${p}` });
      if (ev.start > ev.end)
        ctx.addIssue({ code: 'custom', path: ['events', i, 'end'], message: 'end before start' });
    });
  });
export type Dataset = z.infer<typeof datasetSchema>;

/** A short human message for the first few problems of a failed validation. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return lines.join('; ') + more;
}
