/**
 * Typed feed errors. Every failure of the feed client (network, HTTP, size, parsing, validation,
 * abort) reaches callers as a `FeedError` with a stable `code`; the `message` is technical English
 * for developers and says what was expected and what came instead (widgets show their own
 * localized text and pass `{ code, message }` on in `news-error`).
 */
import type { FeedErrorCode } from './types.js';

/** Starts every console message of the feed client. */
export const PREFIX = '[news-widgets]';

export interface FeedErrorOptions {
  /** HTTP status, for `code: 'http'`. */
  status?: number;
  /** The feed URL the error is about. */
  url?: string;
  /** The underlying error (a `TypeError` from `fetch`, a `SyntaxError` from `JSON.parse`, ...). */
  cause?: unknown;
  /**
   * How long the server asked us to wait before retrying (from `Retry-After`), in ms. Only the
   * retry loop reads it.
   */
  retryAfterMs?: number;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly status?: number;
  readonly url?: string;
  readonly retryAfterMs?: number;

  constructor(code: FeedErrorCode, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Whether trying again may help: network failures, timeouts, 5xx and 429. Everything else (4xx,
 * a response that is not a feed, too large, aborted) gives the same answer on every attempt.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  const { code, status = 0 } = error;
  return (
    code === 'network' ||
    code === 'timeout' ||
    (code === 'http' && (status === 429 || (status >= 500 && status <= 599)))
  );
}

/** The caller aborted the load of `url`. */
export function abortedError(url: string, signal?: AbortSignal): FeedError {
  return new FeedError('aborted', `the load of ${url} was aborted`, { url, cause: signal?.reason });
}
