/**
 * The opt-in iframe allowlist. A page (through the `embed-hosts` attribute of `<news-article>`)
 * names the hosts whose players may appear inside article bodies; everything else is removed.
 */

/** One allowlist entry, normalized: an exact host, or every subdomain of `suffix`. */
export type HostPattern = { exact: string } | { suffix: string };

/** Parses one `embedHosts` entry (`www.youtube-nocookie.com`, `*.vimeo.com`); junk is ignored. */
function parsePattern(entry: unknown): HostPattern | undefined {
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
  return wildcard ? { suffix: `.${url.hostname}` } : { exact: url.hostname };
}

/** The parsed allowlist; an empty list means "no iframes at all". */
export function parseEmbedHosts(entries: unknown): HostPattern[] {
  if (!Array.isArray(entries)) return [];
  return entries.map(parsePattern).filter((p): p is HostPattern => p !== undefined);
}

/**
 * Returns the normalized iframe URL when `src` is https, carries no credentials, uses the default
 * port, matches the allowlist and is not on the page's own host; otherwise `undefined`.
 *
 * The same-host rule matters: the frame gets `allow-scripts allow-same-origin`, which is only
 * harmless while the frame is cross-origin to the page (a same-origin frame with both flags can
 * remove its own sandbox).
 */
export function allowedEmbedUrl(
  src: string | undefined,
  patterns: readonly HostPattern[],
): string | undefined {
  if (src === undefined || patterns.length === 0) return undefined;
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  const host = url.hostname;
  if (host === '' || host === location.hostname) return undefined;
  const matches = patterns.some((p) =>
    'exact' in p ? host === p.exact : host.endsWith(p.suffix) && host.length > p.suffix.length,
  );
  return matches ? url.href : undefined;
}
