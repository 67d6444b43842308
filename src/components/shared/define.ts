/**
 * Idempotent, polite custom element registration.
 *
 * - The same tag already defined by one of our classes (the bundle loaded twice, or the classic
 *   and the module bundle on one page): nothing happens.
 * - The tag owned by someone else's class (for example GoogleChromeLabs' unrelated
 *   `<dark-mode-toggle>`): one console warning naming the way out, `Class.define('other-tag')`.
 * - A class already registered under another tag is subclassed, because the registry accepts a
 *   constructor only once.
 */

/** Marks constructors that come from this library, whichever copy of it. */
export const NEWS_WIDGETS_MARK = 'newsWidgetsElement';

/** Whether a registered constructor is one of ours (from any copy of the library). */
export function isOurs(ctor: CustomElementConstructor | undefined): boolean {
  return (ctor as { [NEWS_WIDGETS_MARK]?: boolean } | undefined)?.[NEWS_WIDGETS_MARK] === true;
}

const warned = new Set<string>();

export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  try {
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== ctor && !isOurs(existing) && !warned.has(tag)) {
        warned.add(tag);
        console.warn(
          `[news-widgets] <${tag}> is already defined by another script, so news-widgets did not register it. ` +
            `Register ours under another name, e.g. ${ctor.name || 'TheClass'}.define('news-${tag.replace(/^news-/, '')}').`,
        );
      }
      return existing === ctor;
    }
    const alreadyNamed = registry.getName?.(ctor);
    registry.define(tag, alreadyNamed ? class extends (ctor as unknown as typeof HTMLElement) {} : ctor);
    return true;
  } catch (error) {
    console.warn(`[news-widgets] could not define <${tag}>: ${String(error)}`);
    return false;
  }
}
