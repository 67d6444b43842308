/**
 * The enlarge dialog: the hero image larger, with its caption and a close button, in a modal
 * `<dialog>`. Loaded the first time a reader presses "Perbesar" (news-article.ts imports this
 * module then, and only then): most readers never enlarge a picture, so most pages never
 * download it.
 *
 * Focus: opening focuses the enlarge button first and then the close button, so the dialog
 * remembers where it came from; every way of closing it (close button, backdrop, Esc, a close
 * request from the browser) leaves focus on the enlarge button.
 */
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, svg, type TemplateResult } from 'lit';
import type { ArticleView } from './article-view.js';
import { enlargeDialogStyles } from './enlarge-dialog.styles.js';

const closeIcon = svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6L6 18"/>`;

/** Shadow roots that have the dialog's stylesheet already. */
const styled = new WeakSet<ShadowRoot>();

/**
 * The dialog for the image `src`, closed; named by the image's caption, else by `title`, the
 * headline shown.
 */
export function renderEnlargeDialog(
  { item, messages, uiLang }: ArticleView,
  title: string,
  src: string | undefined,
): TemplateResult | typeof nothing {
  if (!src) return nothing;
  const caption = item.imageCaption;
  return html`<dialog
    part="dialog"
    aria-labelledby=${caption ? 'dialog-caption' : nothing}
    aria-label=${caption ? nothing : title}
    @click=${onDialogClick}
    @close=${onDialogClose}
  >
    <figure>
      <img part="dialog-image" src=${src} alt=${item.imageAlt ?? ''} loading="lazy" decoding="async" />
      ${caption ? html`<figcaption part="dialog-caption" id="dialog-caption" dir="auto">${caption}</figcaption>` : nothing}
    </figure>
    <button part="close" type="button" autofocus lang=${uiLang('close') ?? nothing} @click=${onCloseClick}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${closeIcon}</svg>
      ${messages.close}
    </button>
  </dialog>`;
}

/** Opens the dialog rendered in `root` (a no-op when there is none, or it is open already). */
export function showEnlargeDialog(root: ShadowRoot): void {
  const dialog = root.querySelector('dialog');
  if (!dialog || dialog.open) return;
  adoptDialogStyles(root);
  // A mouse click does not focus a button everywhere (Safari): focus it first, so the dialog
  // remembers it and every way of closing (Esc included) returns focus there natively.
  enlargeButton(root)?.focus();
  dialog.showModal();
  dialog.querySelector<HTMLElement>('[part~="close"]')?.focus();
}

/**
 * Adds the dialog's stylesheet to the article's own, once per shadow root. Constructed
 * stylesheets are shared by every article and need no `style-src` permission under a strict CSP;
 * where the browser has none, Lit's fallback writes a `<style>` with the page's `litNonce`.
 */
function adoptDialogStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  adoptStyles(
    root,
    supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, enlargeDialogStyles] : [enlargeDialogStyles],
  );
}

function enlargeButton(root: Node): HTMLElement | null {
  return root instanceof ShadowRoot ? root.querySelector<HTMLElement>('[part~="enlarge"]') : null;
}

function closeDialog(dialog: HTMLDialogElement): void {
  dialog.close();
  enlargeButton(dialog.getRootNode())?.focus();
}

function onCloseClick(event: MouseEvent): void {
  const dialog = (event.currentTarget as Element).closest('dialog');
  if (dialog) closeDialog(dialog);
}

/** A click on the backdrop targets the dialog itself, outside its box. */
function onDialogClick(event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.target !== dialog) return;
  const box = dialog.getBoundingClientRect();
  const inside =
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom;
  if (!inside) closeDialog(dialog);
}

/** However the dialog closed (Esc too), focus is back on the enlarge button. */
function onDialogClose(event: Event): void {
  const root = (event.currentTarget as Node).getRootNode();
  const enlarge = enlargeButton(root);
  if (enlarge && root instanceof ShadowRoot && root.activeElement !== enlarge) enlarge.focus();
}
