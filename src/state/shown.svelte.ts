// Everything the views show, derived in one place from the dataset and the view state.
import type { DatasetIndex, IndexedEvent } from '../lib/dataset-index.ts';
import type { ViewState } from './view-state.svelte.ts';

export class Shown {
  /** Events after the place filter: what the timeline draws. */
  readonly placeEvents: IndexedEvent[];
  /** Of those, the ones overlapping the time window: what the map and counts show. */
  readonly windowEvents: IndexedEvent[];
  /** Event count per place in the window. */
  readonly placeCounts: Map<string, number>;
  readonly selected: IndexedEvent | null;
  /** Places to highlight: the selected (or hovered) event's. */
  readonly highlightedPlaces: Set<string>;

  constructor(index: DatasetIndex, view: ViewState) {
    this.placeEvents = $derived(
      view.selectedPlace ? (index.eventsByPlace.get(view.selectedPlace) ?? []) : index.events,
    );
    this.windowEvents = $derived.by(() => {
      const w = view.window;
      if (!w) return this.placeEvents;
      return this.placeEvents.filter((e) => e.t1 > w[0] && e.t0 < w[1]);
    });
    this.placeCounts = $derived.by(() => {
      const counts = new Map<string, number>();
      for (const e of this.windowEvents)
        for (const p of e.event.places) counts.set(p, (counts.get(p) ?? 0) + 1);
      return counts;
    });
    this.selected = $derived(view.selectedEvent ? (index.eventById.get(view.selectedEvent) ?? null) : null);
    this.highlightedPlaces = $derived.by(() => {
      const id = view.hoveredEvent ?? view.selectedEvent;
      const e = id ? index.eventById.get(id) : undefined;
      return new Set(e?.event.places ?? []);
    });
  }
}
