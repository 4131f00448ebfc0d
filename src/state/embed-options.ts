// How an embedded view is dressed: which panels show, whether it is locked, which host origins may
// drive it, which (pinned) dataset it reads and how tall its panels are. These ride in the URL next to
// the View (view.ts) and never mix with it: a View is what the reader looks at, EmbedOptions are what
// the host page decided. Anything malformed is dropped, never trusted.
import { compactTwin, pinnedData } from './build-files.ts';

export type Panel = 'timeline' | 'map' | 'list' | 'detail';
export const PANELS: readonly Panel[] = ['timeline', 'map', 'list', 'detail'];

export interface EmbedOptions {
  /** Minimal chrome: no header controls, the layout sized for an iframe or an element. */
  embed: boolean;
  /** Panels to show, in the app's order; all by default. */
  panels: Panel[];
  /** A static-looking embed: no zoom, pan or selection by the reader (host commands still work). */
  lock: boolean;
  /** Host origins whose `chronomap:command` messages are obeyed (exact match, e.g. https://a.example). */
  origins: string[];
  /** A pinned dataset, always a relative path under data/ (never a remote URL); null is the default. */
  data: string | null;
  /** Height of the map/list/detail row in CSS pixels; null lets the layout choose. */
  height: number | null;
}

export const DEFAULT_EMBED: EmbedOptions = { embed: false, panels: [...PANELS], lock: false, origins: [], data: null, height: null };

/** Same-origin, under ./data/, one plain file name: data/events.3fa2c1d0.json. */
const DATA_PATH = /^data\/[\w.-]+\.json$/;
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 2000;

export function safeDataPath(text: string | null | undefined): string | null {
  if (!text || !DATA_PATH.test(text) || text.includes('..')) return null;
  return text;
}

/** An origin exactly as the browser writes MessageEvent.origin (scheme://host[:port]), or null. */
export function normalOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Only a bare origin is accepted, so what the author typed is what is compared.
    return url.origin === text.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

export function embedFromParams(params: URLSearchParams): EmbedOptions {
  const options: EmbedOptions = { ...DEFAULT_EMBED, panels: [...PANELS] };
  options.embed = params.get('embed') === '1';
  const panels = params.get('panels');
  if (panels !== null) {
    const asked = new Set(panels.split(','));
    const chosen = PANELS.filter((p) => asked.has(p));
    if (chosen.length) options.panels = chosen;
  }
  options.lock = params.get('lock') === '1';
  options.origins = (params.get('origins') ?? '')
    .split(/[\s,]+/)
    .map(normalOrigin)
    .filter((o): o is string => o !== null);
  options.data = safeDataPath(params.get('data'));
  const height = Number(params.get('height'));
  if (params.has('height') && Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT) options.height = height;
  return options;
}

/**
 * What the page reads, in order of preference: the site's own dataset, or the pinned one that
 * `data=` names, each after its compact twin when this build wrote one (a faster first render,
 * src/lib/compact-dataset.ts) — the file itself should the twin fail. Any other `data=` file alone:
 * no twin is guessed at, so none is asked for in vain.
 */
export function datasetUrls(options: Pick<EmbedOptions, 'data'>, files: { pinned: string | null; twin: string | null } = { pinned: pinnedData, twin: compactTwin }): string[] {
  const file = options.data ?? 'data/events.json';
  const twinned = options.data === null || options.data === files.pinned;
  return files.twin && twinned ? [`./${files.twin}`, `./${file}`] : [`./${file}`];
}

export function readEmbedOptions(location: Location = window.location): EmbedOptions {
  return embedFromParams(new URLSearchParams(location.search));
}
