// What both the feed readers (a feed's `language`) and i18n (a `locale` attribute) need: on its
// own, so that i18n does not import the feed parser.

/**
 * A BCP 47 language tag in canonical form, or `undefined` (an invalid tag would make `Intl` throw).
 * POSIX-style `id_ID`, as WordPress and Jekyll write locales, is read as `id-ID`.
 */
export function readLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
