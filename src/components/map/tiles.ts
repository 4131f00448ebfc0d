// The optional online tile layer: OpenStreetMap's standard tiles, off unless the user switches them
// on, so by default nothing leaves the machine. The choice is remembered in this browser only
// (localStorage), not in the URL: a shared link should never make someone else's browser go online.

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/** OpenStreetMap's tile servers serve zoom levels up to 19. */
export const OSM_MAX_ZOOM = 19;

const KEY = 'chronomap.map.tiles';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function browserStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be blocked (private modes, sandboxed embeds): then the choice lasts for the page.
    return null;
  }
}

export function readTilesPreference(store: Store | null = browserStore()): boolean {
  try {
    return store?.getItem(KEY) === 'osm';
  } catch {
    return false;
  }
}

export function writeTilesPreference(on: boolean, store: Store | null = browserStore()): void {
  try {
    store?.setItem(KEY, on ? 'osm' : 'off');
  } catch {
    // Not remembered; the map works the same.
  }
}
