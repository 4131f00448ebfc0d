// Playback through time: the window's end sweeps from the start of the range to its end, its start
// held at the beginning, so events accumulate on the map as the story unfolds. Pure arithmetic here;
// Playback.svelte drives it with requestAnimationFrame (or once a second, in jumps, under reduced motion).
const DAY = 86_400_000;

/** Speeds as story time per second of playback. */
export const SPEEDS = [
  { id: 'day', ms: DAY },
  { id: 'week', ms: 7 * DAY },
  { id: 'month', ms: 30 * DAY },
  { id: 'year', ms: 365 * DAY },
  { id: 'decade', ms: 3650 * DAY },
] as const;
export type SpeedId = (typeof SPEEDS)[number]['id'];

/** The slowest speed that sweeps the range within `seconds`. */
export function defaultSpeed(extent: readonly [number, number], seconds = 60): SpeedId {
  const span = extent[1] - extent[0];
  return (SPEEDS.find((s) => span / s.ms <= seconds) ?? SPEEDS[SPEEDS.length - 1]!).id;
}

export const speedMs = (id: SpeedId) => SPEEDS.find((s) => s.id === id)!.ms;

/** The playhead after `elapsedMs` of playback at `speed`, clamped to the range's end. */
export function advance(at: number, elapsedMs: number, speed: SpeedId, extent: readonly [number, number]): number {
  return Math.min(extent[1], at + (elapsedMs / 1000) * speedMs(speed));
}

/** The window shown at playhead `at`: everything from the range's start, at least a day wide. */
export function sweepWindow(at: number, extent: readonly [number, number]): [number, number] {
  const start = Math.floor(extent[0] / DAY) * DAY;
  return [start, Math.max(start + DAY, Math.round(at))];
}
