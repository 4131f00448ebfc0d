// The canvas cannot use CSS variables, so it reads them: once, and again whenever the theme may have
// changed (the root's data-theme, class or style, or the system's colour scheme when no theme is set).
export interface Palette {
  mark: string;
  markSpan: string;
  accent: string;
  panel: string;
  text: string;
  text2: string;
  muted: string;
}

const VARS: Record<keyof Palette, string> = {
  mark: '--mark',
  markSpan: '--mark-span',
  accent: '--accent',
  panel: '--panel',
  text: '--text',
  text2: '--text-2',
  muted: '--muted',
};

const FALLBACK: Palette = {
  mark: '#1f5fa8',
  markSpan: '#8fb3de',
  accent: '#d0461b',
  panel: '#ffffff',
  text: '#1b1f24',
  text2: '#4a5260',
  muted: '#c9ced6',
};

/** The palette as computed for `el` (variables inherit, so any element inside the app will do). */
export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const out = { ...FALLBACK };
  for (const key of Object.keys(VARS) as (keyof Palette)[]) {
    const v = style.getPropertyValue(VARS[key]).trim();
    if (v) out[key] = v;
  }
  return out;
}

/** Calls `onChange` when the theme may have changed; returns the function that stops watching. */
export function watchTheme(onChange: () => void): () => void {
  const root = document.documentElement;
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}
