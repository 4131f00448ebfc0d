// The app's shared objects travel through Svelte context, so components never import each other's state.
import { getContext, setContext } from 'svelte';
import type { DatasetIndex } from '../lib/dataset-index.ts';
import { Shown } from './shown.svelte.ts';
import type { View } from './view.ts';
import { ViewState } from './view-state.svelte.ts';

export interface AppContext {
  index: DatasetIndex;
  view: ViewState;
  shown: Shown;
}

const KEY = Symbol('chronomap');

export const setAppContext = (ctx: AppContext): AppContext => setContext(KEY, ctx);
export const getAppContext = () => getContext<AppContext>(KEY);

/** The opening window: the focus, or null (everything) when the focus is nearly everything anyway. */
export function defaultWindow(index: DatasetIndex): [number, number] | null {
  const [a, b] = index.focus;
  const [lo, hi] = index.extent;
  return b - a >= 0.9 * (hi - lo) ? null : index.focus;
}

/** The state for one dataset; ids from a URL that the dataset does not have are dropped, not kept dangling. */
export function createAppContext(index: DatasetIndex, initial: Partial<View>): AppContext {
  const view = new ViewState({
    ...initial,
    // A first look opens on where the news is; a link with its own window keeps it.
    window: initial.window ?? defaultWindow(index),
    event: initial.event && index.eventById.has(initial.event) ? initial.event : null,
    place: initial.place && index.placeById.has(initial.place) ? initial.place : null,
  });
  return { index, view, shown: new Shown(index, view) };
}
