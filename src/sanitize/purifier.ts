/**
 * Our private DOMPurify instance, the news profile's config and hooks.
 *
 * `DOMPurify(window)` builds a separate instance: hooks and config set here never touch the
 * host page's own DOMPurify (the module's default export, or a `window.DOMPurify`), and theirs
 * never touch ours.
 */
import DOMPurify from 'dompurify';
import type {
  Config,
  DOMPurify as Purifier,
  UponSanitizeAttributeHookEvent,
  UponSanitizeElementHookEvent,
} from 'dompurify';
import { safeUrl } from '../feed/url-policy.js';
import { quietInlineCode } from './csp-quiet.js';
import { allowedEmbedUrl, embedFallbackLink, parseEmbedHosts } from './embed.js';
import { dropHeroCopy } from './hero.js';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  ALLOWED_URI_REGEXP,
  EMBED_TAG,
  EXTERNAL_LINK_ATTRIBUTES,
  FORBID_ATTR,
  FORBID_CONTENTS_EXTRA,
  FORBID_TAGS,
  IFRAME_ATTRIBUTES,
  IMG_ATTRIBUTES,
  MAX_INPUT_LENGTH,
  isAllowedAttribute,
  keptClasses,
} from './profile.js';
import type { ParsePolicy } from '../trusted-types/policy.js';
import type { SanitizeOptions } from './sanitize.js';
import { warn } from './warn.js';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Per-call state the hooks read: set for the duration of one sanitize() call only. */
let base: string | undefined;
let embedPatterns: string[] | undefined;
let purifier: Purifier | undefined;

/** Rebuilds a srcset from policy-approved URLs; `undefined` if any candidate is bad. */
function sanitizeSrcset(value: string): string | undefined {
  const candidates: string[] = [];
  let rest = value;
  // The HTML srcset grammar: URL = a run of non-whitespace (trailing commas end the candidate),
  // then optional descriptors up to the next comma. Commas inside a URL are fine (CDNs use them:
  // `w_400,h_300`); a normalized URL has no whitespace and we refuse one ending in a comma, so
  // the rebuilt string parses back into exactly the candidates we checked.
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (rest === '') break;
    const rawUrl = /^\S+/.exec(rest)![0];
    rest = rest.slice(rawUrl.length);
    // Trailing commas end the candidate; otherwise descriptors run to the next comma. (A loop, not
    // /,+$/: that regex backtracks quadratically over a long run of commas inside the URL.)
    let end = rawUrl.length;
    while (rawUrl[end - 1] === ',') end--;
    const url = rawUrl.slice(0, end);
    let descriptor = '';
    if (url === rawUrl) {
      const match = /^([^,]*),?/.exec(rest)!;
      descriptor = match[1]!.trim();
      rest = rest.slice(match[0].length);
    }
    if (descriptor !== '' && !/^\d+(?:\.\d+)?[wx]$/.test(descriptor)) return undefined;
    const checked = safeUrl(url, 'media', base);
    if (checked === undefined || /\s/.test(checked) || checked.endsWith(',')) return undefined;
    candidates.push(descriptor === '' ? checked : `${checked} ${descriptor}`);
    if (candidates.length > 32) return undefined;
  }
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}

/** The value `name` may keep on `tag`: URLs through the URL policy, closed grammars checked. */
function sanitizeValue(tag: string, name: string, value: string): string | undefined {
  if (name === 'href') return safeUrl(value, 'link', base);
  if (name === 'src') {
    const url = safeUrl(value, 'media', base);
    return tag === EMBED_TAG ? allowedEmbedUrl(url, embedPatterns!) : url;
  }
  if (name === 'srcset') return sanitizeSrcset(value);
  if (name === 'class') return keptClasses(value);
  if (name === 'reversed' || name === 'allowfullscreen') return '';
  const grammar = /^(?:width|height|colspan|rowspan|start|value)$/.test(name)
    ? /^\d{1,5}$/
    : name === 'dir'
      ? /^(?:ltr|rtl|auto)$/i
      : name === 'scope'
        ? /^(?:row|col)(?:group)?$/i
        : undefined;
  if (grammar === undefined) return value;
  return grammar.test(value) ? value.toLowerCase() : undefined;
}

function uponSanitizeAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const tag = node.localName;
  const name = event.attrName;
  const value = isAllowedAttribute(tag, name) ? sanitizeValue(tag, name, event.attrValue) : undefined;
  if (value === undefined) event.keepAttr = false;
  else event.attrValue = value;
}

function setAll(node: Element, attributes: Readonly<Record<string, string>>): void {
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
}

/**
 * Processing instructions go before DOMPurify looks at them. Chromium 150+ parses `<?target …>`
 * in HTML as a ProcessingInstruction (whatwg/html#12118), and DOMPurify 3.5.0's clobbering check
 * reads Element.prototype.attributes on one whose target is "form" and throws, which emptied the
 * whole body. DOMPurify drops every PI anyway; a node a hook detaches counts as removed.
 */
function beforeSanitizeElements(node: Node): void {
  if (node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) (node as ChildNode).remove();
}

/**
 * An iframe the allowlist refuses (or every iframe, without one) becomes a link to what it showed,
 * when its `src` passes the URL policy; one without a usable `src` just goes. Runs before
 * DOMPurify decides about the element, while the iframe still has its `src` and `title`. The link
 * takes the iframe's place, so DOMPurify's walk visits and sanitizes it next; the detached iframe
 * counts as removed.
 */
function uponSanitizeElement(node: Node, event: UponSanitizeElementHookEvent): void {
  if (event.tagName !== EMBED_TAG || (node as Element).namespaceURI !== HTML_NAMESPACE) return;
  const iframe = node as Element;
  const src = safeUrl(iframe.getAttribute('src'), 'media', base);
  if (src === undefined || allowedEmbedUrl(src, embedPatterns!) !== undefined) return;
  iframe.replaceWith(embedFallbackLink(iframe, src));
}

