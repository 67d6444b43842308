/**
 * The always-present piece of `view-endpoint`: a few lines that import the read counter
 * (ViewBeaconController, with its IntersectionObserver and dwell timer) the first time an article
 * has an endpoint, and add it to that article. An article without `view-endpoint`, most of them,
 * never downloads the counter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewBeaconOptions } from '../../controllers/view-beacon-controller.js';
import { lazyModule } from '../../lazy-module.js';

const viewBeaconModule = lazyModule(() => import('../../controllers/view-beacon-controller.js'));

export class ViewBeaconLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: ViewBeaconOptions;
  readonly #onError: (error: unknown) => void;
  /** `loading` while the import runs; `added` once the counter watches this host (for good). */
  #state: 'idle' | 'loading' | 'added' = 'idle';

  /** `onError`: the import failed; the next update with an endpoint tries again. */
  constructor(
    host: ReactiveControllerHost & Element,
    options: ViewBeaconOptions,
    onError: (error: unknown) => void,
  ) {
    this.#host = host;
    this.#options = options;
    this.#onError = onError;
    host.addController(this);
  }

  hostConnected(): void {
    this.#addWhenWanted();
  }

  hostUpdated(): void {
    this.#addWhenWanted();
  }

  #addWhenWanted(): void {
    if (this.#state !== 'idle' || !this.#options.endpoint()) return;
    const loaded = viewBeaconModule.loaded;
    if (loaded) {
      this.#add(loaded);
      return;
    }
    this.#state = 'loading';
    viewBeaconModule.load().then(
      (module) => this.#add(module),
      (error: unknown) => {
        this.#state = 'idle';
        this.#onError(error);
      },
    );
  }

  /**
   * The counter adds itself to the host (`addController`), which connects it at once when the
   * host is on the page; from then on it follows the endpoint and the article itself.
   */
  #add({ ViewBeaconController }: typeof import('../../controllers/view-beacon-controller.js')): void {
    this.#state = 'added';
    new ViewBeaconController(this.#host, this.#options);
  }
}
