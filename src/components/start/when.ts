// When the start screen greets a reader: on a bare address only. A link that carries a view (a
// window, filters, a selection, a map extent), a presentation, the speaker notes or an embed was
// made to show that, so it opens straight on it; the language and theme alone are not a view (a
// newsroom links to `?lang=en`). Once closed, a bare address in the same tab goes straight to the
// explorer: the dismissal is kept in sessionStorage, so a new tab or a new visit greets again.
// The header's Start button always brings it back.
import { VIEW_KEYS } from '../../state/view.ts';

export const SEEN_KEY = 'chronomap.start.seen';

/** Parameters that open the app on something other than the start: a view, or another mode. */
const OPENS_ON = new Set<string>([...VIEW_KEYS.filter((k) => k !== 'lang' && k !== 'theme'), 'present', 'notes', 'embed']);

/** Whether the address asks for nothing but, at most, a language and a theme. */
export function isBareAddress(search: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (OPENS_ON.has(key)) return false;
  return true;
}

export function startOnLoad(search: string, storage: Pick<Storage, 'getItem'> | null): boolean {
  if (!isBareAddress(search)) return false;
  try {
    return storage?.getItem(SEEN_KEY) !== '1';
  } catch {
    return true;
  }
}

export function rememberSeen(storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(SEEN_KEY, '1');
  } catch {
    // Storage denied (some private modes): the start screen greets again on the next bare address.
  }
}

/** This tab's sessionStorage, or null where reading it throws (sandboxed frames, some private modes). */
export function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
