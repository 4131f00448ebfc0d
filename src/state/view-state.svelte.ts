// The one state object of the app: ids, filters and a time window, never copies of events. Every
// view reads and writes it; what they show is derived from it (shown.svelte.ts). It serialises to a
// plain View (view.ts), which the URL, briefing steps and embed options all share.
import type { Lang } from '../lib/i18n.ts';
import type { Precision } from '../lib/schema.ts';
import { NO_FILTERS, type Filters, type MapExtent, type Theme, type View } from './view.ts';

export class ViewState {
  window = $state<[number, number] | null>(null);
  selectedEvent = $state<string | null>(null);
  hoveredEvent = $state<string | null>(null);
  hoveredPlace = $state<string | null>(null);
  lang = $state<Lang>('zh');
  theme = $state<Theme>('auto');
  /** The map's extent as the user left it; written by the map, read back from a link. */
  map = $state<MapExtent | null>(null);
  query = $state('');
  selectedPlace = $state<string | null>(null);
  country = $state<string | null>(null);
  source = $state<string | null>(null);
  category = $state<string | null>(null);
  precisions = $state<Precision[]>([]);
  /** Counts "clear all filters": input still being typed into a filter is dropped on a clear. */
  clears = $state(0);

  constructor(initial: Partial<View> = {}) {
    this.apply(initial);
  }

  apply(view: Partial<View>): void {
    if (view.window !== undefined) this.window = view.window;
    if (view.event !== undefined) this.selectedEvent = view.event;
    if (view.lang !== undefined) this.lang = view.lang;
    if (view.theme !== undefined) this.theme = view.theme;
    if (view.map !== undefined) this.map = view.map;
    if (view.query !== undefined) this.query = view.query;
    if (view.place !== undefined) this.selectedPlace = view.place;
    if (view.country !== undefined) this.country = view.country;
    if (view.source !== undefined) this.source = view.source;
    if (view.category !== undefined) this.category = view.category;
    if (view.precisions !== undefined) this.precisions = view.precisions;
  }

  filters(): Filters {
    return {
      query: this.query,
      place: this.selectedPlace,
      country: this.country,
      source: this.source,
      category: this.category,
      precisions: this.precisions,
    };
  }

  snapshot(): View {
    return {
      ...this.filters(),
      window: this.window,
      event: this.selectedEvent,
      lang: this.lang,
      theme: this.theme,
      map: this.map,
    };
  }

  clearFilters(): void {
    this.apply(NO_FILTERS);
    this.clears++;
  }

  selectEvent(id: string | null): void {
    this.selectedEvent = id;
  }

  /** Clicking the selected place again clears the filter. */
  togglePlace(id: string): void {
    this.selectedPlace = this.selectedPlace === id ? null : id;
  }

  togglePrecision(p: Precision): void {
    this.precisions = this.precisions.includes(p) ? this.precisions.filter((x) => x !== p) : [...this.precisions, p];
  }
}
