/**
 * The page's IntersectionObservers, shared: one per set of options, however many widgets watch
 * (lazy loading, list impressions and the read counter each ask for theirs). A page of 100 lazy lists
 * had 200 observers (one per list for impressions, one per list for lazy loading); now it has two.
 */

/** Called with each observation of the watched element. */
export type ViewportCallback = (entry: IntersectionObserverEntry) => void;

interface SharedObserver {
  /** The page's IntersectionObserver when this one was made: a polyfill (or a test's stand-in) installed later gets observers of its own. */
  made: typeof IntersectionObserver;
  observer: IntersectionObserver;
  watchers: Map<Element, Set<ViewportCallback>>;
}

const shared = new Map<string, SharedObserver>();

function observerFor(options: IntersectionObserverInit): SharedObserver {
  const key = JSON.stringify([options.rootMargin, options.threshold]);
  let found = shared.get(key);
  if (found?.made !== IntersectionObserver) {
    const watchers = new Map<Element, Set<ViewportCallback>>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        // A copy: a callback may stop watching (itself or another) while we go through them.
        for (const callback of [...(watchers.get(entry.target) ?? [])]) callback(entry);
      }
    }, options);
    shared.set(key, (found = { made: IntersectionObserver, observer, watchers }));
  }
  return found;
}

/**
 * Calls `callback` with every intersection change of `element` (the first at once, as observers
 * do) until the returned function is called. `undefined` where the browser has no
 * IntersectionObserver: callers then act as if the element were in view.
 */
export function watchViewport(
  element: Element,
  options: IntersectionObserverInit,
  callback: ViewportCallback,
): (() => void) | undefined {
  if (typeof IntersectionObserver !== 'function') return undefined;
  const { observer, watchers } = observerFor(options);
  let callbacks = watchers.get(element);
  if (!callbacks) watchers.set(element, (callbacks = new Set()));
  callbacks.add(callback);
  // Observed afresh, so the new watcher too gets the first observation (observing an element
  // already observed would do nothing); the others see its state once more, which they take calmly.
  observer.unobserve(element);
  observer.observe(element);
  return () => {
    if (!callbacks.delete(callback) || callbacks.size > 0) return;
    watchers.delete(element);
    observer.unobserve(element);
  };
}
