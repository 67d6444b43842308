/**
 * Feed requests started before this code arrived. The classic script's loader (src/cdn/loader.ts)
 * sees the `feed` URLs in the page and requests them at once, while the element code is still on
 * its way; the first attempt of the store's load for that URL then takes the response it started
 * instead of asking again. On a phone that overlaps the feed's round trips with the code's.
 */

/** A request the loader started: its response, and how to stop it (the attempt's timeout, an abort). */
export interface EarlyRequest {
  response: Promise<Response>;
  abort(): void;
}

/** Hands over the early request for an absolute feed URL, once; `undefined` when there is none. */
export type TakeEarlyRequest = (url: string) => EarlyRequest | undefined;

let take: TakeEarlyRequest = () => undefined;

/** Called by the loader before it defines any element, so the first load finds its requests. */
export function useEarlyRequests(loaderTake: TakeEarlyRequest): void {
  take = loaderTake;
}

/** The early request for `url`, if the loader started one and nobody took it yet. */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  return take(url);
}

/**
 * The last URL keyed: the widgets on a page usually name the same feed, and each asks for its key
 * several times per update (the store, the page state); 100 lists parsed their feed URL 300 times
 * (bench/run.mjs) before this.
 */
let last: { url: unknown; base: string | undefined; key: string | undefined } | undefined;

/**
 * A feed URL as the store keys it: absolute (relative to the page), without the fragment (never
 * sent to the server); `undefined` unless http(s). The loader keys its requests the same way, so
 * the store finds them, and the page state keys its widgets so.
 */
export function feedUrlKey(url: unknown): string | undefined {
  const base = globalThis.location?.href;
  if (last && url === last.url && base === last.base) return last.key;
  last = { url, base, key: keyOf(url, base) };
  return last.key;
}

function keyOf(url: unknown, base: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    const parsed = new URL(url.trim(), base);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** What the feeds are asked for, best first; the loader's requests must send the same. */
export const ACCEPT =
  'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, application/xml;q=0.7, text/xml;q=0.7';
