// What each part of the library costs the page with one <trending-region>: the CDN build's modules
// in the chunks that page downloads (the shared core and the element's own chunk), each minified
// on its own, and for each module the gzip bytes the whole would lose without it (its marginal
// cost; gzip shares strings across modules, so the marginals sum to a little less than the
// whole). Modules are grouped by what they do for the reader or the integrator.
import { relative } from 'node:path';
import { build } from 'vite';
import { gzipBytes } from '../scripts/size.mjs';

/** What the page pays for, by module path (the first group a module matches). */
const FEATURES = [
  ['Lit', /node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|lit-shared/],
  ['provider context (`<news-provider>` answers)', /@lit[\\/]context|context[\\/]provided|provider-wait/],
  ['fetch and store (timeouts, size limit, shared cache, early requests, errors)', /feed[\\/](http|store|early-requests|errors|describe)\.ts|lazy-module/],
  ['body decoding and format detection', /feed[\\/](decode|parse|adapter|readers)\.ts/],
  ['JSON Feed reading (every field checked) and the URL policy', /feed[\\/](json-feed|read|url-policy)\.ts|language-tag/],
  ['text out of feed HTML and entities', /feed[\\/](text|entities)\.ts/],
  ['ranking', /feed[\\/]select/],
  ['widget base: states, events, diagnostics, element definition', /shared[\\/](news-element|news-widget|define|diagnostics|state\.styles)|src[\\/]events\.ts|sanitize[\\/]warn/],
  ['list: rows, skeleton, thumbnails, link parameters, styles', /shared[\\/](article-list|list-skeleton|item-text|image-fit|link-params)/],
  ['the trending element and its styles', /trending-region[\\/]/],
  ['theme: tokens, following the page, dark mode', /theme[\\/]|theme-controller/],
  ['Indonesian and English, dates and numbers', /i18n[\\/]/],
  ['controllers: feed, page state, impressions, shared observer', /controllers[\\/](feed|impression|viewport)|context[\\/]page-state/],
  ['the element module the loader imports', /src[\\/]cdn[\\/]/],
];

/** `[{ feature, gzip }]`, largest first, with the page's total and the sum of the marginals. */
export async function trendingBreakdown() {
  // Vite's own minifier (rolldown comes with Vite), loaded here so a bench without it still runs.
  const { minify } = await import('rolldown/experimental');
  const target = process.env.BUILD_TARGET;
  process.env.BUILD_TARGET = 'esm';
  let result;
  try {
    result = await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { write: false, minify: false, manifest: false, rolldownOptions: { output: { minify: false } } },
    });
  } finally {
    if (target === undefined) delete process.env.BUILD_TARGET;
    else process.env.BUILD_TARGET = target;
  }
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  // The element's module and every chunk it imports statically, as the page downloads them.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const page = new Set();
  const visit = (chunk) => {
    if (!chunk || page.has(chunk)) return;
    page.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  visit(byName.get('elements/trending-region.js'));
  const modules = [];
  // In the build's order (the shared core first): a module's marginal depends on what precedes it.
  for (const chunk of chunks.filter((c) => page.has(c))) {
    for (const [id, { code }] of Object.entries(chunk.modules)) {
      if (code) modules.push({ id, code: (await minify('module.js', code)).code });
    }
  }
  const gzipOf = (list) => gzipBytes(list.map((m) => m.code).join('\n'));
  const total = gzipOf(modules);
  const byFeature = new Map(FEATURES.map(([feature]) => [feature, 0]));
  for (const module of modules) {
    const marginal = total - gzipOf(modules.filter((m) => m !== module));
    const feature = FEATURES.find(([, test]) => test.test(module.id))?.[0] ?? `other: ${relative(process.cwd(), module.id)}`;
    byFeature.set(feature, (byFeature.get(feature) ?? 0) + marginal);
  }
  const rows = [...byFeature].map(([feature, gzip]) => ({ feature, gzip })).sort((a, b) => b.gzip - a.gzip);
  return { rows, total, marginals: rows.reduce((sum, r) => sum + r.gzip, 0) };
}
