// The postMessage protocol between an embedded Chronomap and its host page. Pure: building and
// checking messages, no DOM. Documented in the README ("Embedding"); public/embed/host.js is the
// host-side half. Every message is a plain object whose `type` starts with "chronomap:".
//
// From the view to the host (posted to window.parent):
//   { type: 'chronomap:ready' }                                  the dataset is drawn
//   { type: 'chronomap:height', height }                         the document's height in CSS px
//   { type: 'chronomap:select', event: EventSummary | null }     the reader selected an event (or none)
//   { type: 'chronomap:window', start, end }                     the time window (ISO instants, or null for all)
// From the host to the view, obeyed only from origins listed in the `origins=` option (exact match):
//   { type: 'chronomap:command', command: 'select', event: id | null }
//   { type: 'chronomap:command', command: 'setWindow', start, end }   ISO days/instants or ms; null = all
//   { type: 'chronomap:command', command: 'setView', view: 'q=…&place=…' }  the app's URL parameters

export const PREFIX = 'chronomap:';

export interface EventSummary {
  id: string;
  text: string;
  start: string;
  end: string;
  places: string[];
}

export type OutMessage =
  | { type: 'chronomap:ready' }
  | { type: 'chronomap:height'; height: number }
  | { type: 'chronomap:select'; event: EventSummary | null }
  | { type: 'chronomap:window'; start: string | null; end: string | null };

export type Command =
  | { command: 'select'; event: string | null }
  | { command: 'setWindow'; window: [number, number] | null }
  | { command: 'setView'; view: string };

const ID = /^[\w.-]{1,120}$/;

/** Exact origin match: no wildcards, no prefixes, and "null" (sandboxed or file pages) never matches. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return origin !== 'null' && allowed.includes(origin);
}

function instant(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(value)) return null;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? ms : null;
}

/** A command the view may obey, or null for anything else (wrong origin, shape or values). */
export function parseCommand(data: unknown, origin: string, allowed: readonly string[]): Command | null {
  if (!originAllowed(origin, allowed)) return null;
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== `${PREFIX}command`) return null;
  switch (m.command) {
    case 'select':
      if (m.event === null) return { command: 'select', event: null };
      return typeof m.event === 'string' && ID.test(m.event) ? { command: 'select', event: m.event } : null;
    case 'setWindow': {
      if (m.start === null && m.end === null) return { command: 'setWindow', window: null };
      const a = instant(m.start);
      const b = instant(m.end);
      return a !== null && b !== null && a < b ? { command: 'setWindow', window: [a, b] } : null;
    }
    case 'setView':
      return typeof m.view === 'string' && m.view.length <= 2000 ? { command: 'setView', view: m.view.replace(/^\?/, '') } : null;
    default:
      return null;
  }
}

export function windowMessage(window: [number, number] | null): OutMessage {
  const iso = (ms: number) => new Date(ms).toISOString();
  return { type: 'chronomap:window', start: window ? iso(window[0]) : null, end: window ? iso(window[1]) : null };
}

/**
 * Where outgoing messages go: the listed origins when there are any (the browser drops a message
 * whose target origin is not the parent's), else any host — what is sent is the public dataset.
 */
export function targetOrigins(allowed: readonly string[]): string[] {
  return allowed.length ? [...allowed] : ['*'];
}
