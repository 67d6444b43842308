#!/usr/bin/env node
// Size budgets, deterministic: gzip level 9 and brotli, KiB of 1024 bytes (not what Vite prints).
// Pages: the files of dist/cdn/ a page downloads (the loader, then each element's module and the
// chunks it imports, from the build's module graph), each gzipped on its own as a server sends it.
// npm: the entry bundled as an app's bundler would, counted before any import().
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';
import { litNoGlobals } from './lit-no-globals.mjs';
import { ELEMENTS, KEPT_MANIFEST, staticFiles } from './cdn-graph.mjs';

// Budgets, gzip -9 KiB. `limit` and `goal` are the weight issue's (#15) hard limit and goal;
// `max` fails the build: the hard limit, or while a row is still above it a ratchet just above
// today's size, so nothing grows unnoticed on the way down.
export const BUDGETS = {
  'page with one <trending-region>': { max: 29.3, limit: 16, goal: 12 },
  'seed page (toggle, article and its sanitizer, related, trending)': { max: 57.3, limit: 36, goal: 30 },
  'npm news-widgets/trending-region.js before any import()': { max: 29.1, limit: 14, goal: 12 },
};

const kib = (bytes) => bytes / 1024;
export const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;
export const brotliBytes = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Bundles one entry with every dependency inside, minified, in memory: one file (`split: false`),
 * or an ES module and its chunks, as an app's bundler splits it. Library mode, with whitespace
 * minified too (Vite keeps it in ES libraries): no preload helper, nothing but our code and Lit.
 * `npm`: as the npm package is built (Lit as published, without the CDN's litNoGlobals).
 */
async function bundle(entry, { split = false, npm = false } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: npm ? [minifyLiterals()] : [minifyLiterals(), litNoGlobals()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, name: 'sizeProbe', formats: [split ? 'es' : 'iife'], fileName: () => 'out.js' },
      rolldownOptions: { output: split ? { minify: true } : { codeSplitting: false } },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

/**
 * What importing `entry` (e.g. `news-widgets/trending-region.js`) costs a bundled app before any
 * `import()` runs: the entry chunk and the chunks it imports statically, each gzipped, summed.
 * Dynamic `import()` targets (the sanitizer, the readers) load later, if ever.
 */
export async function measureEntryBeforeImports(entry) {
  const chunks = await bundle(entry, { split: true, npm: true });
  // The same walk as the CDN's module graph, over this bundle's chunks.
  const graph = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, { file: chunk.fileName, imports: chunk.imports }]));
  const seen = new Set();
  const eagerFiles = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => staticFiles(graph, chunk.fileName, seen)));
  const eager = chunks.filter((chunk) => eagerFiles.has(chunk.fileName));
  const lazy = chunks.filter((chunk) => !eagerFiles.has(chunk.fileName));
  const sum = (list, size) => list.reduce((total, chunk) => total + size(chunk.code), 0);
  return {
    files: eager.length,
    bytes: sum(eager, Buffer.byteLength),
    gzip: sum(eager, gzipBytes),
    brotli: sum(eager, brotliBytes),
    lazyFiles: lazy.length,
    lazyGzip: sum(lazy, gzipBytes),
  };
}

/**
 * What a page downloads: files of dist/cdn/, each gzipped on its own (a server compresses each
 * file it sends), summed.
 */
function files(names) {
  const row = { bytes: 0, gzip: 0, brotli: 0, files: names.length };
  for (const name of names) {
    const code = readFileSync(`dist/cdn/${name}`);
    row.bytes += code.length;
    row.gzip += gzipBytes(code);
    row.brotli += brotliBytes(code);
  }
  return row;
}

export async function measureSizes() {
  const rows = [];
  const add = (name, row) => rows.push({ name, ...row });
  const manifest = JSON.parse(readFileSync(KEPT_MANIFEST, 'utf8'));
  const loader = 'news-widgets.iife.js';
  const element = (name) => staticFiles(manifest, `src/cdn/${name}.ts`);
  const union = (...lists) => [...new Set(lists.flat())];
  add('classic script: the loader', files([loader]));
  add('page with one <trending-region>', files(union([loader], element('trending-region'))));
  add(
    'seed page (toggle, article and its sanitizer, related, trending)',
    files(
      union(
        [loader],
        ...['dark-mode-toggle', 'news-article', 'related-list', 'trending-region'].map(element),
        staticFiles(manifest, 'src/sanitize/index.ts'),
      ),
    ),
  );
  const npm = await measureEntryBeforeImports('src/components/trending-region/trending-region.define.ts');
  add('npm news-widgets/trending-region.js before any import()', npm);
  add('module entry: news-widgets.js, every element', files(union(['news-widgets.js'], staticFiles(manifest, 'src/define.ts'))));
  // Every part loaded on demand, on its own (what it adds when a page first needs it).
  const eager = new Set(ELEMENTS.flatMap(element));
  // A part meant to load on demand that the build put into a chunk its importer loads anyway
  // (vite.config.ts's core chunk) loads with every page.
  for (const [key, entry] of Object.entries(manifest)) {
    const loaded = new Set(staticFiles(manifest, key));
    const merged = (entry.dynamicImports ?? []).filter((target) => loaded.has(manifest[target].file));
    if (merged.length > 0)
      throw new Error(`${entry.file} imports ${merged.join(', ')} on demand, but it is in an eager chunk: add it to ON_DEMAND in vite.config.ts`);
  }
  for (const [key, entry] of Object.entries(manifest)) {
    if (!entry.isDynamicEntry) continue;
    add(`lazy part: ${entry.name ?? key}`, files(staticFiles(manifest, key).filter((f) => !eager.has(f))));
  }
  // The floor: Lit alone, written where Node resolution finds node_modules.
  const floorEntry = 'node_modules/.cache/news-widgets-size/floor.js';
  mkdirSync(dirname(floorEntry), { recursive: true });
  writeFileSync(
    floorEntry,
    `import { LitElement, html, css } from 'lit'; export { LitElement, html, css };`,
  );
  const [{ code: floor }] = await bundle(floorEntry);
  add('floor: Lit alone', { bytes: floor.length, gzip: gzipBytes(floor), brotli: brotliBytes(floor), files: 1 });
  return rows;
}

export function sizeTable(rows) {
  const lines = [
    '| what | files | minified KiB | gzip -9 KiB | brotli KiB | budget, gzip (hard limit, goal) |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const b = BUDGETS[r.name];
    const budget = b ? `≤ ${b.max} KiB (${b.limit}, ${b.goal})` : '';
    const brotli = r.brotli ? kib(r.brotli).toFixed(2) : '';
    lines.push(`| ${r.name} | ${r.files ?? 1} | ${kib(r.bytes).toFixed(1)} | ${kib(r.gzip).toFixed(2)} | ${brotli} | ${budget} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync('dist/cdn/news-widgets.iife.js') || !existsSync(KEPT_MANIFEST)) {
    console.error('dist/cdn/ or its module graph is missing: run npm run build');
    process.exit(1);
  }
  const rows = await measureSizes();
  console.log(sizeTable(rows));
  let failed = false;
  for (const r of rows) {
    const b = BUDGETS[r.name];
    if (b && kib(r.gzip) > b.max) {
      console.error(`SIZE BUDGET EXCEEDED: ${r.name} is ${kib(r.gzip).toFixed(2)} KiB gzip, budget ${b.max} KiB`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
