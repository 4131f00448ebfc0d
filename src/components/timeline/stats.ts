// A stable measuring hook for the benchmark and the browser tests, documented in the README:
//   window.__chronomap_timeline_stats  — counters updated on every frame the timeline draws;
//   window.__chronomap_timeline_locate(id) — where an event is drawn (client px), or null when it is
//     out of view or filtered out; `aggregated` when it is inside an aggregate column, not a mark.
// Reading them costs nothing; nothing in the app depends on them.

export interface TimelineStats {
  /** performance.now() when the first frame was on the canvas (ms since navigation start). */
  firstDrawAt: number | null;
  /** Frames drawn since load (or since reset()). */
  draws: number;
  /** Layout + paint time of the last frame, the longest and the sum since reset(), ms. */
  frameMs: number;
  maxFrameMs: number;
  totalFrameMs: number;
  /** Of the last frame: marks drawn, events shown in aggregate columns, events in the window. */
  marks: number;
  aggregated: number;
  visible: number;
  /** How long the last write of a zoomed window to the view took, other views' updates included, ms. */
  writeMs: number;
  /** Time to prepare the filtered events for drawing (series.ts), last time they changed, ms. */
  seriesMs: number;
  /** Filtered events and their same-interval groups. */
  events: number;
  groups: number;
  reset(): void;
}

type Locate = (id: string) => { x: number; y: number; aggregated: boolean } | null;

interface Hooks {
  __chronomap_timeline_stats?: TimelineStats;
  __chronomap_timeline_locate?: Locate;
}

export function createStats(): TimelineStats {
  const stats: TimelineStats = {
    firstDrawAt: null,
    draws: 0,
    frameMs: 0,
    maxFrameMs: 0,
    totalFrameMs: 0,
    marks: 0,
    aggregated: 0,
    visible: 0,
    events: 0,
    groups: 0,
    writeMs: 0,
    seriesMs: 0,
    reset() {
      stats.draws = 0;
      stats.maxFrameMs = 0;
      stats.totalFrameMs = 0;
    },
  };
  return stats;
}

/** The one timeline's counters (there is one timeline per page). */
export const timelineStats = createStats();

export function recordFrame(stats: TimelineStats, ms: number, frame: Pick<TimelineStats, 'marks' | 'aggregated' | 'visible' | 'events' | 'groups'>): void {
  if (stats.firstDrawAt === null) stats.firstDrawAt = performance.now();
  stats.draws++;
  stats.frameMs = ms;
  stats.maxFrameMs = Math.max(stats.maxFrameMs, ms);
  stats.totalFrameMs += ms;
  Object.assign(stats, frame);
}

/** Publishes the hooks on window; returns the function that withdraws them. */
export function publishHooks(stats: TimelineStats, locate: Locate): () => void {
  const w = window as unknown as Hooks;
  w.__chronomap_timeline_stats = stats;
  w.__chronomap_timeline_locate = locate;
  return () => {
    if (w.__chronomap_timeline_stats === stats) delete w.__chronomap_timeline_stats;
    if (w.__chronomap_timeline_locate === locate) delete w.__chronomap_timeline_locate;
  };
}
