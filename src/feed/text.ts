/**
 * Plain text out of feed HTML (WordPress titles, excerpts, captions), and feed text into HTML
 * (JSON Feed `content_text`). Extraction needs no DOM: see `entities.ts` for why not DOMParser.
 * Output of `htmlToText` is always rendered as text, so tags that slip through would show as
 * characters, never as markup.
 */
import { decodeEntities } from './entities.js';
import { cleanLine, truncate } from './read.js';

// Elements whose content is not text a reader would see.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'title', 'textarea']);
const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer figure figcaption hr dd dt'.split(
    ' ',
  ),
);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Removes markup with one left-to-right scan (no backtracking regexes: hostile input such as
 * thousands of unclosed `<a "` must stay linear). Tags become '' or, for block elements, '\n'.
 */
function stripTags(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47; /* '/' */
    if (next === 33 /* '!' */ || next === 63 /* '?' */) {
      // A comment ends at '-->'; a doctype, CDATA or processing instruction at '>'.
      out.push(html.slice(textStart, lt));
      const close = html.startsWith('<!--', lt) ? '-->' : '>';
      const end = html.indexOf(close, lt + close.length + 1);
      i = textStart = end === -1 ? html.length : end + close.length;
      continue;
    }
    if (!isLetter(closing ? html.charCodeAt(lt + 2) : next)) {
      i = lt + 1; // a lone '<' is text
      continue;
    }
    out.push(html.slice(textStart, lt));
    // Tag name, then attributes up to the '>' that is not inside quotes.
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    while (j < html.length && /[a-zA-Z0-9-]/.test(html[j]!)) j++;
    const name = lower.slice(nameStart, j);
    let quote = '';
    for (; j < html.length; j++) {
      const ch = html[j]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    // An unterminated tag at the end is dropped, as browsers do.
    i = textStart = Math.min(j + 1, html.length);
    if (BLOCK.has(name)) out.push('\n');
    if (!closing && HIDDEN.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      const close = end === -1 ? -1 : html.indexOf('>', end);
      i = textStart = close === -1 ? html.length : close + 1;
    }
  }
  out.push(html.slice(textStart));
  return out.join('');
}

/**
 * The text of an HTML fragment. `multiline`: block boundaries become line breaks (so callers can
 * take the first line); otherwise everything is one line. `max` caps the result.
 */
export function htmlToText(html: string, max: number, multiline = false): string {
  // Bound the work: markup beyond a few times the cap cannot contribute visible text we keep.
  const text = decodeEntities(stripTags(html.slice(0, Math.max(max * 8, 4096))));
  if (!multiline) return cleanLine(text, max);
  const lines = text
    .split('\n')
    .map((line) => cleanLine(line, max))
    .filter((line) => line !== '');
  return truncate(lines.join('\n'), max);
}

/** The first non-empty line of `text`, capped at `max` with an ellipsis (a title made from a body). */
export function firstLine(text: string, max: number): string {
  for (const line of text.slice(0, max * 8).split(/\r\n|\r|\n/)) {
    const clean = cleanLine(line, max + 1);
    if (clean !== '') return clean.length > max ? `${truncate(clean, max - 1).trimEnd()}…` : clean;
  }
  return '';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain text as HTML paragraphs: blank lines separate paragraphs, single newlines become `<br>`.
 * `&`, `<` and `>` are escaped, so the text stays text once it reaches the sanitizer.
 */
export function textToHtml(text: string): string {
  return text
    .split(/(?:\r\n|\r|\n)[\t ]*(?:\r\n|\r|\n)\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeText(paragraph).replace(/\r\n|\r|\n/g, '<br>')}</p>`)
    .join('');
}
