/**
 * Three builds from one config, chosen by BUILD_TARGET (scripts/build.mjs runs them in this order):
 * - `npm`:  dist/**.js, one module per source file, dependencies external (the npm package);
 * - `esm`:  dist/cdn/: the module entry `news-widgets.js`, one module per element in `elements/`
 *   (what the classic script's loader imports) and their shared and lazy chunks in `chunks/`;
 * - `iife`: dist/cdn/news-widgets.iife.js, the classic script: a small loader (src/cdn/loader.ts)
 *   that imports the elements a page uses from its own folder. It is built after `esm`, whose
 *   module graph (which chunks each element imports) it carries, to import them in parallel.
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { litNoGlobals } from './scripts/lit-no-globals.mjs';
import { CDN_MANIFEST, ELEMENTS, staticFiles } from './scripts/cdn-graph.mjs';

const target = process.env.BUILD_TARGET ?? 'npm';
/** What widgets share, in the CDN build's shared chunk (what only one element uses stays in its own)... */
const CORE =
  /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](lazy-module|language-tag|memo)\.ts$|src[\\/](components[\\/]shared|controllers|context|feed|i18n|theme)[\\/]/;
/** ...but for the parts of those folders loaded on demand (targets of `import()`), which stay files of their own. */
const ON_DEMAND = /src[\\/](feed[\\/](xml|wordpress|http-retry)|controllers[\\/](view-beacon|live-refresh)|theme[\\/]theme-store|components[\\/]shared[\\/]console-diagnostics)/;
const inCore = (id: string): boolean => CORE.test(id) && !ON_DEMAND.test(id);
const isDependency = (id: string) => /^(lit|@lit|lit-html|lit-element|dompurify)(\/|$)/.test(id);

const npmEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  classes: 'src/classes.ts',
  'feed/index': 'src/feed/index.ts',
  'i18n/index': 'src/i18n/index.ts',
  'theme/index': 'src/theme/index.ts',
};

const configs: Record<string, UserConfig> = {
  npm: {
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      lib: { entry: npmEntries, formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        input: { ...npmEntries, ...componentEntries() },
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  },
  esm: {
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      // The module graph, for the loader and the size budgets (scripts/cdn-graph.mjs); not shipped.
      manifest: CDN_MANIFEST,
      // Library mode: Vite then adds no preload helper to dynamic imports (it would put <link>
      // elements into the host's <head> and fire events on its window).
      lib: { entry: cdnEntries(), formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'strict',
        // Minified whitespace too: Vite's library mode keeps it, and a CDN file wants it gone.
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Few files: every file is a request and compresses on its own. What widgets share
          // (Lit, the feed client, the states) is one chunk, `core`: a module counts as shared
          // when at least two elements use it (three entries: the module entry imports every
          // element too). What one element alone uses goes into that element's own chunk.
          codeSplitting: { groups: [{ name: 'core', test: inCore, minShareCount: 3 }] },
        },
      },
    },
  },
  iife: {
    define: { __NEWS_WIDGETS_PARTS__: target === 'iife' ? JSON.stringify(loaderParts()) : 'undefined' },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: 'src/cdn/loader.ts', name: 'NewsWidgets', formats: ['iife'], fileName: () => 'news-widgets.iife.js' },
    },
  },
};

/** The module entry and one module per element (what the loader imports). */
function cdnEntries(): Record<string, string> {
  const elements = ELEMENTS.map((name) => [`elements/${name}`, `src/cdn/${name}.ts`]);
  return { 'news-widgets': 'src/cdn-module.ts', ...Object.fromEntries(elements) };
}

/** Per element, the files the loader imports: written by the `esm` build, which runs first. */
function loaderParts(): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(`dist/cdn/${CDN_MANIFEST}`, 'utf8'));
  return Object.fromEntries(ELEMENTS.map((name) => [name, staticFiles(manifest, `src/cdn/${name}.ts`)]));
}

function componentEntries(): Record<string, string> {
  return Object.fromEntries(ELEMENTS.map((tag) => [`components/${tag}/${tag}.define`, `src/components/${tag}/${tag}.define.ts`]));
}

export default defineConfig({
  ...configs[target],
  plugins: target === 'npm' ? [minifyLiterals()] : [minifyLiterals(), litNoGlobals()],
});
