// Civil-day arithmetic on plain integers (days since 1970-01-01, proleptic Gregorian, UTC).
// Integers keep the resolver free of Date objects and time zones: the caller already turned the
// publication instant into the publisher's calendar day, so every rule here is pure day counting.
// The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.

export type DayNumber = number;

/** An inclusive interval of day numbers. */
export interface Span {
  s: DayNumber;
  e: DayNumber;
}

export function dayNumber(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1–12, day 1–31] of a day number. */
export function civil(z: DayNumber): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function isoDay(z: DayNumber): string {
  const [y, m, d] = civil(z);
  const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${ys}-${pad2(m)}-${pad2(d)}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; throws on anything else (the caller hands us a clean reference day). */
export function parseIsoDay(day: string): DayNumber {
  const m = ISO_RE.exec(day);
  if (!m) throw new Error(`expected a YYYY-MM-DD day, got ${JSON.stringify(day)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new Error(`not a calendar day: ${day}`);
  return dayNumber(y, mo, d);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 30);
}

/** ISO weekday: Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
export function weekday(z: DayNumber): number {
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

/** Monday of the ISO week holding the day. */
export function weekMonday(z: DayNumber): DayNumber {
  return z - weekday(z) + 1;
}

/** [year, month] shifted by a number of months. */
export function addMonths(y: number, m: number, delta: number): [number, number] {
  const idx = y * 12 + (m - 1) + delta;
  return [Math.floor(idx / 12), (((idx % 12) + 12) % 12) + 1];
}

export function monthSpan(y: number, m: number): Span {
  return { s: dayNumber(y, m, 1), e: dayNumber(y, m, daysInMonth(y, m)) };
}

export function yearSpan(y: number): Span {
  return { s: dayNumber(y, 1, 1), e: dayNumber(y, 12, 31) };
}

/** Months [from, to] of a year, inclusive, `to` may exceed 12 (winter runs into the next year). */
export function monthsSpan(y: number, from: number, to: number): Span {
  const [ey, em] = addMonths(y, 1, to - 1);
  const [sy, sm] = addMonths(y, 1, from - 1);
  return { s: dayNumber(sy, sm, 1), e: dayNumber(ey, em, daysInMonth(ey, em)) };
}

/** How far a day lies outside a span (0 when inside). */
export function distance(span: Span, z: DayNumber): number {
  if (z < span.s) return span.s - z;
  if (z > span.e) return z - span.e;
  return 0;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
