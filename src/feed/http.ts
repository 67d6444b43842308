/**
 * `fetchFeedJson`: one feed URL → decoded JSON, with the contract's network rules ("Feed
 * client"): a timeout per attempt, retries of transient failures with backoff and full jitter,
 * `Retry-After` honoured, a deadline for the whole load, a size limit, and typed errors.
 *
 * Nothing here parses the feed format; that is `parseFeed`'s job.
 */
import { preview } from './describe.js';
import { abortedError, FeedError, isTransient } from './errors.js';

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

/** No single backoff wait grows beyond this, however many retries are configured. */
const MAX_BACKOFF_MS = 10_000;
/** A retry that would have less time than this before the deadline is not worth starting. */
const MIN_ATTEMPT_MS = 100;

/** setTimeout treats longer delays (and Infinity) as 0; timers are clamped to this. */
const timer = (callback: () => void, ms: number): ReturnType<typeof setTimeout> =>
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

/** Waits `ms`, or rejects with 'aborted' as soon as `signal` aborts. */
function sleep(ms: number, url: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(url, signal));
    const onAbort = (): void => {
      clearTimeout(id);
      reject(abortedError(url, signal));
    };
    const id = timer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads the body as UTF-8 text (JSON is UTF-8: RFC 8259 §8.1), refusing more than `maxBytes`. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
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
  const reader = (response.body ?? new Response(await response.text()).body!).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${maxBytes} bytes arrived`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** One request, with its own AbortController for the timeout (and the caller's abort). */
async function attempt(
  url: string,
  fetchFn: typeof fetch,
  options: FetchFeedOptions,
  timeoutMs: number,
  maxBytes: number,
): Promise<unknown> {
  const { signal } = options;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const id = timer(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // Feeds are public documents: credentials stay at fetch's default (same-origin only).
    const response = await fetchFn(url, {
      signal: controller.signal,
      headers: { Accept: 'application/feed+json, application/json' },
      cache: options.cache,
    });
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
    const text = await readBody(response, url, maxBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      // The MIME type essence of Content-Type, as the server sent it.
      const type = preview((headers.get('content-type') ?? '').split(';')[0]!.trim(), 60);
      throw new FeedError(
        'parse',
        text.trim() === ''
          ? `expected JSON but the response body was empty (${url})`
          : `expected JSON but got ${type || 'no Content-Type'} starting with '${preview(text.trimStart())}' (${url})`,
        { url, cause: error },
      );
    }
  } catch (error) {
    if (signal?.aborted) throw abortedError(url, signal);
    if (timedOut) {
      throw new FeedError('timeout', `expected a complete response from ${url} within ${timeoutMs} ms`, {
        url,
        cause: error,
      });
    }
    if (error instanceof FeedError) throw error;
    // fetch rejects with a TypeError for DNS, connection, CORS and mid-body network failures.
    throw new FeedError(
      'network',
      `request to ${url} failed (${preview(String(error), 120)}): offline, or no CORS headers?`,
      {
        url,
        cause: error,
      },
    );
  } finally {
    clearTimeout(id);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches `url` and decodes its body as JSON. Rejects only with `FeedError`: 'network', 'timeout',
 * 'http' (with `status`), 'too-large', 'parse' or 'aborted'.
 */
export async function fetchFeedJson(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const { signal } = options;
  // Options may come from attributes: NaN or negative values fall back to the defaults, so a typo
  // can never mean "no size limit" or "time out at once".
  // The defaults are documented on `FetchFeedOptions`.
  const timeoutMs = numberOption(options.timeoutMs, 10_000, 1);
  const retries = Math.min(Math.floor(numberOption(options.retries, 2, 0)), 100);
  const maxBytes = numberOption(options.maxBytes, 5 * 1024 * 1024, 0);
  const backoffMs = numberOption(options.backoffMs, 500, 0);
  const deadline = Date.now() + numberOption(options.deadlineMs, 25_000, 1);
  // Looked up per call, so a page (or test) that replaces window.fetch later is respected.
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));

  for (let attemptNo = 0; ; attemptNo++) {
    if (signal?.aborted) throw abortedError(url, signal);
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new FeedError('timeout', `expected a response from ${url} before the deadline`, { url });
    }
    try {
      return await attempt(url, fetchFn, options, Math.min(timeoutMs, remaining), maxBytes);
    } catch (caught) {
      // `attempt` throws only FeedErrors.
      const error = caught as FeedError;
      if (!isTransient(error) || attemptNo >= retries) throw error;
      const wait = error.retryAfterMs ?? Math.random() * Math.min(backoffMs * 2 ** attemptNo, MAX_BACKOFF_MS);
      // Never sleep past the deadline: if the server wants us to wait that long, give its error now.
      if (Date.now() + wait + MIN_ATTEMPT_MS > deadline) throw error;
      await sleep(wait, url, signal);
    }
  }
}
