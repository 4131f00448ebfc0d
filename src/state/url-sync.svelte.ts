// Keeps the address bar in step with the view, so a reload or a shared link brings the same view back.
// replaceState, not pushState: zooming should not fill the history with hundreds of entries.
import { VIEW_KEYS, viewFromParams, viewToParams, type View } from './view.ts';
import type { ViewState } from './view-state.svelte.ts';

export function readUrlView(location: Location = window.location): Partial<View> {
  return viewFromParams(new URLSearchParams(location.search));
}

/** Writes coalesce over this long: a zoom gesture changes the window every frame. */
const QUIET_MS = 120;

const CONTINUOUS = new Set(['t', 'map']);

function onlyContinuousChanged(before: URLSearchParams, after: URLSearchParams): boolean {
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const k of keys) if (!CONTINUOUS.has(k) && before.get(k) !== after.get(k)) return false;
  return true;
}

/** Call during component initialisation: writes the view to the URL whenever it changes. */
export function syncUrl(view: ViewState): void {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (pending !== null && pending !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      history.replaceState(history.state, '', pending);
    pending = null;
  };
  $effect(() => {
    // Parameters that are not part of the view (a pinned dataset, a briefing to present, embed
    // options) stay in the address as they were; the view's own are rewritten.
    const params = new URLSearchParams(window.location.search);
    for (const key of VIEW_KEYS) params.delete(key);
    for (const [key, value] of viewToParams(view.snapshot())) params.set(key, value);
    const query = params.toString();
    pending = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    clearTimeout(timer);
    // Only the window and the map extent move continuously; anything else is written at once.
    if (onlyContinuousChanged(new URLSearchParams(window.location.search), params)) timer = setTimeout(flush, QUIET_MS);
    else flush();
  });
  // A reload or a copied link right after a change still gets the latest view.
  $effect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  });
}
