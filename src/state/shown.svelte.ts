// Everything the views show, derived in one place from the dataset and the view state.
import type { DatasetIndex, IndexedEvent } from '../lib/dataset-index.ts';
import { filterEvents, hasFilters, inWindow, longEvents } from '../lib/event-filter.ts';
import { countEvents, countsInWindow, placeTimes, type PlaceTimes } from '../lib/place-counts.ts';
import type { ViewState } from './view-state.svelte.ts';

export class Shown {
  /** Events that pass the filters: what the timeline and its overview draw. */
  readonly filtered: IndexedEvent[];
  /** Of those, the ones overlapping the time window: what the map, the list and the counts show. */
  readonly windowEvents: IndexedEvent[];
  /** Event count per place in the window. */
  readonly placeCounts: Map<string, number>;
  readonly selected: IndexedEvent | null;
  /** Places to highlight: the hovered or selected event's. */
  readonly highlightedPlaces: Set<string>;

  constructor(index: DatasetIndex, view: ViewState) {
    this.filtered = $derived(filterEvents(index, view.filters()));
    const long = $derived(longEvents(this.filtered));
    this.windowEvents = $derived(inWindow(this.filtered, view.window, long));
    // Built on first need, once per dataset: the sorted times behind the fast unfiltered count.
    let times: Map<string, PlaceTimes> | undefined;
    this.placeCounts = $derived.by(() => {
      const w = view.window;
      if (!w || hasFilters(view.filters())) return countEvents(this.windowEvents);
      times ??= placeTimes(index.eventsByPlace);
      return countsInWindow(times, w);
    });
    this.selected = $derived(view.selectedEvent ? (index.eventById.get(view.selectedEvent) ?? null) : null);
    this.highlightedPlaces = $derived.by(() => {
      const id = view.hoveredEvent ?? view.selectedEvent;
      const e = id ? index.eventById.get(id) : undefined;
      return new Set(e?.event.places ?? []);
    });
  }
}
