/**
 * The one URL policy for every URL that comes from a feed field or feed HTML.
 *
 * Browsers forgive a lot in URLs: they strip leading/trailing C0 controls and spaces, and remove
 * tabs and newlines anywhere (WHATWG URL parser), so `java\tscript:` and ` javascript:` both run.
 * We normalize the same way and let the real URL parser decide the scheme. A value is also checked
 * with its character references decoded (`&#106;avascript:`, for values lifted out of markup):
 * it must pass both ways, and what passes is what the URL parser makes of the value as written, so
 * a query such as `?a=1&tab=2` keeps its `&tab`. Anything not allowed is dropped, never rewritten.
 */

import { decodeEntities } from './entities.js';

/** What the URL is for: links may also be mailto/tel; media and feeds are http(s) only. */
export type UrlKind = 'link' | 'media';

const MEDIA_PROTOCOLS = new Set(['http:', 'https:']);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// What the URL parser ignores (every C0 control: tabs and newlines too), and what hides in a URL
// unseen (zero-width characters, the byte order mark): not read.ts's CONTROLS, which keeps
// whitespace for display text.
const STRIPPED = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;

/**
 * Returns an absolute, allowed URL string, or `undefined` when the value is not a string, not a
 * URL, or uses a scheme outside the policy, as written or with its references decoded. Relative
 * URLs resolve against `base` (the feed URL).
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link', base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Entities can nest (`&amp;#106;`): decode until stable, a few rounds at most.
  let decoded = value;
  for (let i = 0; i < 3; i++) {
    const next = decodeEntities(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  if (decoded !== value && allowedUrl(decoded, kind, base) === undefined) return undefined;
  return allowedUrl(value, kind, base);
}

/** `value` as the browser's URL parser reads it, if its scheme is allowed for `kind`. */
function allowedUrl(value: string, kind: UrlKind, base: string | undefined): string | undefined {
  const cleaned = value.replace(STRIPPED, '').trim();
  if (cleaned === '' || cleaned.length > 8192) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, base ?? globalThis.location?.href);
  } catch {
    return undefined;
  }
  const allowed = kind === 'link' ? LINK_PROTOCOLS : MEDIA_PROTOCOLS;
  if (!allowed.has(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '') return undefined;
  return url.href;
}
