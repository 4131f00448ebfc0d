// Reads an article's publication date from front matter. Real archives write it many ways:
// RFC 1123 (`Tue, 05 Apr 2022 09:59:09 GMT`), ISO 8601 with or without an offset, `YYYY-MM-DD HH:mm:ss`,
// a bare YAML date, or `2022年4月5日 09:59`. The reference day for relative times is the
// publisher's own calendar day, so a given offset is kept, not just folded into UTC.

export interface PublishedDate {
  /** ISO 8601 UTC instant, `2022-04-05T09:59:09Z`. */
  iso: string;
  /** The publisher's calendar day, `YYYY-MM-DD`: the local day when an offset is given, else the UTC day. */
  referenceDay: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// RFC 1123 / 2822: optional weekday, day, month name, year, time, zone.
const RFC = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || /^(Z|UTC|GMT|UT)$/i.test(zone)) return zone ? 0 : null;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Builds the date from local parts and an offset in minutes (null: no zone given, read as UTC). */
function fromParts(
  y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number | null,
): PublishedDate | null {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return null;
  const localMs = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(localMs);
  // Rejects impossible days such as 2022-02-30, which Date.UTC would silently roll over.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const utc = new Date(localMs - (offset ?? 0) * 60_000);
  return { iso: utc.toISOString().replace(/\.\d{3}Z$/, 'Z'), referenceDay: `${pad(y, 4)}-${pad(mo)}-${pad(d)}` };
}

/**
 * Parses a front-matter date value. `raw` is the text as written in the front matter when known
 * (YAML turns `2022-04-05T08:00:00+08:00` into a Date and forgets the offset; the raw text keeps it).
 * Returns null when the value is not a usable date.
 */
export function parsePublishedDate(value: unknown, raw?: string): PublishedDate | null {
  const text = (raw ?? '').trim().replace(/^['"]|['"]$/g, '');
  if (text) {
    const parsed = parseDateText(text);
    if (parsed) return parsed;
    // YAML rolls an impossible 2022-02-30 over into March; the text as written says it is wrong.
    if (/^\d{4}-\d{1,2}-\d{1,2}/.test(text)) return null;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return fromParts(
      value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(),
      value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds(), 0,
    );
  }
  if (typeof value === 'string') return parseDateText(value.trim());
  return null;
}

export function parseDateText(text: string): PublishedDate | null {
  let m = ISO_LIKE.exec(text);
  if (m) {
    return fromParts(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offsetMinutes(m[7]));
  }
  m = RFC.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (month === 0) return null;
    return fromParts(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), offsetMinutes(m[7]) ?? 0);
  }
  m = CHINESE.exec(text) ?? SLASHED.exec(text);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), null);
  return null;
}
