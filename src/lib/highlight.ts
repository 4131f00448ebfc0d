// Splits an event's sentence into plain runs and marked runs (its time and place words), from the
// offsets the prebuild recorded. Overlaps keep the earlier mark; bad offsets are ignored, not trusted.
import type { NewsEvent } from './schema.ts';

export interface Run {
  text: string;
  mark?: 'time' | 'place';
  /** The place id of a place mark. */
  place?: string;
}

export function markedRuns(event: Pick<NewsEvent, 'text' | 'times' | 'mentions'>): Run[] {
  const marks = [
    ...event.times.map((t) => ({ at: t.offset, text: t.text, mark: 'time' as const, place: undefined })),
    ...event.mentions.map((m) => ({ at: m.offset, text: m.text, mark: 'place' as const, place: m.place })),
  ]
    .filter((m) => event.text.startsWith(m.text, m.at))
    .sort((a, b) => a.at - b.at);
  const runs: Run[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.at < pos) continue;
    if (m.at > pos) runs.push({ text: event.text.slice(pos, m.at) });
    runs.push(m.place ? { text: m.text, mark: m.mark, place: m.place } : { text: m.text, mark: m.mark });
    pos = m.at + m.text.length;
  }
  if (pos < event.text.length) runs.push({ text: event.text.slice(pos) });
  return runs;
}
