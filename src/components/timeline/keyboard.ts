// The timeline's keys: ←/→ step through the filtered events in time order and bring the selection
// into view, Home/End go to the first/last, +/− zoom (about the selection when it is in view), 0 goes
// back to the opening window. Everything goes through the view state, like any other change.
import type { DatasetIndex } from '../../lib/dataset-index.ts';
import type { NewsEvent } from '../../lib/schema.ts';
import { defaultWindow } from '../../state/context.ts';
import type { ViewState } from '../../state/view-state.svelte.ts';
import { bringIntoView, zoomWindow } from './geometry.ts';
import type { Series } from './series.ts';
import { stepIndex } from './stepping.ts';

export interface KeyContext {
  index: DatasetIndex;
  view: ViewState;
  series: Series;
  domain: readonly [number, number];
  /** Tells screen readers which event the keys stepped to. */
  announce(event: NewsEvent): void;
}

function step(c: KeyContext, delta: number): void {
  const { view, index, series } = c;
  const selected = view.selectedEvent ? index.eventById.get(view.selectedEvent) : undefined;
  const at = stepIndex(series, selected?.order ?? null, delta, view.window);
  if (at < 0) return;
  const e = series.events[at]!;
  view.selectEvent(e.event.id);
  const w = bringIntoView(view.window, e.t0, e.t1);
  if (w !== view.window) view.window = w;
  c.announce(e.event);
}

function zoomBy(c: KeyContext, factor: number): void {
  const { view, index, domain } = c;
  const w = view.window;
  const [a, b] = w ?? domain;
  const sel = view.selectedEvent ? index.eventById.get(view.selectedEvent) : undefined;
  const at = sel && sel.t1 > a && sel.t0 < b ? (sel.t0 + sel.t1) / 2 : (a + b) / 2;
  view.window = zoomWindow(w, factor, at, domain);
}

const ACTIONS: Record<string, (c: KeyContext) => void> = {
  ArrowRight: (c) => step(c, 1),
  ArrowLeft: (c) => step(c, -1),
  Home: (c) => step(c, -Infinity),
  End: (c) => step(c, Infinity),
  '+': (c) => zoomBy(c, 2),
  '=': (c) => zoomBy(c, 2),
  '-': (c) => zoomBy(c, 0.5),
  _: (c) => zoomBy(c, 0.5),
  '0': (c) => (c.view.window = defaultWindow(c.index)),
};

/** Handles a key on the timeline; true when it was one of its keys (the caller prevents the default). */
export function timelineKey(ev: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, c: KeyContext): boolean {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return false;
  const action = ACTIONS[ev.key];
  if (!action) return false;
  action(c);
  return true;
}
