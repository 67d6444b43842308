/**
 * The RSS and Atom reader, loaded only when a response is XML (decode.ts has it decode the body
 * in its encoding, xml/decode.ts; parse.ts then reads the feed). It parses through the
 * library's one Trusted Types policy (src/trusted-types/policy.ts; DOMParser is a sink), which
 * comes with this part and the sanitizer, the two that need it.
 */
import type { Adapter, AdapterContext } from '../adapter.js';
import { preview } from '../describe.js';
import { decodeEntities } from '../entities.js';
import { FeedError } from '../errors.js';
import { cleanLine } from '../read.js';
import { atomAdapter } from './atom.js';
import { NS } from './elements.js';
import { rssAdapter } from './rss.js';
import { parseXmlDocument } from '../../trusted-types/policy.js';

export { decodeXml } from './decode.js';

/** The error a browser's XML parser reports inside the document it returns, if any. */
function parseError(document: Document): string | undefined {
  const error = document.getElementsByTagName('parsererror')[0];
  return error && cleanLine(error.textContent ?? '', 200);
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * What hand-made feeds get wrong most: a bare `&` (`AT&T`, `?a=1&b=2`) and HTML entity names XML
 * does not know (`&nbsp;`, `&hellip;`). Both become what the author meant, as numeric references.
 */
function repair(text: string): string {
  return text.replace(
    /&(?:([A-Za-z][A-Za-z0-9]{0,31});|(#\d{1,8};|#x[0-9a-fA-F]{1,7};))?/g,
    (match, name?: string, numeric?: string) => {
      if (numeric !== undefined) return match;
      if (name === undefined) return '&amp;';
      if (XML_ENTITIES.has(name)) return match;
      const decoded = decodeEntities(match);
      return decoded === match ? `&amp;${name};` : `&#${decoded.codePointAt(0)!};`;
    },
  );
}

/** Reads an XML feed document: RSS 0.9x/1.0/2.0 or Atom. Throws `FeedError` ('parse', 'invalid-feed'). */
export function xmlAdapter(text: string, ctx: AdapterContext): Adapter {
  let document = parseXmlDocument(text);
  let problem = parseError(document);
  if (problem !== undefined) {
    const repaired = repair(text);
    const second = repaired === text ? undefined : parseXmlDocument(repaired);
    if (second && parseError(second) === undefined) {
      ctx.warn(
        `${ctx.feedUrl} is not well-formed XML (${problem}); it was read after escaping bare "&" and ` +
          'HTML entity names. Fix the feed so that every XML reader can read it',
      );
      document = second;
      problem = undefined;
    }
  }
  if (problem !== undefined) {
    throw new FeedError('parse', `expected well-formed XML (RSS or Atom), but the parser said: ${problem}`, {
      url: ctx.feedUrl,
    });
  }
  const root = document.documentElement;
  const ns = root.namespaceURI ?? '';
  if (root.localName === 'rss' || (root.localName === 'RDF' && ns === NS.rdf)) return rssAdapter(root, ctx);
  if (root.localName === 'feed' && (ns === NS.atom || ns === NS.atom03 || ns === ''))
    return atomAdapter(root, ctx);
  throw new FeedError(
    'invalid-feed',
    `expected an RSS or Atom document, but its root element is <${preview(root.nodeName, 40)}>`,
    { url: ctx.feedUrl },
  );
}
