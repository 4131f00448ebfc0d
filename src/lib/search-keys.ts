// Search keys made when first needed. Folding 100 000 sentences, titles and place names (NFKC,
// lower case) takes a few hundred milliseconds: too much to spend before the first picture when most
// visits never search. The keys are filled in idle moments after the first render, and any key a
// search needs sooner is made on the spot.
import { searchKey } from './search-text.ts';
import { whenIdle } from './when-idle.ts';

export class SearchKeys {
  readonly #keys: (string | undefined)[];
  readonly #text: (order: number) => string;

  /** `text(order)`: the searchable text of the event at that position. */
  constructor(count: number, text: (order: number) => string) {
    this.#keys = new Array<string | undefined>(count);
    this.#text = text;
  }

  get(order: number): string {
    return (this.#keys[order] ??= searchKey(this.#text(order)));
  }

  /** Makes the remaining keys a slice at a time while the page is idle. */
  warm(): void {
    let next = 0;
    const step = () => {
      const stop = Math.min(this.#keys.length, next + 5_000);
      for (; next < stop; next++) this.get(next);
      if (next < this.#keys.length) whenIdle(step);
    };
    whenIdle(step);
  }
}
