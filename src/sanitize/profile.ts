/**
 * The news-content profile: which elements and attributes of untrusted article HTML survive.
 *
 * An allowlist, never a blocklist: anything not named here is removed. The FORBID_* lists below
 * repeat the dangerous names on purpose (defence in depth, and a readable record of intent); the
 * allowlists alone already exclude them. See docs/security.md for the reasoning behind each choice.
 */

/** Elements kept (`h1` is kept only to be demoted to `h2` after sanitizing). */
export const ALLOWED_TAGS: readonly string[] = [
  // text blocks
  'p',
  'div',
  'span',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'code',
  // emphasis and phrasing
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'mark',
  'small',
  'abbr',
  'cite',
  'q',
  'dfn',
  'kbd',
  'samp',
  'var',
  'sub',
  'sup',
  'time',
  // lists
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  // tables
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  // media and links
  'a',
  'img',
];

/** Added per call, only when the caller passes a non-empty `embedHosts` allowlist. */
export const EMBED_TAG = 'iframe';

/** Removed with everything inside them (their text would be meaningless or misleading). */
export const FORBID_CONTENTS_EXTRA: readonly string[] = [
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'portal',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'dialog',
];

/**
 * Never allowed, whatever a future edit of ALLOWED_TAGS says (iframe is handled separately): the
 * elements above, and these.
 */
export const FORBID_TAGS: readonly string[] = [
  ...FORBID_CONTENTS_EXTRA,
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'label',
  'fieldset',
  'keygen',
  'isindex',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'svg',
  'math',
  'title',
  'xmp',
  'plaintext',
  'slot',
];

/** Attributes removed everywhere (also absent from every allowlist below). */
export const FORBID_ATTR: readonly string[] = [
  'style',
  'id',
  'name',
  'srcdoc',
  'formaction',
  'action',
  'xlink:href',
  'ping',
  'download',
  'target',
  'rel',
  'is',
  'slot',
  'part',
  'exportparts',
  'autofocus',
  'tabindex',
  'contenteditable',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'commandfor',
  'command',
  'background',
  'poster',
  'data',
  'codebase',
];

/**
 * Attributes allowed on every allowed element (plus `aria-*`, see {@link ARIA}); `class` keeps
 * only the tokens {@link keptClasses} allows.
 */
const GLOBAL_ATTRIBUTES = 'title lang dir class';

/** Attributes allowed on one element only, space-separated. */
const TAG_ATTRIBUTES: Readonly<Record<string, string>> = {
  a: 'href',
  img: 'src srcset sizes alt width height',
  iframe: 'src width height allowfullscreen',
  td: 'colspan rowspan',
  th: 'colspan rowspan scope',
  time: 'datetime',
  ol: 'start reversed',
  li: 'value',
};

/** Every attribute name that some element may keep: DOMPurify's flat ALLOWED_ATTR. */
export const ALLOWED_ATTR: readonly string[] = [GLOBAL_ATTRIBUTES, ...Object.values(TAG_ATTRIBUTES)]
  .join(' ')
  .split(' ');

/** Per element, every attribute it may keep: built once, asked for every attribute of a body. */
const KEPT = new Map(
  Object.entries(TAG_ATTRIBUTES).map(([tag, names]) => [
    tag,
    new Set(`${GLOBAL_ATTRIBUTES} ${names}`.split(' ')),
  ]),
);
const KEPT_ANYWHERE = new Set(GLOBAL_ATTRIBUTES.split(' '));

/**
 * `aria-*` attributes are kept (accessibility of the article), except those that point at element
 * ids. Ids are removed, so these could only dangle (or, in a light-DOM embedding, point at the
 * host page's own elements).
 */
const ARIA =
  /^aria-(?!(?:activedescendant|controls|describedby|details|errormessage|flowto|labelledby|owns)$)[a-z]+$/;

/** Whether `name` may stay on `tag` (both lower case). */
export function isAllowedAttribute(tag: string, name: string): boolean {
  if (name.startsWith('on')) return false;
  return ARIA.test(name) || (KEPT.get(tag) ?? KEPT_ANYWHERE).has(name);
}

/**
 * The class tokens a body may keep: WordPress block and classic-editor layout names that our prose
 * stylesheet gives a layout (galleries, columns, alignment, embeds). An allowlist of exact names,
 * never a prefix: the body lives in our shadow root, so only our own styles can match, and no
 * token here names anything in our component styles (the tests check), so a feed cannot reach
 * the widget's own layout or the host page's.
 */
const KEPT_CLASSES = new Set([
  'wp-block-gallery',
  'wp-block-image',
  'wp-block-columns',
  'wp-block-column',
  'wp-block-embed',
  'wp-block-embed__wrapper',
  'wp-block-quote',
  'wp-block-pullquote',
  'wp-block-table',
  'blocks-gallery-grid',
  'blocks-gallery-item',
  'has-nested-images',
  'is-cropped',
  'is-type-video',
  'wp-embed-aspect-16-9',
  'wp-embed-aspect-4-3',
  'alignleft',
  'alignright',
  'aligncenter',
  'alignwide',
  'alignfull',
  'wp-caption',
  'gallery',
  'gallery-item',
]);
/** Gutenberg `columns-N` and classic `gallery-columns-N`, for the column counts styled (1 to 8). */
const KEPT_COLUMNS = /^(?:gallery-)?columns-[1-8]$/;

/** The tokens of a `class` value that may stay, space-separated; `undefined` if none. */
export function keptClasses(value: string): string | undefined {
  const kept = value.split(/[\t\n\f\r ]+/).filter((t) => KEPT_CLASSES.has(t) || KEPT_COLUMNS.test(t));
  return kept.length > 0 ? [...new Set(kept)].join(' ') : undefined;
}

/**
 * The same test DOMPurify applies to non-URL attribute values after our hook, narrowed to the
 * schemes the URL policy allows: a value that looks like `scheme:` must be http(s), mailto or tel.
 * Our hook has already replaced every URL with an absolute, policy-approved one.
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Constant attributes on every kept iframe (the frame is always cross-origin to the page). */
export const IFRAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  sandbox: 'allow-scripts allow-same-origin allow-popups allow-presentation',
  loading: 'lazy',
  referrerpolicy: 'strict-origin-when-cross-origin',
  allow: 'fullscreen; picture-in-picture',
};

/** Constant attributes on every kept image. */
export const IMG_ATTRIBUTES: Readonly<Record<string, string>> = {
  loading: 'lazy',
  decoding: 'async',
};

/** What every external link gets (reverse tabnabbing, and no referrer to third parties). */
export const EXTERNAL_LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
  target: '_blank',
  rel: 'noopener noreferrer',
};

/** Input longer than this (UTF-16 code units, about 2 MB of ASCII) is refused, not truncated. */
export const MAX_INPUT_LENGTH = 2 * 1024 * 1024;
