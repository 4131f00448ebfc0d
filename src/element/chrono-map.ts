// <chrono-map>: the embedded view as a custom element, for pages that prefer no iframe.
//
//   <script type="module" src="https://example.org/chronomap/element/chrono-map.js"></script>
//   <chrono-map src="https://example.org/chronomap/data/events.3fa2c1d0ab.json"
//               lang="en" theme="light" panels="timeline,list" window="2022-03-01~2022-04-01"></chrono-map>
//
// Attributes, as the iframe's URL options: src (the dataset; pin a hashed file), lang, theme, panels,
// lock, height, window (start~end, ISO days or instants), event, place, q, country, source, cat,
// prec, app (the full app's URL, for the credit link). Changing `event` or `window` updates the view;
// other attributes rebuild it. Methods: select(id | null), setWindow(start, end). Events (bubbling,
// composed, detail = the message): chronomap:ready, :height, :select, :window, plus :loaded / :error.
//
// Styles live in the shadow root (the app's CSS with Leaflet's, linked from next to this script), so
// the page's styles and the view's do not meet; no inline <style> or eval, for strict CSPs.
import './no-eval.ts';
import { mount, unmount } from 'svelte';
import type { Lang } from '../lib/i18n.ts';
import type { Command } from '../lib/embed-protocol.ts';
import { parseCommand } from '../lib/embed-protocol.ts';
import { embedFromParams } from '../state/embed-options.ts';
import { viewFromParams } from '../state/view.ts';
import '../app.css';
import ElementRoot from './ElementRoot.svelte';

// Beside this script, whatever the page's address (resolved at run time, not by the bundler).
const CSS_URL = new URL(/* @vite-ignore */ './chrono-map.css', import.meta.url).href;
/** Attribute → URL parameter of the app (view.ts, embed-options.ts). */
const PARAM: Record<string, string> = {
  lang: 'lang', theme: 'theme', panels: 'panels', lock: 'lock', height: 'height', window: 't', event: 'event',
  place: 'place', q: 'q', country: 'country', source: 'source', cat: 'cat', prec: 'prec',
};
const LIVE = new Set(['event', 'window']);
// Commands through the same checks as a host's messages, from a trusted "origin".
const SELF = 'element:';

export class ChronoMapElement extends HTMLElement {
  static observedAttributes = ['src', 'app', ...Object.keys(PARAM)];
  #app: ReturnType<typeof mount> | null = null;
  #container: HTMLDivElement | null = null;
  #pending = 0;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = CSS_URL;
      this.#container = document.createElement('div');
      this.#container.className = 'chrono-map-root';
      root.append(link, this.#container);
      // Mount once the styles are in, so Leaflet and the timeline measure a styled box.
      link.addEventListener('load', () => this.#render(), { once: true });
      link.addEventListener('error', () => this.#render(), { once: true });
    } else this.#render();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (!this.#app || old === value) return;
    if (LIVE.has(name)) {
      const params = this.#params();
      const view = viewFromParams(params);
      if (name === 'event') this.select(view.event ?? null);
      else if (view.window) this.setWindow(view.window[0], view.window[1]);
      else this.setWindow(null, null);
      return;
    }
    // Several attributes set in a row rebuild once.
    cancelAnimationFrame(this.#pending);
    this.#pending = requestAnimationFrame(() => this.#render());
  }

  select(id: string | null): void {
    this.#command({ type: 'chronomap:command', command: 'select', event: id });
  }

  setWindow(start: string | number | null, end: string | number | null): void {
    this.#command({ type: 'chronomap:command', command: 'setWindow', start, end });
  }

  #command(message: object) {
    const command = parseCommand(message, SELF, [SELF]);
    const obey = (this as unknown as { __obey?: (c: Command) => void }).__obey;
    if (command && obey) obey(command);
  }

  #params(): URLSearchParams {
    const params = new URLSearchParams({ embed: '1' });
    for (const [attr, param] of Object.entries(PARAM)) {
      const value = this.getAttribute(attr);
      if (value === null) continue;
      // A bare boolean attribute: <chrono-map lock>.
      params.set(param, attr === 'lock' && value === '' ? '1' : value);
    }
    return params;
  }

  #stop() {
    if (this.#app) void unmount(this.#app);
    this.#app = null;
  }

  #render() {
    this.#stop();
    if (!this.#container) return;
    const src = this.getAttribute('src');
    const params = this.#params();
    const initial = viewFromParams(params);
    const options = embedFromParams(params);
    const lang: Lang = initial.lang ?? (navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en');
    // The theme before the first paint (the view keeps it in step afterwards).
    this.dataset.theme = initial.theme === 'dark' || initial.theme === 'light' ? initial.theme : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    if (!src) {
      this.#container.textContent = '<chrono-map>: the src attribute (the dataset URL) is missing.';
      return;
    }
    this.#container.textContent = '';
    this.#app = mount(ElementRoot, {
      target: this.#container,
      props: { src: new URL(src, document.baseURI).href, initial, options, element: this, app: this.getAttribute('app'), lang },
    });
  }
}

if (!customElements.get('chrono-map')) customElements.define('chrono-map', ChronoMapElement);
