// The event list's keyboard, as a pure mapping from a key to what it does, so it is tested without a
// browser. The list is a listbox: the arrows move the active row (aria-activedescendant), Enter or
// Space selects it, as a click does.

export type ListAction = { kind: 'move'; to: number } | { kind: 'select' } | null;

export function listKeyAction(key: string, active: number, count: number, pageSize: number): ListAction {
  if (count <= 0) return null;
  const page = Math.max(1, pageSize);
  // With no active row yet, the first move lands on the first (or, going up, the last) row.
  const from = active >= 0 && active < count ? active : -1;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', to: from < 0 ? 0 : clamp(from + 1) };
    case 'ArrowUp':
      return { kind: 'move', to: from < 0 ? count - 1 : clamp(from - 1) };
    case 'PageDown':
      return { kind: 'move', to: from < 0 ? 0 : clamp(from + page) };
    case 'PageUp':
      return { kind: 'move', to: from < 0 ? 0 : clamp(from - page) };
    case 'Home':
      return { kind: 'move', to: 0 };
    case 'End':
      return { kind: 'move', to: count - 1 };
    case 'Enter':
    case ' ':
      return from < 0 ? null : { kind: 'select' };
    default:
      return null;
  }
}
