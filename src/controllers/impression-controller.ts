import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ImpressionControllerOptions {
  /** Selector, inside the host's render root, of the elements to watch (list items). */
  selector: string;
  /** The key that makes an element's impression unique for this host (the item id). */
  key: (element: Element) => string | undefined;
  /** Called once per key, the first time at least `threshold` of an element is visible. */
  onImpression: (element: Element, key: string) => void;
  /** Visible fraction that counts as seen (default 0.5, the IAB viewable-impression rule). */
  threshold?: number;
}

/**
 * Reports each list entry once, when at least half of it has been on screen, for analytics
 * (`news-impression`). One IntersectionObserver per host; after every render it picks up the
 * entries that are new in the shadow root, so Lit can reuse or replace rows freely. A key seen
 * once is never reported again by this host, even if its row is re-created or moves.
 */
export class ImpressionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: ImpressionControllerOptions;
  readonly #reported = new Set<string>();
  #observer: IntersectionObserver | undefined;
  readonly #watched = new Set<Element>();

  constructor(host: ReactiveControllerHost & Element, options: ImpressionControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#host.isConnected || typeof IntersectionObserver !== 'function') return;
    const root = (this.#host as Element & { renderRoot?: ParentNode }).renderRoot ?? this.#host;
    // Rows Lit removed (a new ranking applied) are not watched any longer.
    for (const element of this.#watched) {
      if (!element.isConnected) {
        this.#watched.delete(element);
        this.#observer?.unobserve(element);
      }
    }
    for (const element of root.querySelectorAll(this.#options.selector)) {
      if (this.#watched.has(element)) continue;
      const key = this.#options.key(element);
      if (key === undefined || this.#reported.has(key)) continue;
      this.#watched.add(element);
      this.#ensureObserver().observe(element);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#watched.clear();
  }

  #ensureObserver(): IntersectionObserver {
    const threshold = this.#options.threshold ?? 0.5;
    this.#observer ??= new IntersectionObserver(
      (entries, observer) => {
        for (const entry of entries) {
          // Firefox may report a ratio a hair under the threshold it was asked for.
          if (!entry.isIntersecting || entry.intersectionRatio < threshold - 0.001) continue;
          observer.unobserve(entry.target);
          this.#watched.delete(entry.target);
          if (!entry.target.isConnected) continue;
          const key = this.#options.key(entry.target);
          if (key === undefined || this.#reported.has(key)) continue;
          this.#reported.add(key);
          this.#options.onImpression(entry.target, key);
        }
      },
      { threshold },
    );
    return this.#observer;
  }
}
