/**
 * `fetchFeedJson`: one feed URL → decoded JSON, with the contract's network rules ("Feed
 * client"): a timeout per attempt, retries of transient failures with backoff and full jitter,
 * `Retry-After` honoured, a deadline for the whole load, a size limit, and typed errors.
 *
 * Nothing here parses the feed format; that is `parseFeed`'s job.
 */
import { preview } from './describe.js';
import { FeedError, isTransient, toFeedError } from './errors.js';

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

export const FETCH_DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  maxBytes: 5 * 1024 * 1024,
  backoffMs: 500,
  deadlineMs: 25_000,
} as const;

/** No single backoff wait grows beyond this, however many retries are configured. */
const MAX_BACKOFF_MS = 10_000;
/** A retry that would have less time than this before the deadline is not worth starting. */
const MIN_ATTEMPT_MS = 100;

/** setTimeout treats longer delays (and Infinity) as 0; timers are clamped to this. */
const MAX_TIMER_MS = 2_147_483_647;

/** A usable number option: a number (Infinity included) of at least `min`; else the default. */
function numberOption(value: number | undefined, fallback: number, min: number): number {
  return typeof value === 'number' && !Number.isNaN(value) && value >= min ? value : fallback;
}

/** `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3), as ms from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function abortedError(url: string, signal?: AbortSignal): FeedError {
  return new FeedError('aborted', `the load of ${url} was aborted by the caller`, {
    url,
    cause: signal?.reason,
  });
}

/** Waits `ms`, or rejects with 'aborted' as soon as `signal` aborts. */
function sleep(ms: number, url: string, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(url, signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(url, signal));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The MIME type essence of a Content-Type header, safe to print. */
function mimeType(header: string | null): string {
  const essence = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(essence) ? essence.slice(0, 100) : '';
}

/** Reads the body as UTF-8 text (JSON is UTF-8: RFC 8259 §8.1), refusing more than `maxBytes`. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = (detail: string): FeedError =>
    new FeedError(
      'too-large',
      `expected a response of at most ${maxBytes} bytes, but ${detail} from ${url}`,
      { url },
    );
  const declared = response.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    // Don't download what we will refuse; the caught promise keeps a failed cancel quiet.
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(`Content-Length is ${Number(declared)}`);
  }
  if (!response.body) {
    // Some fetch implementations (and `new Response('')`) have no stream: read it whole.
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > maxBytes) throw tooLarge('the body is larger');
    return text;
  }
  // Content-Length can be missing or lie (and counts compressed bytes): count what arrives.
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${maxBytes} bytes arrived`);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function parseJson(text: string, contentType: string, url: string): unknown {
  if (text.trim() === '') {
    throw new FeedError('parse', `expected JSON but the response body was empty (from ${url})`, { url });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const type = contentType || 'a response without a Content-Type';
    const reason = error instanceof Error ? ` (${preview(error.message, 80)})` : '';
    throw new FeedError(
      'parse',
      `expected JSON but got ${type} starting with '${preview(text.trimStart(), 40)}'${reason} from ${url}`,
      { url, cause: error },
    );
  }
}

interface AttemptOptions {
  fetch: typeof fetch;
  cache: RequestCache | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxBytes: number;
  /** For the timeout message: whether this attempt's time was cut short by the deadline. */
  limitedByDeadline: boolean;
}

/** One request, with its own AbortController for the timeout (and the caller's abort). */
async function attempt(url: string, options: AttemptOptions): Promise<unknown> {
  const { signal, timeoutMs } = options;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.min(timeoutMs, MAX_TIMER_MS),
  );
  try {
    const fetchFn = options.fetch;
    const response = await fetchFn(url, {
      signal: controller.signal,
      headers: { Accept: 'application/feed+json, application/json' },
      // Feeds are public documents; credentials stay at the default (same-origin only).
      credentials: 'same-origin',
      ...(options.cache ? { cache: options.cache } : {}),
    });
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      const status = response.status;
      const retryAfterMs =
        status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      const statusText = preview(response.statusText, 60);
      throw new FeedError('http', `HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${url}`, {
        url,
        status,
        retryAfterMs,
      });
    }
    const text = await readBody(response, url, options.maxBytes);
    return parseJson(text, mimeType(response.headers.get('content-type')), url);
  } catch (error) {
    if (signal?.aborted) throw abortedError(url, signal);
    if (timedOut) {
      const why = options.limitedByDeadline ? ' (what was left of the deadline for the whole load)' : '';
      throw new FeedError(
        'timeout',
        `expected a complete response from ${url} within ${timeoutMs} ms${why}`,
        {
          url,
          cause: error,
        },
      );
    }
    if (error instanceof FeedError) throw error;
    // fetch rejects with a TypeError for DNS, connection, CORS and mid-body network failures.
    const detail = error instanceof Error ? `${error.name}: ${preview(error.message, 120)}` : String(error);
    throw new FeedError(
      'network',
      `expected a response from ${url}, but the request failed (${detail}); ` +
        'a network failure, or a cross-origin feed served without CORS headers',
      { url, cause: error },
    );
  } finally {
    clearTimeout(timer);
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
  const timeoutMs = numberOption(options.timeoutMs, FETCH_DEFAULTS.timeoutMs, 1);
  const retries = Math.min(Math.floor(numberOption(options.retries, FETCH_DEFAULTS.retries, 0)), 100);
  const maxBytes = numberOption(options.maxBytes, FETCH_DEFAULTS.maxBytes, 0);
  const backoffMs = numberOption(options.backoffMs, FETCH_DEFAULTS.backoffMs, 0);
  const deadline = Date.now() + numberOption(options.deadlineMs, FETCH_DEFAULTS.deadlineMs, 1);
  // Looked up per call, so a page (or test) that replaces window.fetch later is respected.
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  for (let attemptNo = 0; ; attemptNo++) {
    if (signal?.aborted) throw abortedError(url, signal);
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new FeedError('timeout', `expected a response from ${url} before the deadline, but none came`, {
        url,
      });
    }
    try {
      return await attempt(url, {
        fetch: fetchFn,
        cache: options.cache,
        signal,
        timeoutMs: Math.min(timeoutMs, remaining),
        maxBytes,
        limitedByDeadline: remaining < timeoutMs,
      });
    } catch (caught) {
      const error = toFeedError(caught, 'network', url);
      if (!isTransient(error) || attemptNo >= retries) throw error;
      const backoff = Math.random() * Math.min(backoffMs * 2 ** attemptNo, MAX_BACKOFF_MS);
      const wait = error.retryAfterMs ?? backoff;
      // Never sleep past the deadline: if the server wants us to wait that long, give its error now.
      if (Date.now() + wait + MIN_ATTEMPT_MS > deadline) throw error;
      await sleep(wait, url, signal);
    }
  }
}
