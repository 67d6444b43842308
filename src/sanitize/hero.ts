/**
 * The featured image, once. WordPress themes and feed plugins often open `content.rendered` with
 * the post's featured image, which the article already shows as its hero; this removes the
 * body's copy. Only the body's opening image is compared (the one before any text): a later
 * image is the author's, and stays even when it repeats the hero.
 */

/**
 * WordPress size variants of one upload (`photo-300x200.jpg`, `photo-1024x683.jpg`) and the copy
 * it makes of a large original (`photo-scaled.jpg`), suffixes just before the extension.
 */
const SIZE_SUFFIX = /-(?:\d+x\d+|scaled)(?=\.[a-z0-9]+$)/i;

/** Elements that only wrap an image when that image is all they hold (with a figure's caption). */
const WRAPPERS = new Set(['a', 'p', 'div', 'span', 'figure']);

/**
 * What identifies an image across its sizes: host, path without the size suffix, and query (a
 * query can name a different picture, so it counts). The scheme does not: an `http:` and an
 * `https:` copy on one host are the same file. `url` is absolute (the URL policy's output).
 */
function imageKey(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${host}${pathname.replace(SIZE_SUFFIX, '')}${search}`;
}

/** The image's `src` and every `srcset` candidate URL. */
function imageUrls(img: Element): string[] {
  const urls = (img.getAttribute('srcset') ?? '')
    // The sanitizer rebuilt the srcset as `url descriptor, url descriptor` from URLs without
    // whitespace, so ", " separates candidates exactly, even where a URL holds a comma.
    .split(', ')
    .map((candidate) => candidate.split(' ')[0]!)
    .filter((url) => url !== '');
  const src = img.getAttribute('src');
  return src === null ? urls : [src, ...urls];
}

/**
 * The body's opening image: the first `img` before any non-blank text or embedded frame, unless
 * it belongs to a gallery or a list or table (then it is one of several, not a lone lead image).
 */
function openingImage(fragment: DocumentFragment): Element | undefined {
  const walker = fragment.ownerDocument.createTreeWalker(
    fragment,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent!.trim() !== '') return undefined;
      continue;
    }
    const element = node as Element;
    if (element.localName === 'iframe') return undefined;
    if (element.localName === 'img') {
      return element.closest('li, td, th, .wp-block-gallery, .gallery') === null ? element : undefined;
    }
  }
  return undefined;
}

/** Whether `child` is the only content of `parent`, besides blank text and a figure's caption. */
function holdsOnly(parent: Element, child: Element): boolean {
  return Array.from(parent.childNodes).every(
    (node) =>
      node === child ||
      (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() === '') ||
      (parent.localName === 'figure' && (node as Element).localName === 'figcaption'),
  );
}

/**
 * Removes the body's opening image when it is `hero` (an absolute URL) in any WordPress size,
 * along with every wrapper (`figure` with its caption, `p`, `a`, ...) that held only that image.
 */
export function dropHeroCopy(fragment: DocumentFragment, hero: string): void {
  const img = openingImage(fragment);
  if (img === undefined) return;
  const key = imageKey(hero);
  if (!imageUrls(img).some((url) => imageKey(url) === key)) return;
  let target = img;
  for (let parent = target.parentElement; parent !== null; parent = target.parentElement) {
    if (!WRAPPERS.has(parent.localName) || !holdsOnly(parent, target)) break;
    target = parent;
  }
  target.remove();
}
