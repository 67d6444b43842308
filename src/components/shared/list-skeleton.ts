/**
 * A list's loading skeleton: rows built from the same boxes as real entries, rendered once per
 * shape and cloned for each list.
 */
import { html, nothing, render } from 'lit';
import { formatDateTime } from '../../i18n/format.js';

/** What a skeleton's nodes depend on. */
export interface SkeletonShape {
  /** Numbered entries (a ranking). */
  ranked: boolean;
  /** How many rows: the list's limit, at most `SKELETON_ROWS`. */
  rows: number;
  thumbnails: boolean;
  /** The layout class of the list. */
  layout: string;
  /** The heading's text; none when the list hides its heading. */
  heading: string | undefined;
  locale: string;
}

/** A skeleton draws at most this many rows, whatever the limit. */
export const SKELETON_ROWS = 10;

/** A typical headline's length (the demo feed's median is about 70 characters), never shown. */
const TITLE_PLACEHOLDER = 'xxxxxxx xxxxxxxx xxxxx xxxxxxxxx xxxx xxxxxxx xxxxxx xxxxxxxx xxxxx';

/**
 * A date with a long month name ("14 September 2025 - 08:41"), formatted in the widget's locale
 * and never shown: the skeleton's date wraps like the longest real dates in a narrow column.
 */
const DATE_PLACEHOLDER = new Date(Date.UTC(2025, 8, 14, 8, 41));

/**
 * Skeletons rendered once per shape and cloned for each list: a native clone of a few dozen nodes
 * instead of a dozen template instances to create and fill. A page of 100 lists spent about
 * 0.3 ms per list rendering bones (bench/run.mjs, 100 widgets). The bones are fixed text, never
 * feed data.
 */
const skeletons = new Map<string, DocumentFragment>();
const SKELETON_SHAPES = 32;

/** Fresh skeleton nodes of `shape`, whose cache key is `key` (its JSON). */
export function skeletonNodes(key: string, shape: SkeletonShape): DocumentFragment {
  let master = skeletons.get(key);
  if (!master) {
    master = document.createDocumentFragment();
    render(skeletonRows(shape), master);
    if (skeletons.size >= SKELETON_SHAPES) skeletons.delete(skeletons.keys().next().value!);
    skeletons.set(key, master);
  }
  return master.cloneNode(true) as DocumentFragment;
}

/**
 * The title bone is transparent text of a typical headline's length: it wraps like a real title
 * at whatever width the host gives (two or three lines in a sidebar, one in a wide column), so
 * the skeleton's height follows. One element per bone (the heading bone stands for the header and
 * its heading): 100 skeletons are thousands of elements on a page of lists.
 */
function skeletonRows({ ranked, rows, thumbnails, layout, heading, locale }: SkeletonShape) {
  const date = formatDateTime(DATE_PLACEHOLDER, locale, 0);
  // The heading's own text, transparent: it wraps exactly like the heading that replaces it.
  const headingBone = heading === undefined ? nothing : html`<div class="heading-bone">${heading}</div>`;
  return html`<div class="bones ${layout}" aria-hidden="true">
    ${headingBone}
    <div class="list">
      ${Array.from(
        { length: rows },
        () =>
          html`<div class="item">
            ${ranked ? html`<span class="rank bone rank-bone"></span>` : nothing}${
              thumbnails ? html`<span class="thumb bone"></span>` : nothing
            }
            <div class="text">
              <span class="title">${TITLE_PLACEHOLDER}</span>
              <span class="date">${date}</span>
            </div>
          </div>`,
      )}
    </div>
  </div>`;
}
