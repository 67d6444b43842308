/**
 * `fetchFeedBody`: one feed URL → its body, decoded JSON or XML text, with the contract's network
 * rules ("Feed client"): a timeout per attempt, retries of transient failures with backoff and full
 * jitter, `Retry-After` honoured, a deadline for the whole load, a size limit, and typed errors.
 *
 * JSON or XML is told from the body, never from `Content-Type` (feeds arrive as `text/html`,
 * `text/plain`, `application/octet-stream`...). Nothing here reads the feed format; that is
 * `parseFeedBody`'s job.
 *
 * Most loads succeed at the first attempt: what only a failure needs (the retries and their
 * waits, the check that tells a missing CORS header from a network failure) is http-retry.ts,
 * loaded with the first transient failure.
 */
import { decodeBody } from './decode.js';
import { preview } from './describe.js';
import { ACCEPT, takeEarlyRequest, type EarlyRequest } from './early-requests.js';
import { abortedError, FeedError, isTransient } from './errors.js';
import { lazyModule } from '../lazy-module.js';

/** A feed's body: decoded JSON, or the text of an XML document (RSS, Atom) for the XML adapter. */
export type FeedBody = { json: unknown } | { xml: string };

export interface FetchFeedOptions {
  /** The `fetch` to use (a test seam). Default: the page's `fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Aborts the whole load (rejects with 'aborted'). */
  signal?: AbortSignal;
  /** Per attempt, headers and body included. Default 10 s. */
  timeoutMs?: number;
  /** Extra attempts after a transient failure. Default 2. */
  retries?: number;
  /** Largest accepted body, in bytes. Default 5 MB. */
  maxBytes?: number;
  /** Base of the exponential backoff (full jitter: a random wait in [0, base · 2^attempt)). Default 500 ms. */
  backoffMs?: number;
  /**
   * The whole load, retries and waits included, ends within this. Default 25 s, so a widget shows
   * its error state comfortably within the 30 s the contract promises.
   */
  deadlineMs?: number;
  /**
   * The request's HTTP cache mode. The store passes 'no-cache' for explicit refreshes, so a live
   * refresh asks the server (a cheap 304 when nothing changed) instead of the browser's cache.
   */
  cache?: RequestCache;
}

/** setTimeout treats longer delays (and Infinity) as 0; timers are clamped to this. */
export const timer = (callback: () => void, ms: number): ReturnType<typeof setTimeout> =>
  setTimeout(callback, Math.min(ms, 2_147_483_647));

/** A usable number option: a number (Infinity included) of at least `min`; else the default. */
export function numberOption(value: number | undefined, fallback: number, min: number): number {
  return typeof value === 'number' && value >= min ? value : fallback;
}

