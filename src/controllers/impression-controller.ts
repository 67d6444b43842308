import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchViewport } from './viewport.js';

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
 * (`news-impression`), watched by the page's shared IntersectionObserver (viewport.ts). After
 * every render it picks up the entries that are new in the shadow root, so Lit can reuse or
 * replace rows freely. A key seen once is never reported again by this host, even if its row is
 * re-created or moves.
 */
export class ImpressionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: ImpressionControllerOptions;
  readonly #reported = new Set<string>();
  /** The rows watched, each with what stops watching it. */
  readonly #watched = new Map<Element, () => void>();

  constructor(host: ReactiveControllerHost & Element, options: ImpressionControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#host.isConnected) return;
    const root = (this.#host as Element & { renderRoot?: ParentNode }).renderRoot ?? this.#host;
    // Rows Lit removed (a new ranking applied) are not watched any longer.
    for (const [element, unwatch] of this.#watched) {
      if (!element.isConnected) this.#unwatch(element, unwatch);
    }
    const threshold = this.#options.threshold ?? 0.5;
    for (const element of root.querySelectorAll(this.#options.selector)) {
      if (this.#watched.has(element)) continue;
      const key = this.#options.key(element);
      if (key === undefined || this.#reported.has(key)) continue;
      const unwatch = watchViewport(element, { threshold }, (entry) => {
        // Firefox may report a ratio a hair under the threshold it was asked for.
        if (!entry.isIntersecting || entry.intersectionRatio < threshold - 0.001) return;
        this.#unwatch(element, unwatch!);
        if (!element.isConnected) return;
        const seen = this.#options.key(element);
        if (seen === undefined || this.#reported.has(seen)) return;
        this.#reported.add(seen);
        this.#options.onImpression(element, seen);
      });
      if (unwatch) this.#watched.set(element, unwatch);
    }
  }

  hostDisconnected(): void {
    for (const [element, unwatch] of this.#watched) this.#unwatch(element, unwatch);
  }

  #unwatch(element: Element, unwatch: () => void): void {
    unwatch();
    this.#watched.delete(element);
  }
}
