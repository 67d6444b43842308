/**
 * The text of an XML body, in the encoding it is in (RFC 7303 and the Encoding standard): a byte
 * order mark (decode.ts reads it, and decodes UTF-16 itself), else the `charset` of a Content-Type
 * that calls the body XML, else the XML
 * declaration (`encoding="ISO-8859-1"`), else the charset of any Content-Type, else UTF-8. Loaded
 * with the RSS/Atom reader: JSON is always UTF-8 (RFC 8259 §8.1) and needs none of this.
 */
import { preview } from '../describe.js';
import { PREFIX } from '../errors.js';

/** The charset parameter of a Content-Type, if any. */
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)/i;
/** The encoding of an XML declaration, read from its ASCII bytes. */
const DECLARED = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/;

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

/**
 * Decodes an XML body from `url`; `head` is its first bytes as Latin-1, where an XML declaration
 * is, and `bom` the encoding its byte order mark names, if any.
 */
export function decodeXml(
  bytes: Uint8Array,
  head: string,
  bom: string | undefined,
  contentType: string | null,
  url: string,
): string {
  // The header's charset speaks for XML only when it calls the body XML: a feed sent as
  // `text/html; charset=UTF-8` by a generic server config is as often windows-1252.
  const xmlType = /xml/i.test(contentType ?? '');
  const charset = xmlType ? CHARSET.exec(contentType!)?.[1] : undefined;
  const label = bom ?? charset ?? DECLARED.exec(head)?.[1] ?? CHARSET.exec(contentType ?? '')?.[1] ?? 'utf-8';
  return decoderFor(label, url).decode(bytes);
}