/** `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3), as ms from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads the body's bytes, refusing more than `maxBytes`. */
async function readBytes(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (detail: string): FeedError =>
    new FeedError('too-large', `expected at most ${maxBytes} bytes, but ${detail} (${url})`, { url });
  const declared = response.headers.get('content-length');
  // Digits only: Number() would also read "0x600000" or "1e9", which no server means.
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > maxBytes) {
    // Don't download what we will refuse; the caught promise keeps a failed cancel quiet.
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(`Content-Length is ${declared}`);
  }
  // Content-Length can be missing or lie (and counts compressed bytes): count what arrives.
  // Some fetch implementations (polyfills) have no stream: the text, as one.
  const reader = (response.body ?? new Response(await response.arrayBuffer()).body!).getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${maxBytes} bytes arrived`);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The early request's response, or a rejection when `signal` aborts first (it is stopped then). */
function untilAborted(early: EarlyRequest, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    signal.addEventListener(
      'abort',
      () => {
        early.abort();
        reject(signal.reason);
      },
      { once: true },
    );
    early.response.then(resolve, reject);
  });
}

/** An attempt (or the CORS check after it) that took more than its `ms`. */
export function timeoutError(url: string, ms: number, cause: unknown): FeedError {
  return new FeedError('timeout', `expected a complete response from ${url} within ${ms} ms`, { url, cause });
}

/** A load's options, checked once; `deadline` is a `Date.now()` time. */
export interface LoadSettings {
  fetchFn: typeof fetch;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  backoffMs: number;
  deadline: number;
}

/**
 * 'network' errors of attempts that got no response at all (fetch rejected): on the last attempt,
 * http-retry.ts asks whether the server answers without CORS. (A body cut off later, after CORS
 * passed, is a network error too, but not one of these.)
 */
export const unanswered = new WeakSet<FeedError>();

/**
 * Attempt number `attemptNo` (from 0) of a load: one request, with its own AbortController for the
 * timeout (and the caller's abort), within what is left of the deadline. Throws only FeedErrors.
 */
export async function attempt(
  url: string,
  settings: LoadSettings,
  options: FetchFeedOptions,
  attemptNo: number,
): Promise<FeedBody> {
  const { signal } = options;
  if (signal?.aborted) throw abortedError(url, signal);
  const remaining = settings.deadline - Date.now();
  if (remaining <= 0) {
    throw new FeedError('timeout', `expected a response from ${url} before the deadline`, { url });
  }
  const timeoutMs = Math.min(settings.timeoutMs, remaining);
  const controller = new AbortController();
  let timedOut = false;
  let answered = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const id = timer(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // The first attempt of a plain load takes the request the loader started, if any (early-requests.ts).
  const early = options.fetch || options.cache || attemptNo > 0 ? undefined : takeEarlyRequest(url);
  try {
    // Feeds are public documents: credentials stay at fetch's default (same-origin only).
    const response = await (early
      ? untilAborted(early, controller.signal)
      : settings.fetchFn(url, {
          signal: controller.signal,
          headers: { Accept: ACCEPT },
          cache: options.cache,
        }));
    answered = true;
    const { status, headers } = response;
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      const statusText = preview(response.statusText, 60);
      throw new FeedError('http', `HTTP ${status}${statusText && ` ${statusText}`} from ${url}`, {
        url,
        status,
        retryAfterMs:
          status === 429 || status === 503 ? parseRetryAfter(headers.get('retry-after')) : undefined,
      });
    }
    const bytes = await readBytes(response, url, settings.maxBytes);
    // The body is in: decoding it (which may load the RSS/Atom part) is not the server's time.
    clearTimeout(id);
    return await decodeBody(bytes, headers.get('content-type'), url);
  } catch (error) {
    if (signal?.aborted) throw abortedError(url, signal);
    if (timedOut) throw timeoutError(url, timeoutMs, error);
    if (error instanceof FeedError) throw error;
    // fetch rejects with a TypeError for DNS, connection, CORS and mid-body network failures.
    const failure = new FeedError(
      'network',
      `request to ${url} failed (${preview(String(error), 120)}): offline, or the server is unreachable`,
      { url, cause: error },
    );
    if (!answered) unanswered.add(failure);
    throw failure;
  } finally {
    clearTimeout(id);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The retries, loaded with the first transient failure of any load on the page. */
const retryModule = lazyModule(() => import('./http-retry.js'));

/**
 * Fetches `url` and decodes its body: JSON, or XML text. Rejects only with `FeedError`: 'network',
 * 'cors', 'timeout', 'http' (with `status`), 'too-large', 'parse' or 'aborted'.
 */
export async function fetchFeedBody(url: string, options: FetchFeedOptions = {}): Promise<FeedBody> {
  // Options may come from attributes: NaN or negative values fall back to the defaults, so a typo
  // can never mean "no size limit" or "time out at once".
  // The defaults are documented on `FetchFeedOptions`.
  const settings: LoadSettings = {
    timeoutMs: numberOption(options.timeoutMs, 10_000, 1),
    retries: Math.min(Math.floor(numberOption(options.retries, 2, 0)), 100),
    maxBytes: numberOption(options.maxBytes, 5 * 1024 * 1024, 0),
    backoffMs: numberOption(options.backoffMs, 500, 0),
    deadline: Date.now() + numberOption(options.deadlineMs, 25_000, 1),
    // Looked up per call, so a page (or test) that replaces window.fetch later is respected.
    fetchFn: options.fetch ?? ((input, init) => fetch(input, init)),
  };
  try {
    return await attempt(url, settings, options, 0);
  } catch (caught) {
    const error = caught as FeedError;
    // Without retries, the part can only tell a missing CORS header from a failed request.
    if (!isTransient(error) || (settings.retries === 0 && !unanswered.has(error))) throw error;
    let retry: typeof import('./http-retry.js');
    try {
      retry = await retryModule.load();
    } catch {
      // The part cannot load (offline, most likely, when the feed failed too): the error stands.
      throw error;
    }
    return retry.retryLoad(url, settings, options, error);
  }
}

/**
 * Fetches `url` and decodes its body as JSON; an XML feed is a 'parse' error here (use
 * `fetchFeedBody`, which also reads RSS and Atom). Kept for callers of the JSON-only client.
 */
export async function fetchFeedJson(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const body = await fetchFeedBody(url, options);
  if ('json' in body) return body.json;
  throw new FeedError('parse', `expected JSON but got an XML document (${url})`, { url });
}
