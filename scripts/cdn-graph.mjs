// The CDN module build's graph, from Vite's build manifest: which files a page downloads for an
// element before any `import()` (its module and the chunks it imports statically). The classic
// script's loader carries it (to import them all at once), and the size budgets add it up.

/** The manifest the `esm` build writes, relative to dist/cdn/; scripts/build.mjs moves it out. */
export const CDN_MANIFEST = '.vite/cdn-manifest.json';
/** Where it is kept (not shipped: dist/cdn/ is hosted as a whole), for the size budgets. */
export const KEPT_MANIFEST = 'node_modules/.cache/news-widgets/cdn-manifest.json';

/** The element modules of dist/cdn/elements/, by name (src/cdn/<name>.ts). */
export const ELEMENTS = ['news-provider', 'news-article', 'related-list', 'trending-region', 'dark-mode-toggle'];

/** The files (relative to dist/cdn/) that `key` (a manifest key) imports statically, itself first. */
export function staticFiles(manifest, key, seen = new Set()) {
  if (seen.has(key)) return [];
  seen.add(key);
  const entry = manifest[key];
  return [entry.file, ...(entry.imports ?? []).flatMap((dep) => staticFiles(manifest, dep, seen))];
}
