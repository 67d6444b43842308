#!/usr/bin/env node
// Size budgets, deterministic: gzip level 9 and brotli, KiB of 1024 bytes (not what Vite prints).
// Per-component figures come from bundling each component's entry alone with its dependencies,
// which is what a page importing only that component pays.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';
import { litNoGlobals } from './lit-no-globals.mjs';

// `max` fails the build: a ratchet set just above today's size, so nothing grows unnoticed.
// `goal` is the performance issue's budget (30 KiB classic, 26 KiB target; 10 KiB trending only),
// reported beside it until the bundles get there; then `max` becomes the goal.
export const BUDGETS = {
  'classic bundle (iife)': { max: 55.5, goal: 30 },
  'trending-region only': { max: 30, goal: 10 },
};

const kib = (bytes) => bytes / 1024;
export const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;
export const brotliBytes = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bundles one entry with every dependency inside, minified, in memory. */
async function bundle(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiterals(), litNoGlobals()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // iife: Vite keeps whitespace in minified ES library output (for pure annotations), which
      // would overstate what a page pays; an IIFE is minified fully.
      lib: { entry, name: 'sizeProbe', formats: ['iife'], fileName: () => 'out.js' },
      rolldownOptions: {
        // The RSS/Atom reader is imported only when a feed is XML: what a page pays up front
        // leaves it out (one file would inline it).
        external: (id) => /[\\/]feed[\\/]xml[\\/]index\.(?:ts|js)$/.test(id),
        output: { codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
}

export async function measureSizes() {
  const rows = [];
  const add = (name, code) => rows.push({ name, bytes: code.length, gzip: gzipBytes(code), brotli: brotliBytes(code) });
  if (existsSync('dist/cdn/news-widgets.iife.js')) add('classic bundle (iife)', readFileSync('dist/cdn/news-widgets.iife.js', 'utf8'));
  if (existsSync('dist/cdn/news-widgets-xml.js')) add('classic: RSS/Atom reader, loaded for XML feeds', readFileSync('dist/cdn/news-widgets-xml.js', 'utf8'));
  if (existsSync('dist/cdn/news-widgets.js')) {
    // The module build: a tiny entry that imports the library chunks; the sanitizer chunk
    // (DOMPurify) loads only when an article body is rendered.
    const chunks = existsSync('dist/cdn/chunks') ? readdirSync('dist/cdn/chunks') : [];
    const read = (names) => names.map((n) => readFileSync(`dist/cdn/chunks/${n}`, 'utf8')).join('\n');
    const lazy = chunks.filter((n) => n.startsWith('sanitize-') || n.startsWith('xml-'));
    add('ES module: entry + eager chunks', readFileSync('dist/cdn/news-widgets.js', 'utf8') + '\n' + read(chunks.filter((n) => !lazy.includes(n))));
    add('ES module: lazy sanitizer chunk', read(lazy.filter((n) => n.startsWith('sanitize-'))));
    add('ES module: lazy RSS/Atom chunk', read(lazy.filter((n) => n.startsWith('xml-'))));
  }
  add('trending-region only', await bundle('src/components/trending-region/trending-region.define.ts'));
  add('news-article only', await bundle('src/components/news-article/news-article.define.ts'));
  add('dark-mode-toggle only', await bundle('src/components/dark-mode-toggle/dark-mode-toggle.define.ts'));
  // The floor: the dependencies alone, written where Node resolution finds node_modules.
  const floorEntry = 'node_modules/.cache/news-widgets-size/floor.js';
  mkdirSync(dirname(floorEntry), { recursive: true });
  writeFileSync(
    floorEntry,
    `import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js';
     import { createContext, ContextProvider, ContextConsumer } from '@lit/context'; import DOMPurify from 'dompurify';
     export { LitElement, html, css, property, state, createContext, ContextProvider, ContextConsumer, DOMPurify };`,
  );
  const floor = await bundle(floorEntry);
  add('floor: Lit + @lit/context + DOMPurify', floor);
  const full = rows.find((r) => r.name === 'classic bundle (iife)');
  const floorRow = rows.at(-1);
  if (full) rows.push({ name: 'our own code (classic - floor)', bytes: full.bytes - floorRow.bytes, gzip: full.gzip - floorRow.gzip, brotli: full.brotli - floorRow.brotli });
  return rows;
}

export function sizeTable(rows) {
  const lines = ['| bundle | minified KiB | gzip -9 KiB | brotli KiB | budget, gzip (goal) |', '|---|---:|---:|---:|---|'];
  for (const r of rows) {
    const b = BUDGETS[r.name];
    const budget = b ? `≤ ${b.max} KiB (goal ${b.goal})` : '';
    lines.push(`| ${r.name} | ${kib(r.bytes).toFixed(1)} | ${kib(r.gzip).toFixed(2)} | ${kib(r.brotli).toFixed(2)} | ${budget} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
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
  if (!existsSync('dist/cdn/news-widgets.iife.js')) {
    console.error('dist/cdn/news-widgets.iife.js is missing: run npm run build');
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}
