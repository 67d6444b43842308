import { css } from 'lit';

/**
 * Prose for the sanitized body: a serif reading face, a comfortable measure and leading, and
 * readable defaults for what news HTML contains (subheads, quotes, figures, tables, code, embeds).
 * Colors come from the tokens, so the body follows light and dark like the rest.
 */
export const proseStyles = css`
  .prose {
    font-family: var(--news-article-body-font, var(--_font-serif));
    font-size: var(--news-article-body-size, 1.125em);
    line-height: var(--news-article-line-height, 1.7);
    color: var(--_text);
    overflow-wrap: break-word;
    max-width: var(--news-article-measure, 100%);
    /* WordPress layouts below follow the body's width, not the viewport's: in a sidebar the body
       is narrow on a wide screen. */
    container: news-body / inline-size;
  }
  .prose > :first-child {
    margin-block-start: 0;
  }
  .prose > :last-child {
    margin-block-end: 0;
  }
  .prose p,
  .prose ul,
  .prose ol,
  .prose dl,
  .prose pre,
  .prose table {
    margin-block: 0 1em;
  }
  .prose h2,
  .prose h3,
  .prose h4,
  .prose h5,
  .prose h6 {
    font-family: var(--_headline-font);
    line-height: 1.3;
    margin-block: 1.6em 0.5em;
    color: var(--_text);
  }
  .prose h2 {
    font-size: 1.35em;
  }
  .prose h3 {
    font-size: 1.2em;
  }
  .prose h4,
  .prose h5,
  .prose h6 {
    font-size: 1em;
  }
  .prose a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 0.06em;
  }
  .prose a:hover {
    text-decoration-thickness: 0.12em;
  }
  .prose strong,
  .prose b {
    font-weight: 700;
  }
  .prose ul,
  .prose ol {
    padding-inline-start: 1.5em;
  }
  .prose li + li {
    margin-block-start: 0.35em;
  }
  .prose blockquote {
    margin: 1.5em 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 4px solid var(--_article-accent);
    color: var(--_text);
    font-style: italic;
  }
  .prose blockquote p:last-child {
    margin-block-end: 0;
  }
  /* The sanitizer keeps no <video> (src/sanitize/profile.ts). */
  .prose img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .prose figure {
    margin: 1.5em 0;
  }
  .prose figcaption {
    margin-block-start: 0.4em;
    font-family: var(--_font);
    font-size: 0.8em;
    line-height: 1.5;
    color: var(--_muted);
  }
  .prose iframe {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    border: 0;
    margin-block: 1.5em;
  }
  .prose hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin: 2em 0;
  }
  .prose table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    font-family: var(--_font);
    font-size: 0.875em;
    line-height: 1.5;
  }
  .prose th,
  .prose td {
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .prose th {
    background: var(--_surface);
    font-weight: 600;
  }
  .prose code,
  .prose kbd,
  .prose samp {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    padding: 0.1em 0.3em;
    background: var(--_surface);
    border-radius: 4px;
  }
  .prose pre {
    padding: 0.75em 1em;
    overflow-x: auto;
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
    line-height: 1.5;
  }
  .prose pre code {
    padding: 0;
    background: none;
  }
  .prose mark {
    background: color-mix(in srgb, var(--_article-accent) 25%, transparent);
    color: inherit;
  }

  /* WordPress layouts: the only classes the sanitizer keeps (src/sanitize/profile.ts), and all
     they do. "Narrow" is a body under 30em (of its own font size): a phone, or a sidebar. */

  /* Galleries: Gutenberg's (a figure of image figures, or a figure around a list) and the classic
     [gallery] shortcode's, as a grid of columns-N (WordPress's default is 3); two columns when
     narrow, unless the gallery asks for one. The count is inherited by the list inside. */
  .prose .has-nested-images,
  .prose .blocks-gallery-grid,
  .prose .gallery {
    display: grid;
    grid-template-columns: repeat(var(--_gallery-columns, 2), minmax(0, 1fr));
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .prose .blocks-gallery-grid {
    margin: 0;
  }
  .prose .gallery {
    margin-block: 1.5em;
  }
  .prose .columns-1,
  .prose .gallery-columns-1 {
    --_gallery-columns: 1;
  }
  .prose .has-nested-images > figure,
  .prose .blocks-gallery-item,
  .prose .blocks-gallery-item > figure,
  .prose .gallery-item {
    margin: 0;
  }
  .prose :is(.has-nested-images, .blocks-gallery-grid, .gallery) img {
    width: 100%;
  }
  /* The gallery's own caption spans the grid; the classic shortcode's row breaks have no place in it. */
  .prose .has-nested-images > figcaption {
    grid-column: 1 / -1;
  }
  .prose .gallery > br {
    display: none;
  }
  /* Cropped: every image fills its cell, so each row is as tall as its tallest image. */
  .prose .is-cropped .blocks-gallery-item > figure {
    height: 100%;
  }
  .prose .is-cropped img {
    height: 100%;
    object-fit: cover;
  }

  /* Columns: stacked when narrow, side by side in equal widths otherwise. */
  .prose .wp-block-columns {
    display: flex;
    flex-direction: column;
    column-gap: 2em;
    margin-block: 0 1em;
  }
  .prose .wp-block-column {
    min-width: 0;
  }

  /* Alignment: centered figures shrink to their image, the caption wrapping under it. */
  .prose figure.aligncenter {
    display: table;
    margin-inline: auto;
  }
  .prose figure.aligncenter > figcaption {
    display: table-caption;
    caption-side: bottom;
  }
  .prose img.aligncenter,
  .prose .aligncenter img {
    margin-inline: auto;
  }
  .prose .alignwide,
  .prose .alignfull {
    clear: both;
  }

  @container news-body (width >= 30em) {
    .prose .has-nested-images,
    .prose .blocks-gallery-grid,
    .prose .gallery {
      grid-template-columns: repeat(var(--_gallery-columns, 3), minmax(0, 1fr));
    }
    .prose :is(.columns-2, .gallery-columns-2) {
      --_gallery-columns: 2;
    }
    .prose :is(.columns-3, .gallery-columns-3) {
      --_gallery-columns: 3;
    }
    .prose :is(.columns-4, .gallery-columns-4) {
      --_gallery-columns: 4;
    }
    .prose :is(.columns-5, .gallery-columns-5) {
      --_gallery-columns: 5;
    }
    .prose :is(.columns-6, .gallery-columns-6) {
      --_gallery-columns: 6;
    }
    .prose :is(.columns-7, .gallery-columns-7) {
      --_gallery-columns: 7;
    }
    .prose :is(.columns-8, .gallery-columns-8) {
      --_gallery-columns: 8;
    }
    .prose .wp-block-columns {
      flex-direction: row;
    }
    .prose .wp-block-column {
      flex: 1 1 0;
    }
    /* Floats only where the text beside them still has room. */
    .prose .alignleft {
      float: left;
      max-width: 50%;
      margin: 0.25em 1.5em 1em 0;
    }
    .prose .alignright {
      float: right;
      max-width: 50%;
      margin: 0.25em 0 1em 1.5em;
    }
  }

  /* Embeds: the figure is the box; its aspect class sets the player's ratio (16:9 by default). */
  .prose .wp-block-embed iframe {
    margin-block: 0;
  }
  .prose .wp-embed-aspect-4-3 iframe {
    aspect-ratio: 4 / 3;
  }

  /* Quotes: a pullquote stands out between rules; citations are small and plain. */
  .prose .wp-block-pullquote {
    margin: 2em 0;
    padding: 1em 0;
    border-block: 4px solid var(--_article-accent);
    text-align: center;
  }
  .prose .wp-block-pullquote blockquote {
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 1.25em;
  }
  .prose :is(.wp-block-quote, .wp-block-pullquote) cite {
    display: block;
    margin-block-start: 0.5em;
    font-family: var(--_font);
    font-size: 0.8em;
    font-style: normal;
    color: var(--_muted);
  }
  .prose .wp-block-table table {
    margin: 0;
  }
`;
