/**
 * `fetchFeedBody`: one feed URL → its body, decoded JSON or XML text, with the contract's network
 * rules ("Feed client"): a timeout per attempt, retries of transient failures with backoff and full
 * jitter, `Retry-After` honoured, a deadline for the whole load, a size limit, and typed errors.
 *
 * JSON or XML is told from the body, never from `Content-Type` (feeds arrive as `text/html`,
 * `text/plain`, `application/octet-stream`...). Nothing here reads the feed format; that is
 * `parseFeedBody`'s job.
 */
import { decodeBody } from './decode.js';
import { preview } from './describe.js';
import { ACCEPT, takeEarlyRequest, type EarlyRequest } from './early-requests.js';
import { abortedError, FeedError, isTransient, PREFIX } from './errors.js';

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

/** Whether `url` is on another origin than the page (so its server must allow us with CORS). */
function isCrossOrigin(url: string): boolean {
  const page = globalThis.location?.origin;
  return page !== undefined && new URL(url).origin !== page;
}

/**
 * After a cross-origin request failed while the browser says it is online: asks again without
 * CORS (`no-cors`: an opaque answer the page cannot read, and which says nothing but "the server
 * answered"). An answer means the network is fine and the server withheld the CORS header. Costs
 * one request, only after the last attempt failed; bounded by `signal` (that attempt's timeout).
 * It cannot see a status: an outage page from a proxy without CORS headers reads the same.
 */
async function answersWithoutCors(url: string, fetchFn: typeof fetch, signal: AbortSignal): Promise<boolean> {
  if (globalThis.navigator?.onLine === false || !isCrossOrigin(url)) return false;
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    await fetchFn(url, { mode: 'no-cors', signal: controller.signal, credentials: 'omit' });
    return true;
  } catch {
    return false;
  } finally {
    // Only the headers mattered: stop the opaque body.
    controller.abort();
    signal.removeEventListener('abort', onAbort);
  }
}

const warnedCors = new Set<string>();

/** The error for a feed whose server sends no CORS header, with one console warning per feed. */
function corsError(url: string, cause: unknown): FeedError {
  const page = globalThis.location.origin;
  if (!warnedCors.has(url)) {
    warnedCors.add(url);
    console.warn(
      `${PREFIX} the feed ${url} answered, but its server does not let ${page} read it: it sends no ` +
        `"Access-Control-Allow-Origin" header. Have that server send "Access-Control-Allow-Origin: *" ` +
        `(or "${page}") with the feed, or serve the feed from this site; recipes for nginx, Apache, ` +
        `WordPress and CDNs are in docs/feed-format.md ("Feeds on another site").`,
    );
  }
  return new FeedError(
    'cors',
    `expected a CORS header (Access-Control-Allow-Origin) from ${url}, which answered without one`,
    { url, cause },
  );
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

/** One request, with its own AbortController for the timeout (and the caller's abort). */
async function attempt(
  url: string,
  fetchFn: typeof fetch,
  options: FetchFeedOptions,
  timeoutMs: number,
  maxBytes: number,
  first: boolean,
  last: boolean,
): Promise<FeedBody> {
  const { signal } = options;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const id = timer(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // The first attempt of a plain load takes the request the loader started, if any (early-requests.ts).
  const early = options.fetch || options.cache || !first ? undefined : takeEarlyRequest(url);
  try {
    let response: Response;
    try {
      // Feeds are public documents: credentials stay at fetch's default (same-origin only).
      response = await (early
        ? untilAborted(early, controller.signal)
        : fetchFn(url, {
            signal: controller.signal,
            headers: { Accept: ACCEPT },
            cache: options.cache,
          }));
    } catch (error) {
      // No response at all, on the last attempt: a server withholding CORS headers withholds them
      // on every retry. (A body cut off later, after CORS passed, is a network error.) The probe
      // runs under this attempt's timeout and the caller's abort.
      if (last && !controller.signal.aborted && (await answersWithoutCors(url, fetchFn, controller.signal))) {
        throw corsError(url, error);
      }
      throw error;
    }
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
    return decodeBody(await readBytes(response, url, maxBytes), headers.get('content-type'), url);
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
      `request to ${url} failed (${preview(String(error), 120)}): offline, or the server is unreachable`,
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
 * Fetches `url` and decodes its body: JSON, or XML text. Rejects only with `FeedError`: 'network',
 * 'cors', 'timeout', 'http' (with `status`), 'too-large', 'parse' or 'aborted'.
 */
export async function fetchFeedBody(url: string, options: FetchFeedOptions = {}): Promise<FeedBody> {
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
      return await attempt(
        url,
        fetchFn,
        options,
        Math.min(timeoutMs, remaining),
        maxBytes,
        attemptNo === 0,
        attemptNo >= retries,
      );
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

/**
 * Fetches `url` and decodes its body as JSON; an XML feed is a 'parse' error here (use
 * `fetchFeedBody`, which also reads RSS and Atom). Kept for callers of the JSON-only client.
 */
export async function fetchFeedJson(url: string, options: FetchFeedOptions = {}): Promise<unknown> {
  const body = await fetchFeedBody(url, options);
  if ('json' in body) return body.json;
  throw new FeedError('parse', `expected JSON but got an XML document (${url})`, { url });
}
