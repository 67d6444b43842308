/**
 * Fires one of our events: bubbling and composed, so a listener anywhere above the widget hears
 * it. A module function rather than a method, so the manifest analyzer documents events from
 * each class's `@fires` JSDoc instead of listing this helper's parameter as an event.
 */
export function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
