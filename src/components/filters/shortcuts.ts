// The page-wide keys of the explorer, as a pure decision: `/` goes to the search from anywhere but a
// text field; Esc clears the search when in it, otherwise the selection, then the filters (one thing
// per press, the most local first). Views with their own keys (timeline, list) leave these alone.

export type Shortcut = 'focus-search' | 'clear-query' | 'clear-selection' | 'clear-filters' | null;

export interface ShortcutContext {
  /** Where the key was pressed: the search box, another text field, or anywhere else. */
  target: 'search' | 'text-field' | 'other';
  hasQuery: boolean;
  hasSelection: boolean;
  hasFilters: boolean;
}

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export function shortcutFor(ev: KeyLike, ctx: ShortcutContext): Shortcut {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return null;
  if (ev.key === '/') return ctx.target === 'other' ? 'focus-search' : null;
  if (ev.key !== 'Escape') return null;
  if (ctx.target === 'search' && ctx.hasQuery) return 'clear-query';
  if (ctx.target === 'text-field') return null;
  if (ctx.hasSelection) return 'clear-selection';
  if (ctx.hasFilters) return 'clear-filters';
  return null;
}

/** Is this element somewhere one types text (so `/` is a character there, not a shortcut)? */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(type);
}
