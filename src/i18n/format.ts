/**
 * Locale formatting through Intl, with formatters cached per locale and options: creating an
 * Intl.DateTimeFormat costs far more than using one, and a page may render hundreds of dates.
 *
 * Dates are shown in the publisher's own UTC offset when the feed gives one (the seed page says
 * "08:41" for an article published at 08:41 WITA, whatever the reader's time zone), otherwise in
 * the reader's time zone.
 */
import { readLanguage } from '../language-tag.js';
import { messagesFor } from './locales.js';

/**
 * One bounded memo for Intl formatters, canonical locale tags and formatted dates: a page of lists
 * shows the same few dates in many widgets (100 widgets sharing one feed format 500 dates, ~10
 * distinct per region), and formatting to parts costs far more than a Map lookup. Least recently
 * used entries go first; formatters are used on every miss, so they stay.
 */
const memo = new Map<string, unknown>();

function remember<T>(key: string, create: () => T): T {
  let value = memo.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    if (memo.size >= 512) memo.delete(memo.keys().next().value!);
  } else {
    memo.delete(key);
  }
  memo.set(key, value);
  return value;
}

type Candidate = string | null | undefined;

/** The first of `candidates` that is a locale tag Intl accepts. */
function firstValid(candidates: Candidate[]): string | undefined {
  for (const candidate of candidates) {
    const valid = validLocale(candidate);
    if (valid) return valid;
  }
  return undefined;
}

/**
 * The first of `candidates` that is a locale tag Intl accepts, else English: a malformed tag
 * ("id_ID!") is skipped, not a reason to drop to English, and nothing throws.
 */
export function safeLocale(...candidates: Candidate[]): string {
  return firstValid(candidates) ?? 'en';
}

/**
 * The UI locale of an element of ours: the first valid tag of `candidates` (attribute, provider,
 * feed...), else the nearest `[lang]` around the element, `<html lang>`, `en`. The walk up the
 * tree happens only when no candidate names a locale: widgets ask for every row.
 */
export function elementLocale(element: Element, ...candidates: Candidate[]): string {
  return (
    firstValid(candidates) ??
    safeLocale(element.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang)
  );
}

/** The canonical form of a BCP 47 tag, or `undefined` when Intl rejects it. */
function validLocale(locale: string | null | undefined): string | undefined {
  // Asked once per rendered row; a page uses a handful of tags ('' remembers a rejected one).
  return (locale && remember(`l|${locale}`, () => readLanguage(locale) ?? '')) || undefined;
}

/**
 * `date` formatted to parts, at the publisher's wall clock when the feed gave its offset (the
 * instant moved by the offset and formatted in UTC), else in the reader's time zone.
 */
function dateParts(
  date: Date,
  locale: string,
  offsetMinutes: number | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormatPart[] {
  const utc = offsetMinutes !== undefined;
  const format = remember(
    `f|${locale}|${utc}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, utc ? { ...options, timeZone: 'UTC' } : options),
  );
  return format.formatToParts(utc ? new Date(date.getTime() + offsetMinutes * 60_000) : date);
}

const text = (parts: Intl.DateTimeFormatPart[]): string => parts.map((part) => part.value).join('');

/** Short date as on the seed page's meta line: id "30 Jun 2025", en "Jun 30, 2025". */
export function formatShortDate(date: Date, locale: string, offsetMinutes?: number): string {
  return remember(`d|${date.getTime()}|${locale}|${offsetMinutes}`, () =>
    text(dateParts(date, locale, offsetMinutes, { day: 'numeric', month: 'short', year: 'numeric' })),
  );
}

/** Long date as in "Baca Lainnya", without the time: id "14 September 2025", en "September 14, 2025". */
export function formatLongDate(date: Date, locale: string, offsetMinutes?: number): string {
  return remember(`D|${date.getTime()}|${locale}|${offsetMinutes}`, () =>
    text(dateParts(date, locale, offsetMinutes, { day: 'numeric', month: 'long', year: 'numeric' })),
  );
}

/** Date and time as in "Baca Lainnya": id "14 September 2025 - 08:41", en "September 14, 2025 - 08:41". */
export function formatDateTime(date: Date, locale: string, offsetMinutes?: number): string {
  // The separator is part of the key: registerLocale() may replace a catalog after a first use.
  const separator = messagesFor(locale).dateTimeSeparator;
  return remember(`t|${date.getTime()}|${locale}|${offsetMinutes}|${separator}`, () => {
    const day = formatLongDate(date, locale, offsetMinutes);
    // Built from parts because Indonesian Intl writes "08.41"; news sites in every locale we ship use "08:41".
    const time = dateParts(date, locale, offsetMinutes, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const part = (type: string): string => time.find((p) => p.type === type)?.value ?? '';
    return `${day}${separator}${part('hour')}:${part('minute')}`;
  });
}

/** Machine-readable value for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString();
}

/** Machine-readable day for `<time datetime>` ("2025-06-30"): the date at the UTC offset, else in UTC. */
export function isoDay(date: Date, offsetMinutes = 0): string {
  return new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * Integer in the locale's digits and grouping ("1.234" in id, "1,234" in en). Below 1000 nothing
 * is grouped, so in a locale written with Latin digits a count is its own digits: list ranks and
 * small read counts then need no Intl.NumberFormat, whose creation costs a few ms of a page's
 * first render (bench/run.mjs, one widget).
 */
export function formatNumber(value: number, locale: string): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000 && latinDigits(locale)) return String(value);
  return remember(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Whether the locale writes numbers with 0-9 (its default numbering system is `latn`). */
function latinDigits(locale: string): boolean {
  return remember(
    `nu|${locale}`,
    () => new Intl.DateTimeFormat(locale).resolvedOptions().numberingSystem === 'latn',
  );
}

/** Plural category for a count in the locale. */
export function pluralCategory(value: number, locale: string): Intl.LDMLPluralRule {
  return remember(`p|${locale}`, () => new Intl.PluralRules(locale)).select(value);
}
