// Applies the view's theme (auto follows the system, live) as data-theme on an element: the page's
// root in the app, the host element in an embed. Call during component initialisation.
import type { Theme } from '../../state/view.ts';
import { resolveTheme } from './theme.ts';

export function followTheme(theme: () => Theme, target: () => HTMLElement): void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  let systemDark = $state(query.matches);
  $effect(() => {
    const onchange = (ev: MediaQueryListEvent) => (systemDark = ev.matches);
    query.addEventListener('change', onchange);
    return () => query.removeEventListener('change', onchange);
  });
  $effect(() => {
    target().dataset.theme = resolveTheme(theme(), systemDark);
  });
}
