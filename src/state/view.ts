// A view as plain data, and its URL form. Days are what people cite, so the window is written as
// ISO days when it falls on day boundaries and as ISO instants otherwise.
import { LANGS, type Lang } from '../lib/i18n.ts';

export interface View {
  window: [number, number] | null;
  event: string | null;
  place: string | null;
  lang: Lang;
}

const DAY_MS = 86_400_000;
const ID = /^[\w.-]{1,120}$/;

function writeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

function readInstant(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(text)) return null;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isFinite(ms) ? ms : null;
}

export function viewToParams(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.window) params.set('t', `${writeInstant(view.window[0])}~${writeInstant(view.window[1])}`);
  if (view.place) params.set('place', view.place);
  if (view.event) params.set('event', view.event);
  params.set('lang', view.lang);
  return params;
}

/** What the URL says; anything malformed is left out rather than trusted. */
export function viewFromParams(params: URLSearchParams): Partial<View> {
  const view: Partial<View> = {};
  const t = params.get('t')?.split('~');
  if (t && t.length === 2) {
    const a = readInstant(t[0]!);
    const b = readInstant(t[1]!);
    if (a !== null && b !== null && a < b) view.window = [a, b];
  }
  const place = params.get('place');
  if (place && ID.test(place)) view.place = place;
  const event = params.get('event');
  if (event && ID.test(event)) view.event = event;
  const lang = params.get('lang');
  if (lang && (LANGS as readonly string[]).includes(lang)) view.lang = lang as Lang;
  return view;
}
