// Keeps the address bar in step with the view, so a reload or a shared link brings the same view back.
// replaceState, not pushState: zooming should not fill the history with hundreds of entries.
import { viewFromParams, viewToParams, type View } from './view.ts';
import type { ViewState } from './view-state.svelte.ts';

export function readUrlView(location: Location = window.location): Partial<View> {
  return viewFromParams(new URLSearchParams(location.search));
}

/** Call during component initialisation: writes the view to the URL whenever it changes. */
export function syncUrl(view: ViewState): void {
  $effect(() => {
    const params = viewToParams(view.snapshot()).toString();
    const url = `${window.location.pathname}${params ? `?${params}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      history.replaceState(history.state, '', url);
  });
}
