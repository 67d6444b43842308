import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../feed/url-policy.js';
import { watchViewport } from './viewport.js';

export interface ViewBeaconOptions {
  /** The publisher's counting endpoint; `undefined` (the default) means nothing is ever sent. */
  endpoint: () => string | undefined;
  /** Id of the article on screen; `undefined` while nothing is shown. */
  articleId: () => string | undefined;
}

/**
 * (endpoint, id) pairs already counted in this page view. Module-level on purpose: an element
 * that is removed and re-created (a framework re-render, a tab component) must not count the same
 * read twice. A new page view is a new document, hence a new, empty set.
 */
const counted = new Set<string>();

/** How long the article must stay at least half visible before a read counts, in ms. */
const DWELL_MS = 1000;

/** Visible-ratio steps at which the observer reports, fine enough to catch "half visible" for tall articles. */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Counts a read: once the host has been at least half visible for a second (continuously, in a
 * visible tab), sends one `navigator.sendBeacon(endpoint, '{"id":"..."}')` per article per page
 * view, so the publisher's server can count reads.
 *
 * "Half visible" means half of the article, or, for an article taller than the viewport (which can
 * never be half on screen), an article covering at least half of the viewport.
 *
 * The body is JSON sent as a string, so its content type is `text/plain;charset=UTF-8`, one of
 * the CORS-safelisted types: a cross-origin endpoint gets a simple POST, without a preflight that
 * `sendBeacon` cannot perform. The endpoint should parse the body as JSON whatever the type says.
 * Only http(s) endpoints are used; anything else is ignored.
 *
 * Loaded on demand: `<news-article>` imports this module only once it has a `view-endpoint`
 * (components/news-article/view-beacon-loader.ts), so pages that count nothing never download it.
 */
export class ViewBeaconController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: ViewBeaconOptions;
  #unwatch: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #visible = false;
  /** The key being watched: `endpoint + "\n" + id`. */
  #key: string | undefined;
  #endpoint: string | undefined;
  #id: string | undefined;
  #connected = false;

  readonly #onVisibilityChange = (): void => this.#schedule();

  constructor(host: ReactiveControllerHost & Element, options: ViewBeaconOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  /** Starts or stops watching when the endpoint or the article changed. */
  #sync(): void {
    const endpoint = this.#connected ? this.#endpointUrl() : undefined;
    const id = this.#connected ? this.#options.articleId() : undefined;
    const key = endpoint && id !== undefined ? `${endpoint}\n${id}` : undefined;
    if (key === this.#key) return;
    this.#stop();
    if (!key || counted.has(key)) return;
    this.#unwatch = watchViewport(this.#host, { threshold: THRESHOLDS }, (entry) => {
      this.#visible = isHalfVisible(entry);
      this.#schedule();
    });
    if (!this.#unwatch) return;
    this.#key = key;
    this.#endpoint = endpoint;
    this.#id = id;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  #endpointUrl(): string | undefined {
    const raw = this.#options.endpoint();
    return raw ? safeUrl(raw, 'media') : undefined;
  }

  /** Runs the dwell timer while the article is half visible in a visible tab; any interruption restarts it. */
  #schedule(): void {
    const shouldRun = this.#visible && document.visibilityState === 'visible' && this.#key !== undefined;
    if (!shouldRun) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#send();
    }, DWELL_MS);
  }

  #send(): void {
    const key = this.#key;
    const endpoint = this.#endpoint;
    if (!key || !endpoint || counted.has(key)) return;
    const body = JSON.stringify({ id: this.#id });
    counted.add(key);
    this.#stop();
    try {
      // A string body goes out as text/plain;charset=UTF-8 (CORS-safelisted: no preflight).
      if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(endpoint, body)) return;
      // No beacon, or the browser's beacon queue is full: a keepalive fetch survives unload the same way.
      fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'no-cors' }).catch(() => {});
    } catch {
      // Counting reads must never break the page.
    }
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#visible = false;
    this.#key = undefined;
    this.#endpoint = undefined;
    this.#id = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }
}

/** Half of the element is on screen, or it fills at least half of the viewport (tall articles). */
function isHalfVisible(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  if (entry.intersectionRatio >= 0.5) return true;
  const viewport = entry.rootBounds?.height ?? window.innerHeight;
  return viewport > 0 && entry.intersectionRect.height >= viewport / 2;
}
