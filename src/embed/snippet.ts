// The embed snippet for a view: an iframe pointing at the app with `embed=1`, the view's own URL
// parameters and the embed options, plus the host script that sizes it. Pure, so it is unit-tested.
import type { EmbedOptions } from '../state/embed-options.ts';
import { embedToParams } from './embed-params.ts';
import { viewToParams, type View } from '../state/view.ts';


/** The dataset path pinned by the build (scripts/vite-pin-dataset.ts), or null in development. */
export { pinnedData } from '../state/build-files.ts';

/** The address an embed loads: the app's base URL with the view and the options. */
export function embedUrl(appBase: string, view: Partial<View>, options: Partial<EmbedOptions>): string {
  // The map's extent is left to the frame (its size differs from this window's); the rest is the view.
  const params = viewToParams({ ...view, map: null });
  embedToParams({ ...options, embed: true }, params);
  const url = new URL(appBase);
  url.search = params.toString();
  url.hash = '';
  return url.toString();
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a host page pastes: the frame, then the tiny host script (height and events). */
export function embedSnippet(src: string, appBase: string, title: string, height: number): string {
  const host = new URL('embed/host.js', appBase).toString();
  return [
    `<iframe src="${escapeAttr(src)}" data-chronomap title="${escapeAttr(title)}" width="100%" height="${height}"`,
    `  loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin-when-cross-origin" class="chronomap-frame"></iframe>`,
    `<script src="${escapeAttr(host)}" defer></script>`,
  ].join('\n');
}

/** The app's base URL (the folder index.html is served from), from any page of it. */
export function appBaseOf(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.toString();
}
