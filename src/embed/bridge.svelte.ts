// The view's half of the embed protocol (src/lib/embed-protocol.ts): tells the host page its height,
// that it is ready, what the reader selected and which window is shown; obeys commands from the
// origins the embed options allow. Call during component initialisation (it uses $effect).
// In the web component (src/element/) there is no frame: the same messages are dispatched as DOM
// events on the <chrono-map> element, and commands arrive as its methods and attributes.
import { onMount, tick } from 'svelte';
import { parseCommand, targetOrigins, windowMessage, type Command, type OutMessage } from '../lib/embed-protocol.ts';
import type { AppContext } from '../state/context.ts';
import type { EmbedOptions } from '../state/embed-options.ts';
import { viewFromParams } from '../state/view.ts';

export function embedBridge(ctx: AppContext, options: EmbedOptions, root: () => HTMLElement | undefined, element?: HTMLElement): void {
  const { index, view } = ctx;
  // Only inside a frame or an element: a top-level page has no host to talk to.
  if (!element && window.parent === window) return;
  const targets = targetOrigins(options.origins);
  const post = (message: OutMessage) => {
    if (element) element.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true, composed: true }));
    else for (const origin of targets) window.parent.postMessage(message, origin);
  };

  /** Applies a command (from an allowed host message, or the element's methods). */
  function obey(command: Command) {
    if (command.command === 'select') {
      view.selectEvent(command.event && index.eventById.has(command.event) ? command.event : null);
    } else if (command.command === 'setWindow') {
      view.window = command.window;
    } else {
      // Like a link: ids the dataset does not have are dropped, and the language and theme stay the host's choice.
      const next = viewFromParams(new URLSearchParams(command.view));
      if (next.event && !index.eventById.has(next.event)) delete next.event;
      if (next.place && !index.placeById.has(next.place)) delete next.place;
      view.apply(next);
    }
  }

  if (element) (element as unknown as { __obey?: (c: Command) => void }).__obey = obey;

  onMount(() => {
    const onMessage = (ev: MessageEvent) => {
      if (element || ev.source !== window.parent) return;
      const command = parseCommand(ev.data, ev.origin, options.origins);
      if (command) obey(command);
    };
    window.addEventListener('message', onMessage);
    let last = -1;
    const observer = new ResizeObserver(() => {
      const el = root();
      if (!el) return;
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      post({ type: 'chronomap:height', height });
    });
    const el = root();
    if (el) observer.observe(el);
    void tick().then(() => post({ type: 'chronomap:ready' }));
    return () => {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
    };
  });

  $effect(() => {
    const selected = ctx.shown.selected;
    const e = selected?.event;
    post({ type: 'chronomap:select', event: e ? { id: e.id, text: e.text, start: e.start, end: e.end, places: [...e.places] } : null });
  });

  $effect(() => {
    post(windowMessage(view.window ? [view.window[0], view.window[1]] : null));
  });
}
