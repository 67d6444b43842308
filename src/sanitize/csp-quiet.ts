/**
 * Keeps hostile or sloppy feed HTML from flooding a strict-CSP host page with violation reports.
 *
 * Chromium checks CSP while *parsing* into an inert document (DOMParser, `<template>`,
 * `createHTMLDocument`: every parser entry point behaves the same): each inline event handler
 * attribute, `style` attribute and `<style>` element reports a `script-src-attr`,
 * `style-src-attr` or `style-src-elem` violation on a page without 'unsafe-inline', even though
 * nothing runs and DOMPurify removes them right after. Firefox does not report. Feed bodies carry
 * `style="text-align:center"` all the time, so without this a partner's CSP report endpoint would
 * fill up with noise on every article.
 *
 * So, before DOMPurify parses the string, this pass renames, inside tags only, every `on*` and
 * `style` attribute to `data-nw-…` and every `style` tag name to `textarea` (also raw text, and
 * dropped with its content by the profile). It is not a security boundary: it can only turn names
 * into ones the profile removes anyway, and DOMPurify still parses and sanitizes whatever the
 * result is. A miss costs one violation report, nothing more.
 *
 * The scanner follows the HTML tokenizer's tag and attribute states, so attribute values and
 * ordinary text are left alone. What it cannot know without building the tree is whether
 * `<style>`, `<title>`, `<textarea>`, `<noscript>`... hold raw text (HTML) or markup (inside SVG
 * or MathML, or with scripting off), and the payloads that confuse sanitizers live exactly there.
 * So it scans twice, once reading those elements and comments as raw text and once reading
 * everything as markup, and renames what either reading finds. The only text that can change is
 * inside comments, raw-text elements and hostile attribute values built to straddle them, all of
 * which the profile removes.
 */

const RAW_TEXT = /^(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)$/;

/*
 * The tokenizer's runs, made once: a regex literal in the loop would be a new object for every
 * tag and attribute of a body, scanned twice. Sticky (`y`) ones match at a position; global ones
 * search from it. `end()` sets `lastIndex` before each use.
 */
const COMMENT_END = /-?>|[^]*?--!?>/y;
const TAG_END = />/g;
const TAG_NAME = /[^\t\n\f\r />]*/y;
const BETWEEN_ATTRIBUTES = /[\t\n\f\r /]*/y;
const ATTRIBUTE_NAME = /[^\t\n\f\r />=]*/y;
const SPACES = /[\t\n\f\r ]*/y;
const ATTRIBUTE_VALUE = /"[^"]*"?|'[^']*'?|[^\t\n\f\r >]*/y;
const PREFIX = 'data-nw-';

/**
 * One tokenizer-shaped pass over `html`, recording its edits by position: `textarea` replaces a
 * `style` tag name there, or `data-nw-` goes before an attribute name (a tag name wins).
 */
function scan(html: string, rawTextAware: boolean, edits: Record<number, string>): void {
  const n = html.length;
  /**
   * Where the match of `re` at or after `from` ends (global `re`), or the end of the run `re`
   * matches at `from` (sticky `re` with `*`: `from` itself for an empty run); `n` if none.
   */
  const end = (re: RegExp, from: number): number => {
    re.lastIndex = from;
    return re.test(html) ? re.lastIndex : n;
  };

  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return;
    let j = lt + 1;
    if (rawTextAware) {
      if (html.startsWith('!--', j)) {
        // `<!-->` and `<!--->` close at once; otherwise `-->` or `--!>` does.
        i = end(COMMENT_END, j + 3);
        continue;
      }
      if (html[j] === '!' || html[j] === '?') {
        i = end(TAG_END, j);
        continue;
      }
    }
    const isEndTag = html[j] === '/';
    if (isEndTag) j++;
    if (!/[a-z]/i.test(html.charAt(j))) {
      i = rawTextAware && isEndTag ? end(TAG_END, j) : lt + 1;
      continue;
    }
    const nameStart = j;
    j = end(TAG_NAME, j);
    const tagName = html.slice(nameStart, j).toLowerCase();
    if (tagName === 'style') edits[nameStart] = 'textarea';
    // Attributes, up to `>` or the end of input.
    for (;;) {
      j = end(BETWEEN_ATTRIBUTES, j);
      if (j >= n || html[j] === '>') break;
      const attrStart = j;
      // The first character belongs to the name even if it is `=`.
      j = end(ATTRIBUTE_NAME, j + 1);
      const name = html.slice(attrStart, j).toLowerCase();
      if (name === 'style' || name.startsWith('on')) edits[attrStart] ??= PREFIX;
      const afterName = end(SPACES, j);
      if (html[afterName] !== '=') {
        j = afterName;
        continue;
      }
      j = end(SPACES, afterName + 1);
      // A quoted value runs to its closing quote (or the end), an unquoted one to space or `>`.
      j = end(ATTRIBUTE_VALUE, j);
    }
    i = j;
    if (rawTextAware && !isEndTag) {
      if (tagName === 'plaintext') return;
      if (RAW_TEXT.test(tagName)) {
        i = end(new RegExp(`(?=</${tagName}[\\t\\n\\f\\r />])`, 'gi'), j);
      }
    }
  }
}

/** Returns `html` with inline handlers, style attributes and style elements renamed (see above). */
export function quietInlineCode(html: string): string {
  const edits: Record<number, string> = {};
  scan(html, false, edits);
  scan(html, true, edits);
  let out = '';
  let copied = 0;
  // Integer keys enumerate in ascending order.
  for (const key of Object.keys(edits)) {
    const at = Number(key);
    const text = edits[at]!;
    out += html.slice(copied, at) + text;
    copied = text === PREFIX ? at : at + 'style'.length;
  }
  return out + html.slice(copied);
}
