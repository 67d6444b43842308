/**
 * A part of the library that loads the first time a page needs it: a dynamic `import()`, which
 * the build emits as a chunk of its own, so a page that never needs the part never downloads it
 * (the sanitizer and DOMPurify for a body, the dialog for "Perbesar", the read counter for
 * `view-endpoint`, the WordPress and RSS/Atom readers, the theme store, the live-refresh timer,
 * the retries after a failed request, the console diagnostics).
 *
 * One import per page, shared by every element (the promise is cached, not the result of each
 * call). A failed import is forgotten, so a later need tries again: a flaky connection, or a
 * deploy that replaced the chunk, must not break the part for the rest of the page view. The
 * caller handles the rejection; nothing here leaves one unhandled.
 */
export interface LazyModule<M> {
  /** The module once it has loaded, for code that must not wait (a render); else `undefined`. */
  readonly loaded: M | undefined;
  /** The module: imported on the first call, the same promise after that, a new one after a failure. */
  load(): Promise<M>;
}

/** `importer` is a plain `() => import('./part.js')`, which bundlers see and split into a chunk. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
