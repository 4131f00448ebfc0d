// Calendar days as the dataset writes them (`YYYY-MM-DD`, inclusive) and as the timeline draws them
// (milliseconds since the epoch, UTC). An inclusive end day is drawn up to the end of that day.

const DAY_MS = 86_400_000;

export function dayStart(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** The instant just after an inclusive end day: the end of the interval on a continuous axis. */
export function dayEnd(day: string): number {
  return dayStart(day) + DAY_MS;
}

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { DAY_MS };
