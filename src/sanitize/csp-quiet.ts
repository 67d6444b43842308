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

const WHITESPACE = /[\t\n\f\r ]/;
const ASCII_ALPHA = /[A-Za-z]/;
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);
const PREFIX = 'data-nw-';

interface Edits {
  /** Positions of attribute names to prefix with `data-nw-`. */
  prefix: Set<number>;
  /** Positions of `style` tag names to replace with `textarea`. */
  styleTag: Set<number>;
}

function isRenamedAttribute(lowerName: string): boolean {
  return lowerName === 'style' || lowerName.startsWith('on');
}

/** One tokenizer-shaped pass over `html`, recording the edits it finds. */
function scan(html: string, rawTextAware: boolean, edits: Edits): void {
  const n = html.length;
  const isSpace = (k: number) => k < n && WHITESPACE.test(html[k]!);
  const skipSpace = (k: number) => {
    while (isSpace(k)) k++;
    return k;
  };
  const after = (needle: string | RegExp, from: number): number => {
    if (typeof needle === 'string') {
      const at = html.indexOf(needle, from);
      return at === -1 ? n : at + needle.length;
    }
    needle.lastIndex = from;
    const match = needle.exec(html);
    return match === null ? n : match.index + match[0].length;
  };

  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return;
    let j = lt + 1;
    if (rawTextAware) {
      if (html.startsWith('!--', j)) {
        const k = j + 3;
        if (html[k] === '>') i = k + 1;
        else if (html.startsWith('->', k)) i = k + 2;
        else i = after(/--!?>/g, k);
        continue;
      }
      if (html[j] === '!' || html[j] === '?') {
        i = after('>', j);
        continue;
      }
    }
    const isEndTag = html[j] === '/';
    if (isEndTag) j++;
    if (j >= n || !ASCII_ALPHA.test(html[j]!)) {
      i = rawTextAware && isEndTag ? after('>', j) : lt + 1;
      continue;
    }
    const nameStart = j;
    while (j < n && !isSpace(j) && html[j] !== '/' && html[j] !== '>') j++;
    const tagName = html.slice(nameStart, j).toLowerCase();
    if (tagName === 'style') edits.styleTag.add(nameStart);
    // Attributes, up to `>` or the end of input.
    for (;;) {
      while (isSpace(j) || html[j] === '/') j++;
      if (j >= n || html[j] === '>') break;
      const attrStart = j;
      j++; // the first character belongs to the name even if it is `=`
      while (j < n && !isSpace(j) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
      if (isRenamedAttribute(html.slice(attrStart, j).toLowerCase())) edits.prefix.add(attrStart);
      const afterName = skipSpace(j);
      if (html[afterName] !== '=') {
        j = afterName;
        continue;
      }
      j = skipSpace(afterName + 1);
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        j = after(quote, j + 1);
      } else {
        while (j < n && !isSpace(j) && html[j] !== '>') j++;
      }
    }
    i = j;
    if (rawTextAware && !isEndTag) {
      if (tagName === 'plaintext') return;
      if (RAW_TEXT.has(tagName)) {
        const end = new RegExp(`</${tagName}[\\t\\n\\f\\r />]`, 'gi');
        end.lastIndex = j;
        const match = end.exec(html);
        i = match === null ? n : match.index;
      }
    }
  }
}

/** Returns `html` with inline handlers, style attributes and style elements renamed (see above). */
export function quietInlineCode(html: string): string {
  const edits: Edits = { prefix: new Set(), styleTag: new Set() };
  scan(html, false, edits);
  scan(html, true, edits);
  if (edits.prefix.size === 0 && edits.styleTag.size === 0) return html;
  const positions = [...new Set([...edits.prefix, ...edits.styleTag])].sort((a, b) => a - b);
  const out: string[] = [];
  let copied = 0;
  for (const at of positions) {
    out.push(html.slice(copied, at));
    if (edits.styleTag.has(at)) {
      out.push('textarea');
      copied = at + 'style'.length;
    } else {
      out.push(PREFIX);
      copied = at;
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}
