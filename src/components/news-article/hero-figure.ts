/**
 * The hero: the feed's image with its caption and the "Perbesar" (enlarge) button over it. The
 * button renders with the image; the dialog it opens is a part loaded on the first press
 * (enlarge-dialog.ts).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { markSmallImage } from '../shared/image-fit.js';
import type { ArticleView } from './article-view.js';

const expandIcon = svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`;

/** The hero figure for the image `src` (already through the URL policy); nothing without one. */
export function renderHeroFigure(
  { item, messages, uiLang }: ArticleView,
  src: string | undefined,
  onEnlarge: () => void,
): TemplateResult | typeof nothing {
  if (!src) return nothing;
  const sized = item.imageWidth !== undefined && item.imageHeight !== undefined;
  // The image is announced by its text alternative when the feed gives one; without one it is
  // not announced, and the figcaption says what there is to say (read once). A sized image is
  // shown at its own width at most, the frame around it; an unsized one fills a 16:9 frame,
  // whole and unscaled when it turns out smaller (markSmallImage).
  return html`<figure part="figure" class="figure">
    <div class=${sized ? 'frame fitted' : 'frame'}>
      <img
        part="image"
        class=${sized ? 'sized' : 'unsized'}
        src=${src}
        alt=${item.imageAlt ?? ''}
        width=${sized ? item.imageWidth! : nothing}
        height=${sized ? item.imageHeight! : nothing}
        loading="eager"
        fetchpriority="high"
        decoding="async"
        @load=${markSmallImage}
      />
      <button
        part="enlarge"
        type="button"
        aria-haspopup="dialog"
        lang=${uiLang('enlarge') ?? nothing}
        @click=${onEnlarge}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${expandIcon}</svg>
        ${messages.enlarge}
      </button>
    </div>
    ${item.imageCaption ? html`<figcaption part="caption" dir="auto">${item.imageCaption}</figcaption>` : nothing}
  </figure>`;
}
