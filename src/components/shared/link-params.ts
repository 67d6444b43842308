/**
 * Appends a widget's `link-params` (e.g. `utm_source=partner&utm_medium=widget`) to an article
 * link. Existing query parameters and the fragment are kept; names and values are re-encoded by
 * URLSearchParams, so a hostile value cannot break out of the query. Non-http(s) links (mailto,
 * tel) are returned unchanged.
 */
export function withLinkParams(url: string, linkParams: string | undefined): string {
  if (!linkParams) return url;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return url;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return url;
  const extra = new URLSearchParams(linkParams.trim().replace(/^[?&]+/, ''));
  for (const [name, value] of extra) {
    if (name) target.searchParams.set(name, value);
  }
  return target.href;
}
