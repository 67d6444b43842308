import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LiveRefreshOptions {
  /** The interval in milliseconds, or `undefined` when live refresh is off. Read after every update. */
  intervalMs: () => number | undefined;
  /** Fetches fresh data. Its outcome does not matter: the next tick comes either way. */
  refresh: () => Promise<unknown>;
  /** Time source and timers (a test seam); default: `performance.now`, `setTimeout`, `clearTimeout`. */
  clock?: LiveRefreshClock;
}

export interface LiveRefreshClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const realClock: LiveRefreshClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Calls `refresh` every `intervalMs` while the page is visible (Page Visibility API).
 *
 * - Hidden page (background tab, minimized window): no timer runs and nothing is fetched, so a
 *   forgotten tab costs the publisher nothing.
 * - Back to visible: if a refresh fell due while hidden, it runs at once; otherwise the timer
 *   resumes with the time that was left.
 * - One refresh at a time: the next interval starts when the previous refresh settles, so a slow
 *   server never sees overlapping requests from one widget.
 * - A failed refresh is simply followed by the next tick (the data layer keeps the last good
 *   content).
 *
 * Every listener and timer is released when the host disconnects.
 */
export class LiveRefreshController implements ReactiveController {
  readonly #options: LiveRefreshOptions;
  readonly #clock: LiveRefreshClock;
  #intervalMs: number | undefined;
  #timer: unknown;
  /** When the current interval started (clock time). */
  #since = 0;
  #inFlight = false;
  #connected = false;

  readonly #onVisibility = () => {
    if (document.visibilityState === 'hidden') this.#clear();
    else this.#schedule();
  };

  constructor(host: ReactiveControllerHost, options: LiveRefreshOptions) {
    this.#options = options;
    this.#clock = options.clock ?? realClock;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // A fresh start, also after a move in the DOM: hostUpdated may not run again on reconnect.
    this.#start(this.#options.intervalMs());
  }

  hostUpdated(): void {
    // Lit may still update a removed element: that must not start listening again.
    const interval = this.#options.intervalMs();
    if (!this.#connected || interval === this.#intervalMs) return;
    this.#start(interval);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#start(undefined);
  }

  /**
   * Starts a new interval (none: off), and listens to the page's visibility only while there is
   * one: a page of lists without `refresh` adds no listener per list.
   */
  #start(interval: number | undefined): void {
    this.#clear();
    this.#intervalMs = interval;
    this.#since = this.#clock.now();
    if (interval === undefined) document.removeEventListener('visibilitychange', this.#onVisibility);
    else document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  #clear(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    const interval = this.#intervalMs;
    if (!this.#connected || interval === undefined || this.#inFlight || this.#timer !== undefined) return;
    if (document.visibilityState === 'hidden') return;
    const remaining = Math.max(0, this.#since + interval - this.#clock.now());
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      void this.#tick();
    }, remaining);
  }

  async #tick(): Promise<void> {
    if (!this.#connected || document.visibilityState === 'hidden') return;
    this.#inFlight = true;
    try {
      await this.#options.refresh();
    } catch {
      // The next tick retries; the widget keeps what it shows.
    } finally {
      this.#inFlight = false;
      this.#since = this.#clock.now();
      this.#schedule();
    }
  }
}
