/**
 * A response body's bytes → JSON, or the text of an XML feed. Which one is told from the body
 * itself: servers label feeds `text/html`, `text/plain` or `application/octet-stream` as often as
 * anything right. JSON is always UTF-8 (RFC 8259 §8.1); XML, in whatever encoding it says it is
 * in, is decoded by the RSS/Atom part (xml/decode.ts), which the feed needs anyway.
 */
import type { FeedBody } from './http.js';
import { preview } from './describe.js';
import { FeedError } from './errors.js';
import { loadReader, xmlReader } from './readers.js';

/** The start of an HTML page. */
const HTML_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/**
 * Whether `start` (the body's first characters, leading white space gone) is an HTML page where a
 * feed was expected: the site's home page, an error or login page. Comments before it are skipped
 * with `indexOf`, not a regex: a run of comments must not cost exponential time.
 */
function isHtmlPage(start: string): boolean {
  let at = 0;
  while (start.startsWith('<!--', at)) {
    const end = start.indexOf('-->', at + 4);
    if (end === -1) return false;
    at = end + 3;
    while (at < start.length && /\s/.test(start[at]!)) at++;
  }
  return HTML_START.test(start.slice(at));
}

/** The encoding a byte order mark names, if any: it wins over any label (RFC 7303). */
function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16be' | 'utf-16le' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** Decodes `bytes` as JSON or XML. Throws `FeedError('parse')` for anything else. */
export async function decodeBody(
  bytes: Uint8Array,
  contentType: string | null,
  url: string,
): Promise<FeedBody> {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-8' || bom === undefined) {
    // The first bytes as Latin-1: enough to tell the format and read an XML declaration.
    const head = new TextDecoder('latin1').decode(bytes.subarray(bom ? 3 : 0, 1024));
    const start = head.trimStart();
    const htmlPage = isHtmlPage(start);
    if (!start.startsWith('<') || htmlPage) {
      return parseJson(new TextDecoder().decode(bytes), contentType, url, htmlPage);
    }
    const { decodeXml } = await loadReader('RSS/Atom', url, xmlReader.load);
    return { xml: decodeXml(bytes, head, bom, contentType, url) };
  }
  // UTF-16, which needs no label: XML, or JSON (PowerShell writes UTF-16 by default).
  const text = new TextDecoder(bom).decode(bytes);
  if (text.trimStart().startsWith('<')) return { xml: text };
  return parseJson(text, contentType, url, false);
}

/** The body as JSON, or `FeedError('parse')` naming what came instead. */
function parseJson(text: string, contentType: string | null, url: string, htmlPage: boolean): FeedBody {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    // The MIME type essence of Content-Type, as the server sent it.
    const type = preview((contentType ?? '').split(';')[0]!.trim(), 60);
    const got =
      text.trim() === ''
        ? 'the response body was empty'
        : `got ${type || 'no Content-Type'} starting with '${preview(text.trimStart())}'`;
    const hint = htmlPage ? ': an HTML page, not its feed (for WordPress, try /feed/)' : '';
    throw new FeedError('parse', `expected a JSON, RSS or Atom feed but ${got}${hint} (${url})`, {
      url,
      cause: error,
    });
  }
}
