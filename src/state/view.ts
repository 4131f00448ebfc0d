// A view as plain data, and its URL form. The same View is what a link restores, what a briefing
// step stores and what an embed is configured with. Days are what people cite, so the window is
// written as ISO days when it falls on day boundaries and as ISO instants otherwise.
import { LANGS, type Lang } from '../lib/i18n.ts';
import { PRECISIONS, type Precision } from '../lib/schema.ts';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export interface MapExtent {
  lat: number;
  lon: number;
  zoom: number;
}

export interface Filters {
  /** Free text over sentences, titles and place names, in Chinese or English. */
  query: string;
  /** Only events that mention this place. */
  place: string | null;
  /** Only events that mention a place in this country (ISO 3166-1 alpha-2). */
  country: string | null;
  source: string | null;
  category: string | null;
  /** Only events of these precisions; empty means all. */
  precisions: Precision[];
}

export interface View extends Filters {
  /** The timeline's window, ms UTC [start, end); null is the whole range. */
  window: [number, number] | null;
  event: string | null;
  lang: Lang;
  theme: Theme;
  /** The map's centre and zoom; null lets the map choose (fit to the places). */
  map: MapExtent | null;
}

export const NO_FILTERS: Filters = { query: '', place: null, country: null, source: null, category: null, precisions: [] };

const DAY_MS = 86_400_000;
const ID = /^[\w.-]{1,120}$/;
const COUNTRY = /^[A-Z]{2}$/;
const MAX_TEXT = 200;

function writeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
}

function readInstant(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(text)) return null;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isFinite(ms) ? ms : null;
}

/** Every URL parameter a view writes; others in the address belong to someone else. */
export const VIEW_KEYS = ['t', 'q', 'place', 'country', 'source', 'cat', 'prec', 'event', 'map', 'lang', 'theme'] as const;

export function viewToParams(view: Partial<View>): URLSearchParams {
  const params = new URLSearchParams();
  if (view.window) params.set('t', `${writeInstant(view.window[0])}~${writeInstant(view.window[1])}`);
  if (view.query) params.set('q', view.query);
  if (view.place) params.set('place', view.place);
  if (view.country) params.set('country', view.country);
  if (view.source) params.set('source', view.source);
  if (view.category) params.set('cat', view.category);
  if (view.precisions?.length) params.set('prec', view.precisions.join(','));
  if (view.event) params.set('event', view.event);
  if (view.map) params.set('map', `${view.map.lat.toFixed(4)},${view.map.lon.toFixed(4)},${+view.map.zoom.toFixed(2)}`);
  if (view.lang) params.set('lang', view.lang);
  if (view.theme && view.theme !== 'auto') params.set('theme', view.theme);
  return params;
}

const text = (v: string | null) => (v && v.length <= MAX_TEXT ? v : null);

/** What the URL says; anything malformed is left out rather than trusted. */
export function viewFromParams(params: URLSearchParams): Partial<View> {
  const view: Partial<View> = {};
  const t = params.get('t')?.split('~');
  if (t && t.length === 2) {
    const a = readInstant(t[0]!);
    const b = readInstant(t[1]!);
    if (a !== null && b !== null && a < b) view.window = [a, b];
  }
  const query = text(params.get('q'));
  if (query) view.query = query;
  const place = params.get('place');
  if (place && ID.test(place)) view.place = place;
  const country = params.get('country');
  if (country && COUNTRY.test(country)) view.country = country;
  const source = text(params.get('source'));
  if (source) view.source = source;
  const category = text(params.get('cat'));
  if (category) view.category = category;
  const prec = params.get('prec')?.split(',').filter((p): p is Precision => (PRECISIONS as readonly string[]).includes(p));
  if (prec?.length) view.precisions = [...new Set(prec)];
  const event = params.get('event');
  if (event && ID.test(event)) view.event = event;
  const map = params.get('map')?.split(',').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite) && Math.abs(map[0]!) <= 90 && Math.abs(map[1]!) <= 540 && map[2]! >= 0 && map[2]! <= 20)
    view.map = { lat: map[0]!, lon: map[1]!, zoom: map[2]! };
  const lang = params.get('lang');
  if (lang && (LANGS as readonly string[]).includes(lang)) view.lang = lang as Lang;
  const theme = params.get('theme');
  if (theme && (THEMES as readonly string[]).includes(theme)) view.theme = theme as Theme;
  return view;
}
