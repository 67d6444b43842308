import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../feed/errors.js';
import type { FeedStore } from '../feed/store.js';
import type { NewsFeed } from '../feed/types.js';

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
}

/**
 * Gets a feed from the shared store for one widget, as a task with explicit states.
 *
 * Each run owns an AbortController: a newer run (the `feed` attribute changed) aborts the older
 * one, so the latest request always wins and a stale answer never lands; disconnecting aborts
 * too, and the store drops the network request once nobody waits for it.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  newsFeed: NewsFeed | undefined;
  error: FeedError | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: FeedControllerOptions;
  #run: AbortController | undefined;
  #url: string | undefined;
  #store: FeedStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: FeedControllerOptions) {
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

  hostUpdate(): void {
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
