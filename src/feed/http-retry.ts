/**
 * What a feed load needs only once an attempt has failed (http.ts loads it then): retries of
 * transient failures with exponential backoff and full jitter, `Retry-After` honoured, all within
 * the load's deadline; and, when the last attempt got no response at all, the check that tells a
 * server withholding CORS headers (a 'cors' error, with advice in the console) from a network
 * failure.
 */
import { abortedError, FeedError, isTransient, PREFIX } from './errors.js';
import {
  attempt,
  timeoutError,
  timer,
  unanswered,
  type FeedBody,
  type FetchFeedOptions,
  type LoadSettings,
} from './http.js';

/** No single backoff wait grows beyond this, however many retries are configured. */
const MAX_BACKOFF_MS = 10_000;
/** A retry that would have less time than this before the deadline is not worth starting. */
const MIN_ATTEMPT_MS = 100;

/**
 * Goes on with a load whose first attempt failed with the transient `error`: the retries, then
 * the last failure (or 'cors', see `explained`). Rejects only with `FeedError`.
 */
export async function retryLoad(
  url: string,
  settings: LoadSettings,
  options: FetchFeedOptions,
  error: FeedError,
): Promise<FeedBody> {
  // Aborted while this part loaded: no retry, no CORS check.
  if (options.signal?.aborted) throw abortedError(url, options.signal);
  for (let failed = 0; ; failed++) {
    if (failed >= settings.retries) throw await explained(url, error, settings, options.signal);
    const wait =
      error.retryAfterMs ?? Math.random() * Math.min(settings.backoffMs * 2 ** failed, MAX_BACKOFF_MS);
    // Never sleep past the deadline: if the server wants us to wait that long, give its error now.
    if (Date.now() + wait + MIN_ATTEMPT_MS > settings.deadline) throw error;
    await sleep(wait, url, options.signal);
    try {
      return await attempt(url, settings, options, failed + 1);
    } catch (caught) {
      // `attempt` throws only FeedErrors.
      error = caught as FeedError;
      if (!isTransient(error)) throw error;
    }
  }
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

/**
 * The last attempt's error, or 'cors' when that attempt got no response at all (a server
 * withholding CORS headers withholds them on every retry) and the server answers without CORS.
 */
async function explained(
  url: string,
  error: FeedError,
  settings: LoadSettings,
  signal: AbortSignal | undefined,
): Promise<FeedError> {
  if (!unanswered.has(error) || globalThis.navigator?.onLine === false || !isCrossOrigin(url)) return error;
  // The check has an attempt's time within the deadline (a check cut off by it is a timeout, as
  // the attempt would be), and stops with the caller's abort. No time left: the error stands.
  const timeoutMs = Math.min(settings.timeoutMs, settings.deadline - Date.now());
  if (timeoutMs < MIN_ATTEMPT_MS) return error;
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const id = timer(onAbort, timeoutMs);
  const answered = await answersWithoutCors(url, settings.fetchFn, controller.signal);
  const cutOff = controller.signal.aborted;
  clearTimeout(id);
  signal?.removeEventListener('abort', onAbort);
  // Only the headers mattered: stop the opaque body.
  controller.abort();
  if (answered) return corsError(url, error);
  if (signal?.aborted) return abortedError(url, signal);
  return cutOff ? timeoutError(url, timeoutMs, error) : error;
}

/** Whether `url` is on another origin than the page (so its server must allow us with CORS). */
function isCrossOrigin(url: string): boolean {
  const page = globalThis.location?.origin;
  return page !== undefined && new URL(url).origin !== page;
}

/**
 * Asks again without CORS (`no-cors`: an opaque answer the page cannot read, and which says
 * nothing but "the server answered"). An answer means the network is fine and the server withheld
 * the CORS header. Costs one request, only after the last attempt failed. It cannot see a status:
 * an outage page from a proxy without CORS headers reads the same.
 */
async function answersWithoutCors(url: string, fetchFn: typeof fetch, signal: AbortSignal): Promise<boolean> {
  try {
    await fetchFn(url, { mode: 'no-cors', signal, credentials: 'omit' });
    return true;
  } catch {
    return false;
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
