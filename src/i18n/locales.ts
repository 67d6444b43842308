import type { Messages } from './messages.js';
import { en } from './en.js';
import { id } from './id.js';

const catalogs = new Map<string, Messages>([
  ['en', en],
  ['id', id],
]);

/**
 * Adds or replaces a locale's strings, e.g. `registerLocale('ms', { ...en, retry: 'Cuba lagi' })`.
 * Widgets rendered afterwards pick it up; a full `Messages` object is required by the type.
 */
export function registerLocale(tag: string, messages: Messages): void {
  catalogs.set(tag.toLowerCase(), messages);
}

/** The best catalog for a BCP 47 tag: exact, then its language, then English. */
export function messagesFor(locale: string): Messages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]!) ?? en;
}

/** Whether a usable catalog exists for this tag (exact or by language). */
export function hasLocale(locale: string): boolean {
  const tag = locale.toLowerCase();
  return catalogs.has(tag) || catalogs.has(tag.split('-')[0]!);
}
