import { readLanguage } from '../language-tag.js';
import type { Messages } from './messages.js';
import { en } from './en.js';
import { id } from './id.js';

const catalogs = new Map<string, Messages>([
  ['en', en],
  ['id', id],
]);

/** The strings each registered catalog took from English (a partial or mistyped registration). */
const englishIn = new Map<string, ReadonlySet<string>>();

/**
 * Adds or replaces a locale's strings, e.g. `registerLocale('ms', { ...en, retry: 'Cuba lagi' })`.
 * Widgets rendered afterwards pick it up. The type asks for a full `Messages` object; at run time
 * (a page without TypeScript) a missing string, or one of the wrong kind, falls back to English
 * instead of showing `undefined` or throwing. Pages with only the script tag call it as a static
 * method of any of our element classes: `customElements.get('news-article').registerLocale(...)`.
 */
export function registerLocale(tag: string, messages: Messages): void {
  const given = (messages ?? {}) as unknown as Partial<Record<string, unknown>>;
  const pick = <T>(value: unknown, english: T): T =>
    typeof value === typeof english ? (value as T) : english;
  const complete: Record<string, unknown> = {};
  const filled = new Set<string>();
  for (const [key, english] of Object.entries(en)) {
    complete[key] = pick(given[key], english);
    if (complete[key] === english && key !== 'errors') filled.add(key);
  }
  const errors = (given.errors ?? {}) as Partial<Record<string, unknown>>;
  complete.errors = Object.fromEntries(
    Object.entries(en.errors).map(([code, english]) => [code, pick(errors[code], english)]),
  );
  // `ms_MY` is `ms-my`, as widgets ask for it.
  const key = (readLanguage(tag) ?? String(tag)).toLowerCase();
  catalogs.set(key, complete as unknown as Messages);
  englishIn.set(key, filled);
}

/** The primary language subtag (`id` of `id-ID`), lowercase, for comparing locales. */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

/**
 * `tag` where its language differs from that of `around`, else `undefined`: the `lang` to mark
 * text with, so screen readers switch voice only where the language changes.
 */
export function langApart(tag: string, around: string): string | undefined {
  return primaryLanguage(tag) !== primaryLanguage(around) ? tag : undefined;
}

/** The catalog a BCP 47 tag uses: its own (`ms-my`), else its language's (`ms`), else none. */
function catalogKey(locale: string): string | undefined {
  const exact = locale.toLowerCase();
  if (catalogs.has(exact)) return exact;
  const language = primaryLanguage(exact);
  return catalogs.has(language) ? language : undefined;
}

/** The best catalog for a BCP 47 tag: exact, then its language, then English. */
export function messagesFor(locale: string): Messages {
  return catalogs.get(catalogKey(locale) ?? 'en')!;
}

/**
 * The language one UI string is in for a locale: the locale's, or English where its catalog is
 * missing or took that string from English (so screen readers read it with the right voice).
 */
export function stringLanguage(locale: string, key: keyof Messages): string {
  const found = catalogKey(locale);
  return found === undefined || englishIn.get(found)?.has(key) ? 'en' : locale;
}

/** Whether a usable catalog exists for this tag (exact or by language). */
export function hasLocale(locale: string): boolean {
  return catalogKey(locale) !== undefined;
}
