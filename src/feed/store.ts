/**
 * `FeedStore`: the page's shared feed cache, so every widget on a page costs one request per feed
 * URL (contract, "Feed client"). It caches promises, not just results: N widgets asking at once
 * share one in-flight request; later asks within the cache time get the same feed; after it, they
 * get the stale feed at once while one background request revalidates it (stale-while-revalidate)
 * and subscribers receive the fresh one.
 *
 * Every promise it returns rejects only with `FeedError`, and no promise it creates is ever left
 * rejected without a handler: a host page never sees an unhandled rejection from us.
 */
import { abortedError, FeedError, PREFIX } from './errors.js';
import { preview, typeName } from './describe.js';
import { feedUrlKey } from './early-requests.js';
import { fetchFeedBody, numberOption, type FetchFeedOptions } from './http.js';
import { parseFeedBody } from './parse.js';
import type { NewsFeed } from './types.js';

export interface FeedStoreOptions extends Omit<FetchFeedOptions, 'signal' | 'cache'> {
  /** How long a loaded feed is fresh. Default 60 s. */
  cacheTtlMs?: number;
  /** Feed URLs kept; the least recently used beyond this are dropped. Default 50. */
  maxEntries?: number;
}

export interface LoadOptions {
  /** Aborting it rejects this call with 'aborted'; the request stops when no caller still waits. */
  signal?: AbortSignal;
  /** Overrides the store's cache time for this call (a widget's `cache-ttl`). */
  cacheTtlMs?: number;
  /** Skip the cache and wait for a network response (joins a request already in flight). */
  force?: boolean;
}

export interface RefreshOptions extends Omit<LoadOptions, 'force'> {
  /** A feed fetched less than this long ago counts as new: no request (default 0). */
  maxAgeMs?: number;
}

/** Called with every feed that arrives from the network for a URL (first load, revalidation, refresh). */
export type FeedListener = (feed: NewsFeed) => void;

/** One network request, shared by everyone waiting for it. */
interface SharedRequest {
  promise: Promise<NewsFeed>;
  controller: AbortController;
  /** Callers with an AbortSignal still waiting. */
  waiters: number;
  /** Someone who cannot abort waits (a caller without a signal, or a background revalidation). */
  pinned: boolean;
}

interface Entry {
  /** The last good feed, kept when a later request fails. */
  feed?: NewsFeed;
  fetchedAt: number;
  request?: SharedRequest;
}

/** The cache key for a feed URL (`feedUrlKey`); only http(s) feeds are fetched (the URL policy for feeds). */
function feedKey(url: unknown): string {
  const key = feedUrlKey(url);
  if (key !== undefined) return key;
  const got = typeof url === 'string' ? `'${preview(url, 100)}'` : typeName(url);
  throw new FeedError('no-feed', `expected an http(s) feed URL, but got ${got}`);
}

export class FeedStore {
  readonly #fetchOptions: Omit<FetchFeedOptions, 'signal' | 'cache'>;
  readonly #cacheTtlMs: number;
  readonly #maxEntries: number;
  /** Insertion order is recency order: a used entry is moved to the end. */
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Map<string, Set<FeedListener>>();

  constructor(options: FeedStoreOptions = {}) {
    const { cacheTtlMs = 60_000, maxEntries = 50, ...fetchOptions } = options;
    this.#fetchOptions = fetchOptions;
    this.#cacheTtlMs = numberOption(cacheTtlMs, 60_000, 0);
    this.#maxEntries = Number.isFinite(maxEntries) ? Math.max(1, Math.floor(maxEntries)) : 50;
  }

  /**
   * The feed at `url`: from the cache when fresh, the stale cached feed (revalidating in the
   * background) when older than the cache time, otherwise from the network (shared with every other
   * caller waiting for the same URL). Rejects only with `FeedError`.
   */
  load(url: string, options: LoadOptions = {}): Promise<NewsFeed> {
    try {
      const key = feedKey(url);
      const { signal } = options;
      if (signal?.aborted) throw abortedError(key, signal);
      const entry = this.#use(key);
      if (!options.force && entry.feed) {
        const ttl = numberOption(options.cacheTtlMs, this.#cacheTtlMs, 0);
        if (Date.now() - entry.fetchedAt >= ttl) this.#revalidate(key, entry);
        return Promise.resolve(entry.feed);
      }
      return this.#wait(key, entry.request ?? this.#start(key, entry, options.force === true), signal);
    } catch (error) {
      // A FeedError: no feed URL, or already aborted.
      return Promise.reject(error);
    }
  }

  /**
   * Fetches `url` from the network now (live refresh), resolving with the new feed. On failure it
   * rejects and the last good feed stays cached. With `maxAgeMs`, a feed fetched that recently is
   * new enough: lists refreshing on one interval, whose timers started a moment apart, share one
   * request per interval instead of each asking a few milliseconds after the other.
   */
  refresh(url: string, options: RefreshOptions = {}): Promise<NewsFeed> {
    const { maxAgeMs = 0, ...load } = options;
    const recent = this.#fetchedWithin(url, maxAgeMs);
    return recent ? Promise.resolve(recent) : this.load(url, { ...load, force: true });
  }

  #fetchedWithin(url: string, ms: number): NewsFeed | undefined {
    const entry = ms > 0 ? this.#entryFor(url) : undefined;
    return entry?.feed && Date.now() - entry.fetchedAt < ms ? entry.feed : undefined;
  }

