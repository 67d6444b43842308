/**
 * The only path from feed HTML to the DOM.
 *
 * `sanitizeArticleHtml` runs untrusted article HTML through DOMPurify with the news profile
 * (profile.ts) and returns nodes owned by the current document, ready for a Lit template
 * (`${fragment}`) or `appendChild`. Nothing is ever serialized and re-parsed on the way, so
 * mutation-XSS through a second parse cannot happen on this path.
 */
import { purify, serialize } from './purifier.js';
import { getParsePolicy } from '../trusted-types/policy.js';

/** Options for one sanitize call. */
export interface SanitizeOptions {
  /**
   * Hosts whose iframes may stay (https only, sandboxed): an exact host (`www.youtube-nocookie.com`)
   * or every subdomain of a domain (`*.vimeo.com`). Empty or absent: no iframes at all. The page's
   * own host is never allowed. Fed by the `embed-hosts` attribute of `<news-article>`.
   */
  embedHosts?: string[];
  /** The feed URL: relative URLs in the body resolve against it (else against the page). */
  baseUrl?: string;
  /**
   * The hero (featured) image shown above the body, if any. When the body opens with the same
   * image (its first image, before any text; WordPress size variants such as `photo-300x200.jpg`,
   * `photo-scaled.jpg` and `srcset` candidates count), that copy is removed with the figure, link
   * or paragraph that held only it, caption included. Leave it out when no separate hero is shown.
   */
  heroImage?: string;
}

/**
 * Sanitizes untrusted article HTML. Returns a fragment owned by `document`; an empty fragment for
 * non-string, empty or oversized (over 2 MB) input, or if sanitizing fails. Never throws.
 */
export function sanitizeArticleHtml(html: unknown, options?: SanitizeOptions): DocumentFragment {
  const inert = purify(html, options, getParsePolicy());
  // importNode copies the already-sanitized nodes into the page's document; no HTML is parsed.
  return inert === undefined ? document.createDocumentFragment() : document.importNode(inert, true);
}

/** The same sanitization, serialized: for tests and benchmarks (the DOM path is the one to use). */
export function sanitizeToString(html: unknown, options?: SanitizeOptions): string {
  return serialize(purify(html, options, getParsePolicy()));
}
