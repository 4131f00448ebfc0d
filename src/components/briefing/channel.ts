// Messages between the presenting window and its speaker-notes window (same origin, same app).
export const CHANNEL = 'chronomap-briefing';

export type NotesMessage =
  | { type: 'step'; index: number; total: number; title: string; notes: string; briefing: string }
  | { type: 'end' }
  /** From the notes window: move the presentation. */
  | { type: 'go'; delta: number }
  /** From a notes window that has just opened: tell me where we are. */
  | { type: 'hello' };
