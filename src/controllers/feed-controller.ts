import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fire, type NewsErrorDetail, type NewsLoadDetail } from '../events.js';
import { FeedError } from '../feed/errors.js';
import type { FeedStore } from '../feed/store.js';
import type { FeedErrorCode, NewsFeed, NewsItem } from '../feed/types.js';

/** Where a widget's data stands. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedControllerOptions {
  /** The feed URL to show now; `undefined` means "not configured yet". */
  url: () => string | undefined;
  store: () => FeedStore;
  cacheTtlMs?: () => number | undefined;
  /**
   * False while the host wants to wait (`loading="lazy"` far from the viewport, a `<news-provider>`
   * around it not defined yet): stays idle.
   */
  ready?: () => boolean;
  /** The items the host shows from a feed, in order: picked once per update (`shown`). */
  select: (newsFeed: NewsFeed) => NewsItem[];
  /** Called once per failed load, before `news-error` (the console diagnosis). */
  onError?: (error: FeedError) => void;
}

/**
 * Gets a feed from the shared store for one widget, as a task with explicit states; picks the
 * items the widget shows once per update; and tells the page, in `<img>`'s order of events:
 * `news-loadstart`, then `news-load` or `news-error`, then `news-loadend`.
 *
 * Each run owns an AbortController: a newer run (the `feed` attribute changed) aborts the older
 * one, so the latest request always wins and a stale answer never lands; disconnecting aborts
 * too, and the store drops the network request once nobody waits for it.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  newsFeed: NewsFeed | undefined;
  error: FeedError | undefined;

  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #options: FeedControllerOptions;
  #run: AbortController | undefined;
  #url: string | undefined;
  #store: FeedStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  /** This update's pick (`shown`), with the feed it was picked from. */
  #shown: { from: NewsFeed; items: NewsItem[] } | undefined;
  #announcedFeed: NewsFeed | undefined;
  /** The ids `news-load` last announced: other items from the same feed are announced too. */
  #announcedIds: string | undefined;
  #announcedError: FeedError | undefined;
  /** Set between `news-loadstart` and `news-loadend`. */
  #started = false;
  /** Set while a load of the feed that `news-loadstart` told of has not been announced as ended. */
  #loading = false;

  constructor(host: ReactiveControllerHost & EventTarget, options: FeedControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // Reconnected after a move in the DOM: disconnecting aborted a run that had not finished, so
    // start it again. Lit does not update a reconnected element by itself: ask for the update
    // whose hostUpdate starts the run (without it, a list moved mid-request waited forever).
    if (this.status === 'loading' || this.status === 'idle') {
      this.#url = undefined;
      this.#host.requestUpdate();
    }
  }

  /**
   * The items the host shows (none unless the feed is ready): picked once per update, so its
   * render and what it tells the page after the update agree, and a big feed is not ranked twice.
   */
  get shown(): NewsItem[] {
    const from = this.status === 'ready' ? this.newsFeed : undefined;
    if (!from) return [];
    if (this.#shown?.from !== from) this.#shown = { from, items: this.#options.select(from) };
    return this.#shown.items;
  }

  hostUpdate(): void {
    // What is on screen may change without a fetch (another article-id or region, a limit, an
    // earlier widget's items for exclude-shown): pick again in each update.
    this.#shown = undefined;
    if (!this.#connected || this.#options.ready?.() === false) return;
    const url = this.#options.url();
    const store = this.#options.store();
    if (url !== this.#url || store !== this.#store) this.#start(url, store, false);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#run?.abort();
    this.#run = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Tries again after an error (the retry control), bypassing the cache. */
  retry(): void {
    this.#start(this.#options.url(), this.#options.store(), true);
  }

  /**
   * Fetches the feed again for live refresh, keeping the current content whatever happens;
   * a feed another widget fetched within `maxAgeMs` is taken instead of a request of our own.
   * Resolves true when fresh data arrived.
   */
  async refresh(maxAgeMs?: number): Promise<boolean> {
    const url = this.#url;
    const store = this.#store;
    if (!url || !store || this.status !== 'ready') return false;
    try {
      const newsFeed = await store.refresh(url, { maxAgeMs });
      if (url !== this.#url) return false;
      this.#settle('ready', newsFeed, undefined);
      return true;
    } catch {
      return false; // the store keeps the last good feed; the caller retries on its next tick
    }
  }

  /**
   * Tells the page where this update left the feed, once per change: a load that began, the items
   * shown (when they changed: another feed, or other items of it), or the error.
   */
  announce(): void {
    const { status, newsFeed, error } = this;
    if (status === 'loading') {
      this.#loading = true;
      this.announceStart();
    }
    if (status === 'ready' && newsFeed) {
      const items = this.shown;
      const ids = JSON.stringify(items.map((item) => item.id));
      // The same items again tell nothing new, unless a load began meanwhile (another feed, then
      // this one's cached copy again): that load ends here.
      if (newsFeed === this.#announcedFeed && ids === this.#announcedIds && !this.#loading) return;
      this.#loading = false;
      this.#announcedFeed = newsFeed;
      this.#announcedIds = ids;
      this.#announcedError = undefined;
      this.announceLoad(items);
    } else if (status === 'error' && error && error !== this.#announcedError) {
      this.#loading = false;
      this.#announcedError = error;
      this.#announcedFeed = undefined;
      this.#announcedIds = undefined;
      this.#options.onError?.(error);
      this.announceError(error.code, error.message);
    }
  }

  /** `news-loadstart`, unless a load is under way (a host's own retry counts as one). */
  announceStart(): void {
    if (!this.#started) fire(this.#host, 'news-loadstart', undefined);
    this.#started = true;
  }

  /** A load that ended with `items` shown: `news-load`, then `news-loadend`. */
  announceLoad(items: NewsItem[]): void {
    this.announceStart();
    fire<NewsLoadDetail>(this.#host, 'news-load', { items });
    this.#end();
  }

  /** A load that failed (the feed, or a part the host needs for it): `news-error`, then `news-loadend`. */
  announceError(code: FeedErrorCode, message: string): void {
    this.announceStart();
    fire<NewsErrorDetail>(this.#host, 'news-error', { code, message });
    this.#end();
  }

  #end(): void {
    fire(this.#host, 'news-loadend', undefined);
    this.#started = false;
  }

  #start(url: string | undefined, store: FeedStore, force: boolean): void {
    this.#run?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#url = url;
    this.#store = store;
    if (!url) {
      this.#settle(
        'error',
        undefined,
        new FeedError('no-feed', 'expected a `feed` attribute or a <news-provider feed>, but none is set'),
      );
      return;
    }
    const run = new AbortController();
    this.#run = run;
    const cached = force ? undefined : store.peek(url);
    if (cached) {
      // Already on the page: render in the same frame, no skeleton flash.
      this.#settle('ready', cached, undefined);
    } else {
      this.status = 'loading';
      this.error = undefined;
      this.#host.requestUpdate();
    }
    this.#unsubscribe = store.subscribe(url, (newsFeed) => {
      if (this.#run === run) this.#settle('ready', newsFeed, undefined);
    });
    const load = force
      ? store.refresh(url)
      : store.load(url, { signal: run.signal, cacheTtlMs: this.#options.cacheTtlMs?.() });
    load.then(
      (newsFeed) => {
        if (this.#run === run && !run.signal.aborted) this.#settle('ready', newsFeed, undefined);
      },
      (error: unknown) => {
        if (this.#run !== run || run.signal.aborted) return;
        const feedError =
          error instanceof FeedError
            ? error
            : new FeedError('network', `unexpected failure: ${String(error)}`);
        this.#settle('error', undefined, feedError);
      },
    );
  }

  #settle(status: FeedStatus, newsFeed: NewsFeed | undefined, error: FeedError | undefined): void {
    // The same feed object again (cached answer, then the store's resolved promise): nothing new.
    if (status === 'ready' && this.status === 'ready' && newsFeed === this.newsFeed) return;
    this.status = status;
    this.newsFeed = newsFeed;
    this.error = error;
    this.#host.requestUpdate();
  }
}
