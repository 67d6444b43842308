/**
 * A response body's bytes → JSON, or the text of an XML feed. Which one is told from the body
 * itself: servers label feeds `text/html`, `text/plain` or `application/octet-stream` as often as
 * anything right. The encoding of XML follows RFC 7303 and the Encoding standard: a byte order
 * mark, else the `charset` of `Content-Type`, else the XML declaration (`encoding="ISO-8859-1"`),
 * else UTF-8. JSON is always UTF-8 (RFC 8259 §8.1).
 */
import type { FeedBody } from './http.js';
import { preview } from './describe.js';
import { FeedError, PREFIX } from './errors.js';

/** The charset parameter of a Content-Type, if any. */
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)/i;
/** The encoding of an XML declaration, read from its ASCII bytes. */
const DECLARED = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/;
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

/** The label a byte order mark gives, if any. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `label`'s decoder, or UTF-8's with a warning when the label names no encoding browsers know. */
function decoderFor(label: string, url: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    console.warn(
      `${PREFIX} the feed ${url} declares the unknown encoding "${preview(label, 40)}"; read as UTF-8`,
    );
    return new TextDecoder();
  }
}

/** Decodes `bytes` as JSON or XML. Throws `FeedError('parse')` for anything else. */
export function decodeBody(bytes: Uint8Array, contentType: string | null, url: string): FeedBody {
  const bom = bomEncoding(bytes);
  // The first bytes as Latin-1: enough to tell the format and read an XML declaration.
  const head = new TextDecoder('latin1').decode(bytes.subarray(bom === 'utf-8' ? 3 : 0, 1024));
  const start = head.trimStart();
  const htmlPage = isHtmlPage(start);
  if (bom?.startsWith('utf-16') || (start.startsWith('<') && !htmlPage)) {
    // The header's charset speaks for XML only when it calls the body XML: a feed sent as
    // `text/html; charset=UTF-8` by a generic server config is as often windows-1252.
    const xmlType = /xml/i.test(contentType ?? '');
    const charset = xmlType ? CHARSET.exec(contentType!)?.[1] : undefined;
    const label =
      bom ?? charset ?? DECLARED.exec(head)?.[1] ?? CHARSET.exec(contentType ?? '')?.[1] ?? 'utf-8';
    const text = decoderFor(label, url).decode(bytes);
    // A UTF-16 file may hold JSON too (PowerShell writes UTF-16 by default).
    if (!bom?.startsWith('utf-16') || text.trimStart().startsWith('<')) return { xml: text };
    return parseJson(text, contentType, url, false);
  }
  return parseJson(new TextDecoder().decode(bytes), contentType, url, htmlPage);
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
