// The one state object of the app: ids and a time window, never copies of events. Timeline, map and
// detail read and write it; what they show is derived from it (shown.svelte.ts). It serialises to
// a plain View (view.ts), which the URL, briefing steps and embed options all share.
import type { Lang } from '../lib/i18n.ts';
import type { View } from './view.ts';

export class ViewState {
  /** The timeline's visible window, ms UTC [start, end); null means the whole range. */
  window = $state<[number, number] | null>(null);
  selectedEvent = $state<string | null>(null);
  selectedPlace = $state<string | null>(null);
  hoveredEvent = $state<string | null>(null);
  hoveredPlace = $state<string | null>(null);
  lang = $state<Lang>('zh');

  constructor(initial: Partial<View> = {}) {
    this.apply(initial);
  }

  apply(view: Partial<View>): void {
    if (view.window !== undefined) this.window = view.window;
    if (view.event !== undefined) this.selectedEvent = view.event;
    if (view.place !== undefined) this.selectedPlace = view.place;
    if (view.lang !== undefined) this.lang = view.lang;
  }

  snapshot(): View {
    return { window: this.window, event: this.selectedEvent, place: this.selectedPlace, lang: this.lang };
  }

  selectEvent(id: string | null): void {
    this.selectedEvent = id;
  }

  /** Clicking the selected place again clears the filter. */
  togglePlace(id: string): void {
    this.selectedPlace = this.selectedPlace === id ? null : id;
  }
}
