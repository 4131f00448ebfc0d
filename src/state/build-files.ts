// What the build wrote beside the app (scripts/vite-pin-dataset.ts), named through Vite's `define`:
// the pinned copy of the dataset, which embed snippets name, and its compact twin, which the app
// reads first. Both null in development, where the dev server serves the live dataset alone.
declare const __CHRONOMAP_PINNED_DATA__: string | null | undefined;
declare const __CHRONOMAP_COMPACT_DATA__: string | null | undefined;

/** data/events.<hash>.json, or null. */
export const pinnedData: string | null = typeof __CHRONOMAP_PINNED_DATA__ === 'string' ? __CHRONOMAP_PINNED_DATA__ : null;
/** data/events.<hash>.compact.json, or null. */
export const compactTwin: string | null = typeof __CHRONOMAP_COMPACT_DATA__ === 'string' ? __CHRONOMAP_COMPACT_DATA__ : null;
