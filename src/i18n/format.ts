/**
 * Locale formatting through Intl, with formatters cached per locale and options: creating an
 * Intl.DateTimeFormat costs far more than using one, and a page may render hundreds of dates.
 *
 * Dates are shown in the publisher's own UTC offset when the feed gives one (the seed page says
 * "08:41" for an article published at 08:41 WITA, whatever the reader's time zone), otherwise in
 * the reader's time zone.
 */
import { messagesFor } from './locales.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  key: string,
  create: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** A locale tag Intl accepts; anything malformed falls back to English instead of throwing. */
export function safeLocale(locale: string | undefined): string {
  return validLocale(locale) ?? 'en';
}

const canonicalTags = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag, or `undefined` when Intl rejects it. */
export function validLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  // Asked once per rendered row; a page uses a handful of tags, so remember the answers.
  if (canonicalTags.has(locale)) return canonicalTags.get(locale);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale.trim())[0];
  } catch {
    canonical = undefined;
  }
  if (canonicalTags.size < 64) canonicalTags.set(locale, canonical);
  return canonical;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions, utc: boolean) {
  return cached(
    `d|${locale}|${utc}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, utc ? { ...options, timeZone: 'UTC' } : options),
  );
}

/** Moves an instant by the feed's offset so formatting it in UTC shows the publisher's wall clock. */
function wallClock(date: Date, offsetMinutes: number | undefined): { date: Date; utc: boolean } {
  if (offsetMinutes === undefined) return { date, utc: false };
  return { date: new Date(date.getTime() + offsetMinutes * 60_000), utc: true };
}

/** Short date as on the seed page's meta line: id "30 Jun 2025", en "Jun 30, 2025". */
export function formatShortDate(date: Date, locale: string, offsetMinutes?: number): string {
  return memoized('d', date, locale, offsetMinutes, () => {
    const shown = wallClock(date, offsetMinutes);
    return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }, shown.utc).format(
      shown.date,
    );
  });
}

/**
 * Formatted strings by instant, locale, offset and kind: a page of lists shows the same few dates
 * in many widgets (100 widgets sharing one feed format 500 dates, ~10 distinct per region), and
 * formatting to parts costs far more than a Map lookup. Bounded: the oldest entry goes first.
 */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 512;

function memoized(
  kind: string,
  date: Date,
  locale: string,
  offsetMinutes: number | undefined,
  format: () => string,
): string {
  const key = `${kind}|${date.getTime()}|${locale}|${offsetMinutes ?? ''}`;
  let value = formatted.get(key);
  if (value === undefined) {
    value = format();
    if (formatted.size >= FORMATTED_MAX) formatted.delete(formatted.keys().next().value!);
    formatted.set(key, value);
  }
  return value;
}

/** Date and time as in "Baca Lainnya": id "14 September 2025 - 08:41", en "September 14, 2025 - 08:41". */
export function formatDateTime(date: Date, locale: string, offsetMinutes?: number): string {
  // The separator is part of the key: registerLocale() may replace a catalog after a first use.
  const separator = messagesFor(locale).dateTimeSeparator;
  return memoized(`dt${separator}`, date, locale, offsetMinutes, () =>
    formatDateTimeNow(date, locale, offsetMinutes, separator),
  );
}

function formatDateTimeNow(
  date: Date,
  locale: string,
  offsetMinutes: number | undefined,
  separator: string,
): string {
  const shown = wallClock(date, offsetMinutes);
  const day = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }, shown.utc).format(
    shown.date,
  );
  // Built from parts because Indonesian Intl writes "08.41"; news sites in every locale we ship use "08:41".
  const parts = dateFormat(
    locale,
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    shown.utc,
  ).formatToParts(shown.date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${day}${separator}${hour}:${minute}`;
}

/** Machine-readable value for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString();
}

/** Integer in the locale's digits and grouping ("1.234" in id, "1,234" in en). */
export function formatNumber(value: number, locale: string): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Plural category for a count in the locale. */
export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(value);
}
