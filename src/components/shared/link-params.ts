/**
 * Appends a widget's `link-params` (e.g. `utm_source=partner&utm_medium=widget`) to an article
 * link. The link's own query parameters stay byte for byte, except those ours replace, and the
 * fragment is kept; ours are encoded by URLSearchParams, so a hostile value cannot break out of
 * the query. Non-http(s) links (mailto, tel) are returned unchanged.
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
  extra.delete('');
  if (extra.size === 0) return url;
  // Ours replace same-named parameters; every other part of the query stays byte for byte
  // (`id=5;s=2&flag` is not re-serialized as `id=5%3Bs%3D2&flag=`).
  const kept = target.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !extra.has(decodeName(pair.split('=')[0]!)));
  target.search = [...kept, extra.toString()].join('&');
  return target.href;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
