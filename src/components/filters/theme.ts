// Light, dark or the system's choice. The view keeps what the user chose (auto/light/dark, in the
// URL); the page gets the resolved one as <html data-theme>, which app.css keys its palettes on.
import type { Theme } from '../../state/view.ts';

export type ResolvedTheme = 'light' | 'dark';

export function resolveTheme(theme: Theme, systemDark: boolean): ResolvedTheme {
  return theme === 'auto' ? (systemDark ? 'dark' : 'light') : theme;
}

/** The toggle cycles auto → light → dark → auto. */
export function nextTheme(theme: Theme): Theme {
  return theme === 'auto' ? 'light' : theme === 'light' ? 'dark' : 'auto';
}