/** Runs for elements only (DOMPurify skips nodes without attributes). */
function afterSanitizeAttributes(node: Node): void {
  const element = node as Element;
  switch (element.localName) {
    case 'img':
      // loading/decoding go before the URLs: importNode copies attributes in order, and an image
      // that learns its source before it is lazy starts fetching at once, even while detached.
      setAll(element, IMG_ATTRIBUTES);
      for (const name of ['sizes', 'srcset', 'src']) {
        const value = element.getAttribute(name);
        if (value !== null) {
          element.removeAttribute(name);
          element.setAttribute(name, value);
        }
      }
      break;
    case 'a': {
      // Every http(s) link whose origin differs from the page's opens in a new, unlinked context.
      // The href is the URL policy's output (absolute, parseable) or absent.
      const href = element.getAttribute('href');
      if (href !== null && /^https?:/.test(href) && new URL(href).origin !== location.origin) {
        setAll(element, EXTERNAL_LINK_ATTRIBUTES);
      }
      break;
    }
    case EMBED_TAG:
      // Its src, if any, is allowedEmbedUrl's output: without one, the iframe goes (with content).
      if (element.hasAttribute('src')) setAll(element, IFRAME_ATTRIBUTES);
      else element.remove();
  }
}

/** Renames every `h1` to `h2`: the page owns the one top-level heading. */
function demoteH1(fragment: DocumentFragment): void {
  // querySelectorAll is a static list, so replacing while iterating is fine.
  for (const h1 of fragment.querySelectorAll('h1')) {
    const h2 = fragment.ownerDocument.createElement('h2');
    for (const { name, value } of h1.attributes) h2.setAttribute(name, value);
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
}

/**
 * Sanitizes `html` into a fragment owned by DOMPurify's inert document (not yet the page's).
 * Returns `undefined` for non-string or oversized input and when sanitizing fails; never throws.
 */
export function purify(
  html: unknown,
  options: SanitizeOptions | undefined,
  parsePolicy: ParsePolicy | undefined,
): DocumentFragment | undefined {
  if (typeof html !== 'string' || html === '') return undefined;
  if (html.length > MAX_INPUT_LENGTH) {
    warn('NW-SANITIZE-SIZE', `body over ${MAX_INPUT_LENGTH} characters; rendered empty`);
    return undefined;
  }
  if (embedPatterns !== undefined) {
    // Re-entrant call (only possible from a hook): refuse rather than mix two calls' state.
    return undefined;
  }
  try {
    if (purifier === undefined) {
      purifier = DOMPurify(window);
      purifier.addHook('beforeSanitizeElements', beforeSanitizeElements);
      purifier.addHook('uponSanitizeElement', uponSanitizeElement);
      purifier.addHook('uponSanitizeAttribute', uponSanitizeAttribute);
      purifier.addHook('afterSanitizeAttributes', afterSanitizeAttributes);
    }
    if (!purifier.isSupported) return undefined;
    base = safeUrl(options?.baseUrl, 'media');
    embedPatterns = parseEmbedHosts(options?.embedHosts);
    // `null` when the parse produced no body at all; nothing to render then.
    const fragment = purifier.sanitize(quietInlineCode(html), {
      ALLOWED_TAGS: embedPatterns.length > 0 ? [...ALLOWED_TAGS, EMBED_TAG] : [...ALLOWED_TAGS],
      ALLOWED_ATTR: [...ALLOWED_ATTR],
      // HTML only: SVG and MathML are where most mXSS and namespace-confusion bypasses live.
      ALLOWED_NAMESPACES: [HTML_NAMESPACE],
      FORBID_TAGS: [...FORBID_TAGS],
      FORBID_ATTR: [...FORBID_ATTR],
      ADD_FORBID_CONTENTS: [...FORBID_CONTENTS_EXTRA],
      ALLOWED_URI_REGEXP,
      ALLOW_DATA_ATTR: false,
      // Defaults, spelled out because they are protections.
      ALLOW_UNKNOWN_PROTOCOLS: false,
      SANITIZE_DOM: true,
      SAFE_FOR_XML: true,
      // Also relied on, left at DOMPurify's defaults (the tests pin them): ALLOW_ARIA_ATTR (our
      // hook picks the aria-* to keep), KEEP_CONTENT (text of removed elements stays unless
      // FORBID_CONTENTS says otherwise), WHOLE_DOCUMENT off.
      // Parse everything as body content, so a leading <meta>/<style> or a <frameset> cannot move
      // or swallow the article.
      FORCE_BODY: true,
      // Nodes, not a string: no serialize-and-reparse step for mXSS to exploit.
      RETURN_DOM_FRAGMENT: true,
      // Ours, or (undefined) DOMPurify's own policy where ours is unavailable.
      // DOMPurify types the option as a full TrustedTypePolicy; it calls only these two methods.
      TRUSTED_TYPES_POLICY: parsePolicy as Config['TRUSTED_TYPES_POLICY'],
    }) as DocumentFragment | null;
    if (fragment === null) return undefined;
    demoteH1(fragment);
    const hero = safeUrl(options?.heroImage, 'media', base);
    if (hero !== undefined) dropHeroCopy(fragment, hero);
    return fragment;
  } catch (error) {
    warn('NW-SANITIZE-FAILED', 'sanitizing failed; rendered empty', error);
    return undefined;
  } finally {
    embedPatterns = undefined;
  }
}

/** Serializes a sanitized fragment (for tests, benchmarks and the Trusted Types policy). */
export function serialize(fragment: DocumentFragment | undefined): string {
  if (fragment === undefined) return '';
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
