/**
 * The opt-in iframe allowlist. A page (through the `embed-hosts` attribute of `<news-article>`)
 * names the hosts whose players may appear inside article bodies; everything else is replaced by
 * a plain link to it (see {@link embedFallbackLink}).
 */

/**
 * Parses one `embedHosts` entry (`www.youtube-nocookie.com`, `*.vimeo.com`) into a normalized
 * host, or `*.` and a normalized domain (every subdomain of it); junk is ignored.
 */
function parsePattern(entry: unknown): string | undefined {
  if (typeof entry !== 'string') return undefined;
  const value = entry.trim().toLowerCase();
  const wildcard = value.startsWith('*.');
  const host = wildcard ? value.slice(2) : value;
  // Let the URL parser normalize the host (IDNA, trailing dot rules); reject anything that is
  // not a bare host: ports, paths, credentials, a lone `*`.
  let url: URL;
  try {
    url = new URL(`https://${host}/`);
  } catch {
    return undefined;
  }
  if (url.host !== host || host === '' || host.includes('*')) return undefined;
  return wildcard ? `*.${url.hostname}` : url.hostname;
}

/** The parsed allowlist; an empty list means "no iframes at all". */
export function parseEmbedHosts(entries: unknown): string[] {
  if (!Array.isArray(entries)) return [];
  return entries.map(parsePattern).filter((p) => p !== undefined);
}

/**
 * Returns the iframe URL when `src` (the URL policy's output: absolute, normalized) carries no
 * credentials, uses the default port, matches the allowlist and is not on the page's own host;
 * otherwise `undefined`. An `http:` URL comes back as `https:`: older posts still carry
 * `http://www.youtube.com/embed/...` players, which every allowlisted provider also serves over
 * https, and an http frame would be mixed content on an https page anyway.
 *
 * The same-host rule matters: the frame gets `allow-scripts allow-same-origin`, which is only
 * harmless while the frame is cross-origin to the page (a same-origin frame with both flags can
 * remove its own sandbox).
 */
export function allowedEmbedUrl(src: string | undefined, patterns: readonly string[]): string | undefined {
  if (src === undefined) return undefined;
  const url = new URL(src);
  if (url.protocol === 'http:') url.protocol = 'https:';
  const host = url.hostname;
  // Nothing between the scheme and the host (credentials) or after the host (a port).
  if (!url.href.startsWith(`https://${host}/`) || host === location.hostname) return undefined;
  const matches = patterns.some((p) =>
    p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length >= p.length : host === p,
  );
  return matches ? url.href : undefined;
}

/** Link text longer than this (a URL's host and path) is cut, with an ellipsis. */
const MAX_LABEL = 48;

/** `www.youtube.com/embed/abc`: what a reader can recognise of an embed URL, within MAX_LABEL. */
function urlLabel(src: string): string {
  const url = new URL(src);
  const label = `${url.hostname}${url.pathname}`.replace(/\/$/, '');
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}\u2026` : label;
}

/**
 * What stands in for a refused iframe: a link to the embedded page, so the reader can still
 * reach the video or post the article shows, instead of an empty gap. `src` is the URL policy's
 * output (http or https). The text is the iframe's `title` (providers' oEmbed markup names the
 * video there), else the URL's host and path; it is set as text, never parsed. The link goes back
 * through the sanitizer like any other (`target`/`rel` for external links).
 */
export function embedFallbackLink(iframe: Element, src: string): HTMLAnchorElement {
  const link = iframe.ownerDocument.createElement('a');
  link.setAttribute('href', src);
  const title = (iframe.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
  link.textContent = title || urlLabel(src);
  return link;
}
