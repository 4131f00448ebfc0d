// EmbedOptions back to URL parameters (the Embed dialog's snippets, the embed's link to the full app).
// Apart from embed-options.ts, which the app needs at start, so this loads only with embed code.
import { PANELS, safeDataPath, type EmbedOptions } from '../state/embed-options.ts';

/** Only what differs from the defaults, so snippets stay short. */
export function embedToParams(options: Partial<EmbedOptions>, params = new URLSearchParams()): URLSearchParams {
  if (options.embed) params.set('embed', '1');
  if (options.panels && options.panels.length && options.panels.length < PANELS.length)
    params.set('panels', PANELS.filter((p) => options.panels!.includes(p)).join(','));
  if (options.lock) params.set('lock', '1');
  if (options.origins?.length) params.set('origins', options.origins.join(','));
  const data = safeDataPath(options.data);
  if (data) params.set('data', data);
  if (options.height) params.set('height', String(options.height));
  return params;
}
