/**
 * Waiting for a `<news-provider>` whose module loads after the widgets inside it (an app's
 * bundler may order the imports so): until it is defined it cannot answer the context request a
 * widget makes on connecting, and that request is not made again by itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TAG = 'news-provider';

/** What to do once the provider is defined, per waiting widget; one subscription for the page. */
const waiting = new Set<() => void>();
let subscribed = false;

/**
 * Whether a `<news-provider>` that is not defined yet is around `element`, looking through shadow
 * roots as a context request travels (a widget in an app component's shadow root).
 */
function insideUndefinedProvider(element: Element): boolean {
  if (customElements.get(TAG)) return false;
  for (let node: Element | undefined = element; node;) {
    if (node.closest(TAG)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return false;
}

/**
 * Calls `callback` once `<news-provider>` is defined, unless the returned function cancels it first
 * (a widget that left the page must not be kept alive by a definition that may never come).
 */
function whenProviderDefined(callback: () => void): () => void {
  waiting.add(callback);
  if (!subscribed) {
    subscribed = true;
    customElements.whenDefined(TAG).then(
      () => {
        for (const pending of [...waiting]) pending();
        waiting.clear();
      },
      () => undefined,
    );
  }
  return () => void waiting.delete(callback);
}

/**
 * A widget's wait for an undefined `<news-provider>` around it: on connecting, `waiting` is set
 * until the provider is defined (then `onDefined` asks it again) or `waitMs` passed, so that a
 * widget without a feed of its own shows its skeleton meanwhile rather than "no feed". It still
 * asks again if the provider comes later. Disconnecting ends the wait.
 */
export class ProviderWait implements ReactiveController {
  /** Set while a `<news-provider>` around the host is not defined yet (for `waitMs` at most). */
  waiting = false;

  readonly #host: ReactiveControllerHost & Element;
  readonly #waitMs: () => number;
  readonly #onDefined: () => void;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element, waitMs: () => number, onDefined: () => void) {
    this.#host = host;
    this.#waitMs = waitMs;
    this.#onDefined = onDefined;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop?.();
    if (!insideUndefinedProvider(this.#host)) return;
    this.waiting = true;
    const timer = setTimeout(() => {
      this.waiting = false;
      this.#host.requestUpdate();
    }, this.#waitMs());
    const cancel = whenProviderDefined(() => {
      this.#stop?.();
      this.#onDefined();
      this.#host.requestUpdate();
    });
    this.#stop = () => {
      clearTimeout(timer);
      cancel();
      this.waiting = false;
      this.#stop = undefined;
    };
  }

  hostDisconnected(): void {
    this.#stop?.();
  }
}
