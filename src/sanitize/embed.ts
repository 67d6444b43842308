/**
 * The opt-in iframe allowlist. A page (through the `embed-hosts` attribute of `<news-article>`)
 * names the hosts whose players may appear inside article bodies; everything else is removed.
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
 * Returns the iframe URL when `src` (the URL policy's output: absolute, normalized) is https,
 * carries no credentials, uses the default port, matches the allowlist and is not on the page's
 * own host; otherwise `undefined`.
 *
 * The same-host rule matters: the frame gets `allow-scripts allow-same-origin`, which is only
 * harmless while the frame is cross-origin to the page (a same-origin frame with both flags can
 * remove its own sandbox).
 */
export function allowedEmbedUrl(src: string | undefined, patterns: readonly string[]): string | undefined {
  if (src === undefined) return undefined;
  const url = new URL(src);
  const host = url.hostname;
  // Nothing between the scheme and the host (credentials) or after the host (a port).
  if (!url.href.startsWith(`https://${host}/`) || host === location.hostname) return undefined;
  const matches = patterns.some((p) =>
    p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length >= p.length : host === p,
  );
  return matches ? url.href : undefined;
}
