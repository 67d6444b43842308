import { css } from 'lit';

/**
 * `<news-article>`'s chrome: the article frame (meta line, headline, byline, hero, tags, read
 * count) and the skeleton that mirrors it row for row. The sanitized body has its own prose
 * stylesheet (prose.styles.ts); the enlarge dialog's loads with the dialog
 * (enlarge-dialog.styles.ts).
 *
 * The skeleton reuses the real rows' classes and sizes (`lh` units: one bone line is exactly one
 * line of the real text), so when the feed arrives the headline and the hero stay where the bones
 * were: no layout shift.
 */
export const articleStyles = css`
  /* The knobs read in several rules; the others (--news-article-max-width, -headline-size, -body-*,
     -line-height, -measure, -image-radius) are read where they are used. */
  /* One measure for the whole article: the hero, the body and every row between are as wide as
     the article, whose largest width is a comfortable line of the body (about 70 to 80
     characters of an 18px serif or sans), so the body is never a narrower column under a wider
     hero. A page that sets a list under the article to the same --news-article-max-width lines
     it up too. */
  :host {
    --_article-gap: var(--news-article-gap, var(--_space));
    --_article-accent: var(--news-article-accent, var(--_accent));
    --_headline-font: var(--news-article-headline-font, var(--_font));

    max-width: var(--news-article-max-width, 42em);
    /* Like every widget, the article paints a background only when its theme may differ from the
       page's (the theme controller set data-news-theme), or when the page asks for one. */
    background-color: var(--news-article-background, transparent);
  }
  :host([data-news-theme]) {
    background-color: var(--news-article-background, var(--_bg));
  }

  /* Rows, shared by the article and its skeleton. */
  /* The gap between rows is the container's, so an em gap is the widget's em, whatever the size
     of each row's text (a margin on the row would be in the row's em: 2.1 times as much above
     the headline). */
  .layout {
    display: flex;
    flex-direction: column;
    row-gap: var(--_article-gap);
  }
  .layout > * {
    margin: 0;
  }
  /* The category line sits half a gap from its headline. The margin is in the line's em, 0.875
     of the widget's: exact for the default gap, within a pixel or two for a gap set in px. */
  .layout > .meta:has(+ .headline) {
    margin-block-end: calc(var(--_article-gap) / -2 / 0.875);
  }

  .meta {
    font-size: 0.875em;
    line-height: 1.5;
    min-height: 1lh;
    color: var(--_muted);
  }
  [part~='category'] {
    color: var(--_article-accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .headline {
    font-family: var(--_headline-font);
    font-size: var(--news-article-headline-size, clamp(1.5em, 1.1em + 1.6vw, 2.25em));
    line-height: 1.2;
    font-weight: 700;
    letter-spacing: -0.01em;
    text-wrap: balance;
    overflow-wrap: break-word;
    color: var(--_text);
  }

  .byline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.35em / 0.9375);
    font-size: 0.9375em;
    line-height: 1.5;
    min-height: 1lh;
  }
  [part~='badge'] {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    color: var(--_link);
  }
  [part~='author'] a {
    color: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  [part~='author'] a:hover {
    text-decoration: underline;
  }
  .author-name {
    font-weight: 600;
  }

  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--news-article-image-radius, var(--_radius));
    background: var(--_skeleton);
  }
  /* A picture is never shown larger than it is: a 300px featured image stays 300px wide in a wide
     column, start-aligned like the text; larger ones fill the column. With width/height
     attributes the browser reserves that box (the attribute's width, at most the column, in the
     image's own ratio) before the image loads, and the frame wraps it, so "Perbesar" sits on the
     picture. Without them, a 16:9 box (the skeleton's) across the column, the picture cropped to
     fit, or shown whole on a plain surface when it turns out smaller than the box (data-small,
     set on load). Until it loads, the frame's skeleton color shows through. */
  .frame.fitted {
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  [part~='image'] {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  [part~='image'].unsized {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  [part~='image'][data-small] {
    object-fit: scale-down;
    background: var(--_surface);
  }
  [part~='caption'],
  .caption-bone {
    margin-block-start: calc(0.5em / 0.875);
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_muted);
  }

  /* The two buttons over images ("Perbesar" on the hero, "Tutup" in the dialog): light on dark,
     whatever the theme, because they sit on a photo. Here rather than with the dialog's own
     rules, so both buttons share one look; the dialog adds the close button's place. */
  [part~='enlarge'],
  [part~='close'] {
    position: absolute;
    inset-inline-end: calc(0.5em / var(--_own-size));
    display: inline-flex;
    align-items: center;
    padding: calc(0.35em / var(--_own-size)) calc(0.7em / var(--_own-size));
    font: inherit;
    font-size: calc(var(--_own-size) * 1em);
    font-weight: 600;
    color: #ffffff;
    background: rgb(0 0 0 / 0.72);
    border: 1px solid rgb(255 255 255 / 0.35);
    border-radius: 999px;
  }
  [part~='enlarge'] {
    --_own-size: 0.8125;
    inset-block-end: calc(0.5em / var(--_own-size));
    gap: calc(0.35em / var(--_own-size));
    cursor: zoom-in;
  }
  [part~='enlarge']:hover {
    background: rgb(0 0 0 / 0.88);
  }
  /* Only "Perbesar" and "Tutup" have an icon. */
  button svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }

  /* Under an excerpt: an action in the UI's face, not more of the article's text. */
  [part~='read-more'] {
    font-family: var(--_font);
    font-weight: 600;
  }

  [part~='attachments'] {
    display: grid;
    gap: 0.75em;
    margin-block: 1.5em;
  }
  [part~='attachment'] {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: calc(0.2em / 0.8125) calc(0.7em / 0.8125);
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  [part~='views'] {
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_muted);
    font-style: italic;
  }

  /* Skeleton bones: each line bone is one line of the real row's text. */
  /* One line of text: 1lh tall, the bone drawn in its middle 80%. Transparent borders rather than
     margins, which would collapse through the row and shift it. */
  .bone-line {
    display: block;
    height: 1lh;
    border-block: 0.1lh solid transparent;
    background-clip: padding-box;
  }
  .meta .bone-line {
    width: calc(9em / 0.875);
  }
  /* Headlines run to three lines on phones, two on wider screens; the last line is the short one. */
  .headline .bone-line:last-child {
    width: 62%;
  }
  @media (width > 30rem) {
    .headline .bone-line:nth-child(2) {
      width: 62%;
    }
    .headline .bone-line:nth-child(3) {
      display: none;
    }
  }
  .byline .bone-line {
    width: calc(8em / 0.9375);
  }
  .frame.bone {
    aspect-ratio: 16 / 9;
  }
  .caption-bone {
    width: 55%;
  }
  .body-bones .bone-line:nth-child(3n) {
    width: 88%;
  }
  .body-bones .bone-line:last-child {
    width: 48%;
  }
`;
