/**
 * Defensive readers for untrusted JSON. Adapters never copy raw objects and never trust a field's
 * type: they read one own property at a time (`Object.hasOwn`, so inherited names such as
 * `constructor` or a JSON `__proto__` key can never change what we read or build) and check
 * the type of every value before using it.
 */
export { readLanguage } from '../language-tag.js';

export type JsonObject = { readonly [key: string]: unknown };

// Limits that keep one hostile feed from costing the page much memory or time. Plain constants,
// so the minifier inlines them.
/** Items read from a feed; the rest are ignored (with one warning). */
export const MAX_ITEMS = 10_000;
export const MAX_TITLE = 2_000;
/** Summary, caption and other plain-text fields. */
export const MAX_TEXT = 10_000;
/** `contentHtml`, in characters. */
export const MAX_CONTENT = 1_000_000;
/** Names, categories, regions, tags. */
export const MAX_NAME = 200;
export const MAX_ID = 1_000;
export const MAX_TAGS = 100;
export const MAX_AUTHORS = 20;
export const MAX_RELATED = 100;
export const MAX_ATTACHMENTS = 10;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value` (array indices too), or `undefined` when `value` is not an object or lacks it. */
export function own(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as JsonObject)[key];
}

/** Follows a path of own properties (array indices included): `path(post, '_embedded', 'author', 0)`. */
export function path(value: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce(own, value);
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return text.slice(0, cut);
}

// HTML whitespace only: a no-break space in a title is deliberate and stays.
const SPACES = /[\t\n\f\r ]+/g;
// Control characters have no business in display text; line/paragraph separators would break lines.
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A one-line plain-text string: controls removed, whitespace collapsed, trimmed, capped. */
export function cleanLine(text: string, max: number): string {
  // Cap before the regexes so a 100 MB string costs no more than a short one.
  return truncate(
    text
      .slice(0, max * 2)
      .replace(CONTROLS, '')
      .replace(SPACES, ' ')
      .trim(),
    max,
  );
}

/** A string field as one line of plain text, or `undefined` when it is not a non-empty string. */
export function readLine(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = cleanLine(value, max);
  return line === '' ? undefined : line;
}

/** An id: a non-blank string or a finite number, as a string. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_ID) return undefined;
  return value;
}

const NUMERIC = /^\s*\d+(\.\d+)?\s*$/;
// A count written with thousands separators, as id-ID (`1.234`) or en (`1,234`) number formats do.
const GROUPED = /^\s*[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*\s*$/;

/** A finite non-negative number, also from a numeric string (`"20"`), or `undefined`. */
function readNonNegative(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.length < 30 && NUMERIC.test(value)
        ? Number(value)
        : NaN;
  // NaN fails both comparisons.
  return number >= 0 && number < Infinity ? number : undefined;
}

/**
 * A read count: a non-negative integer (fractions dropped), capped at the largest safe integer. A
 * string with thousands separators (`"1.234"`, `"1,234"`) is a count, not a fraction: counts are
 * whole numbers.
 */
export function readCount(value: unknown): number | undefined {
  const number = readNonNegative(
    typeof value === 'string' && GROUPED.test(value) ? value.replace(/[.,]/g, '') : value,
  );
  return number === undefined ? undefined : Math.min(Math.floor(number), Number.MAX_SAFE_INTEGER);
}

/** An intrinsic image dimension: a positive number of pixels, rounded, at most 100,000. */
export function readDimension(value: unknown): number | undefined {
  const number = readNonNegative(value);
  if (number === undefined) return undefined;
  const rounded = Math.round(number);
  return rounded > 0 && rounded <= 100_000 ? rounded : undefined;
}

/** Strings from an array, cleaned, de-duplicated case-insensitively. */
export function readNames(value: unknown, maxCount: number): string[] {
  const list = Array.isArray(value) ? value : [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length && names.length < maxCount; i++) {
    const name = readLine(list[i], MAX_NAME);
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Ids from an array of strings/numbers, in order, without duplicates. */
export function readIds(value: unknown, maxCount: number): string[] {
  if (!Array.isArray(value)) return [];
  const ids: string[] = [];
  for (let i = 0; i < value.length && ids.length < maxCount; i++) {
    const id = readId(value[i]);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

// The form most feeds write, which Date.parse reads natively and alike in every engine: the
// ECMAScript date-time format (`T`, three fraction digits, `Z` or `±HH:mm`).
const ES_DATE_TIME =
  /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
// The rest of RFC 3339, and what feeds make of it: a date alone, a space or `t` for `T`, a
// lowercase `z`, `+0800`, other fraction lengths, no zone at all. Each field within its range.
const RFC3339 =
  /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,9})?)?\s?([Zz]|([+-])([01]\d|2[0-3]):?([0-5]\d))?)?$/;
// RSS's RFC 2822, with its zone, when a feed copies it over (`Mon, 30 Jun 2025 09:00:00 +0800`).
const RFC2822 =
  /^[A-Za-z]{3}, (\d{1,2}) ([A-Za-z]{3}) ([1-9]\d{3}) ([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))? (?:([+-])([01]\d|2[0-3])([0-5]\d)|GMT|UTC|UT|Z)$/;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/**
 * A date-time string as a `Date`, the same for every reader whatever their time zone or browser,
 * or `undefined` for anything that is not a real instant:
 * - RFC 3339 (what JSON Feed requires), also with a space for `T`;
 * - without a zone (WordPress `*_gmt` fields, and many hand-made feeds): read as UTC, never as the
 *   reader's local time; a date alone is midnight UTC;
 * - an impossible calendar date or time (`2025-06-31`, `24:00`) is invalid, not moved to another day;
 * - RFC 2822 with its zone (RSS dates copied into a feed), under the same rules; other formats
 *   (`June 30, 2025`), which browsers read differently, are invalid.
 */
export function readInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  if (ES_DATE_TIME.test(text)) {
    // Some engines' Date.parse moves day 31 of June to July.
    const day = +text.slice(8, 10);
    return day <= 28 || isRealDay(+text.slice(0, 4), +text.slice(5, 7), day)
      ? new Date(Date.parse(text))
      : undefined;
  }
  let match = RFC3339.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s, fraction, , sign, zoneHours, zoneMinutes] = match;
    const ms = fraction ? Math.floor(+fraction * 1000) : 0;
    return wallClock(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms, sign, zoneHours, zoneMinutes);
  }
  match = RFC2822.exec(text);
  if (match) {
    const [, d, monthName, y, h, mi, s, sign, zoneHours, zoneMinutes] = match;
    const month = MONTHS.indexOf(monthName!.toLowerCase());
    if (month % 3 !== 0) return undefined;
    return wallClock(+y!, month / 3 + 1, +d!, +h!, +mi!, +(s ?? 0), 0, sign, zoneHours, zoneMinutes);
  }
  return undefined;
}

const DATE_ONLY = /^\s*\d{4}-\d\d-\d\d\s*$/;

/** Whether a date field holds a day without a time of day (`2025-06-30`). */
export function isDateOnly(value: unknown): boolean {
  return typeof value === 'string' && DATE_ONLY.test(value);
}

/** Whether the month has that day (Date.UTC would move day 31 of June to July). */
function isRealDay(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** A wall-clock date and time at a written UTC offset (none: UTC), or `undefined` for a day its month lacks. */
export function wallClock(
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
  ms: number,
  sign?: string,
  zoneHours?: string,
  zoneMinutes?: string,
): Date | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  const offset = offsetOf(sign, zoneHours, zoneMinutes);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, ms) - offset * 60_000);
}

/** `+08:00` → 480; no sign (`Z`, a named zone, none) → 0. */
export function offsetOf(sign?: string, hours?: string, minutes?: string): number {
  return sign ? (sign === '-' ? -1 : 1) * (+hours! * 60 + +minutes!) : 0;
}

/** Real offsets lie within UTC−12:00 … UTC+14:00. */
export const MAX_OFFSET = 14 * 60;

/**
 * The UTC offset a date-time is written at (`Z` → 0, `+08:00` → 480), read by the patterns of
 * `readInstant`; `undefined` without a time, without a zone, with one no place uses, or with a
 * named RFC 2822 zone (`GMT` is how RSS writes UTC, whatever the publisher's clock).
 */
export function readOffset(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  const rfc3339 = RFC3339.exec(text);
  const rfc2822 = rfc3339 ? null : RFC2822.exec(text);
  // RFC 3339: the zone, its sign and digits; RFC 2822: only a numeric zone counts.
  const [zone, sign, hours, minutes] = rfc3339
    ? rfc3339.slice(8)
    : [rfc2822?.[7], ...(rfc2822?.slice(7) ?? [])];
  if (zone === undefined) return undefined;
  const offset = offsetOf(sign, hours, minutes);
  return Math.abs(offset) > MAX_OFFSET ? undefined : offset;
}