  /** The cached feed for `url` (fresh or stale), synchronously, or `undefined`. */
  peek(url: string): NewsFeed | undefined {
    return this.#entryFor(url)?.feed;
  }

  /** The cache entry for `url`, without touching its recency; none for a URL that is not a feed's. */
  #entryFor(url: string): Entry | undefined {
    try {
      return this.#entries.get(feedKey(url));
    } catch {
      return undefined; // load() rejects with the reason
    }
  }

  /** Calls `listener` with every feed fetched for `url` from now on. Returns the unsubscribe function. */
  subscribe(url: string, listener: FeedListener): () => void {
    let key: string;
    try {
      key = feedKey(url);
    } catch {
      return () => undefined;
    }
    let set = this.#listeners.get(key);
    if (!set) this.#listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(key) === set) this.#listeners.delete(key);
    };
  }

  /** The entry for `key`, created if needed and marked most recently used. */
  #use(key: string): Entry {
    const entry = this.#entries.get(key) ?? { fetchedAt: 0 };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#maxEntries) {
      for (const [oldKey, old] of this.#entries) {
        if (this.#entries.size <= this.#maxEntries) break;
        // An entry with a request in flight is kept: its callers still need it.
        if (!old.request && oldKey !== key) this.#entries.delete(oldKey);
      }
    }
    return entry;
  }

  #start(key: string, entry: Entry, bypassHttpCache = false): SharedRequest {
    const controller = new AbortController();
    const cache: RequestCache | undefined = bypassHttpCache ? 'no-cache' : undefined;
    // The handlers below run asynchronously, after `request` is initialized.
    const promise = fetchFeedBody(key, { ...this.#fetchOptions, cache, signal: controller.signal })
      .then((body) => parseFeedBody(body, key))
      .then(
        (feed) => {
          const current = this.#use(key);
          if (current.request === request) current.request = undefined;
          current.feed = feed;
          current.fetchedAt = Date.now();
          this.#notify(key, feed);
          return feed;
        },
        (error: unknown) => {
          const current = this.#entries.get(key);
          if (current?.request === request) current.request = undefined;
          // Failures are not cached: the next load tries again. A last good feed stays.
          if (current && !current.feed && !current.request) this.#entries.delete(key);
          // fetchFeedBody and parseFeedBody throw FeedErrors; anything else is our bug, still typed.
          throw error instanceof FeedError
            ? error
            : new FeedError('network', `unexpected failure: ${String(error).slice(0, 200)}`, {
                url: key,
                cause: error,
              });
        },
      );
    const request: SharedRequest = { promise, controller, waiters: 0, pinned: false };
    // Every waiter attaches its own handlers; this one keeps a request nobody awaits any more
    // (all callers aborted) from surfacing as an unhandled rejection.
    promise.catch(() => undefined);
    entry.request = request;
    return request;
  }

  /** Joins `request` for one caller; the caller's abort rejects only its own promise. */
  #wait(key: string, request: SharedRequest, signal: AbortSignal | undefined): Promise<NewsFeed> {
    if (!signal) {
      request.pinned = true;
      return request.promise;
    }
    request.waiters++;
    return new Promise<NewsFeed>((resolve, reject) => {
      const onAbort = (): void => {
        reject(abortedError(key, signal));
        if (--request.waiters === 0 && !request.pinned) {
          // Nobody wants the answer any more: stop the download, and let the next load start afresh.
          const entry = this.#entries.get(key);
          if (entry?.request === request) entry.request = undefined;
          request.controller.abort();
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      request.promise.then(resolve, reject).then(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** Refreshes a stale entry in the background; failures are logged and the stale feed stays. */
  #revalidate(key: string, entry: Entry): void {
    if (entry.request) {
      entry.request.pinned = true;
      return;
    }
    const request = this.#start(key, entry);
    request.pinned = true;
    request.promise.catch((error: FeedError) => {
      console.warn(`${PREFIX} background refresh of ${key} failed, cached feed kept: ${error.message}`);
    });
  }

  #notify(key: string, feed: NewsFeed): void {
    for (const listener of [...(this.#listeners.get(key) ?? [])]) {
      try {
        listener(feed);
      } catch (error) {
        // A listener's bug must not break the store or the other listeners.
        console.error(`${PREFIX} a feed listener for ${key} threw`, error);
      }
    }
  }
}

let defaultStore: FeedStore | undefined;

/** The page's shared store, created on first use (importing this module has no side effects). */
export function getDefaultStore(): FeedStore {
  return (defaultStore ??= new FeedStore());
}
