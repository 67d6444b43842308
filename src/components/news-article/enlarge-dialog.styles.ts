import { css } from 'lit';

/**
 * The enlarge dialog (top layer): loaded with the dialog on the first "Perbesar", and adopted
 * into the article's shadow root then (enlarge-dialog.ts). The close button's shared look (light
 * on dark, like "Perbesar") is in the article chrome's stylesheet, which is always there.
 */
export const enlargeDialogStyles = css`
  dialog {
    max-width: min(96vw, 80em);
    max-height: 96vh;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    color: var(--_text);
    background: var(--_bg);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  dialog figure {
    margin: 0;
    display: grid;
  }
  [part~='dialog-image'] {
    max-width: 100%;
    max-height: calc(96vh - 4.5em);
    margin-inline: auto;
    object-fit: contain;
  }
  /* On a phone the inline hero already spans the column, so a dialog at 96% of the viewport would
     barely enlarge it: there the dialog spans the viewport edge to edge and the picture fills its
     width (up to the picture's own size, never blurred beyond it). Nothing locks zooming: the
     reader can pinch to zoom further. */
  @media (width <= 40rem) {
    dialog {
      inline-size: 100%;
      max-inline-size: none;
      margin-inline: 0;
      border-radius: 0;
    }
    [part~='dialog-image'] {
      inline-size: 100%;
      max-inline-size: max-content;
      block-size: auto;
    }
  }
  [part~='dialog-caption'] {
    padding: calc(0.75em / 0.9375) calc(3.5em / 0.9375) calc(0.75em / 0.9375) calc(1em / 0.9375);
    font-size: 0.9375em;
    line-height: 1.5;
  }
  [part~='close'] {
    --_own-size: 0.875;
    inset-block-start: calc(0.5em / var(--_own-size));
    gap: calc(0.3em / var(--_own-size));
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: news-article-zoom var(--_transition) ease-out;
    }
    dialog[open]::backdrop {
      animation: news-article-fade var(--_transition) ease-out;
    }
  }
  @keyframes news-article-zoom {
    from {
      opacity: 0;
      transform: scale(0.96);
    }
  }
  @keyframes news-article-fade {
    from {
      opacity: 0;
    }
  }
`;
