/**
 * Four builds from one config, chosen by BUILD_TARGET (scripts/build.mjs runs them all):
 * - `npm`:  dist/**.js, one module per source file, dependencies external (the npm package);
 * - `esm`:  dist/cdn/news-widgets.js, self-contained ES module (DOMPurify and the RSS/Atom reader
 *   split into lazy chunks);
 * - `iife`: dist/cdn/news-widgets.iife.js, a classic script with everything but the RSS/Atom reader;
 * - `xml`:  dist/cdn/news-widgets-xml.js, that reader, which the classic script imports from its
 *   own folder the first time a feed is XML (src/feed/xml-loader.cdn.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { litNoGlobals } from './scripts/lit-no-globals.mjs';
import { NEWS_WIDGETS_MARK } from './src/components/shared/define.js';

const target = process.env.BUILD_TARGET ?? 'npm';
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
  esm: cdnModule('news-widgets', 'src/cdn-module.ts'),
  iife: {
    resolve: {
      // A classic script cannot split: it loads the XML reader as a file of its own.
      alias: { './xml-loader.js': fileURLToPath(new URL('./src/feed/xml-loader.cdn.ts', import.meta.url)) },
    },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry: 'src/cdn.ts', name: 'NewsWidgets', formats: ['iife'], fileName: () => 'news-widgets.iife.js' },
      rolldownOptions: {
        // A second copy of the classic script (or one after the module bundle) skips everything,
        // Lit included: see src/cdn-module.ts for why evaluating Lit twice matters.
        output: { banner: `if(!((self.customElements&&customElements.get('news-provider'))||{}).${NEWS_WIDGETS_MARK}){`, footer: '}' },
      },
    },
  },
  xml: cdnModule('news-widgets-xml', 'src/feed/xml/index.ts'),
};

/** A self-contained ES module for dist/cdn/ (its lazy parts in dist/cdn/chunks/). */
function cdnModule(name: string, entry: string): UserConfig {
  return {
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      // Not library mode: Vite keeps whitespace in minified ES libraries, and a CDN file wants it gone.
      minify: true,
      // No <link rel=modulepreload> injected into the host's <head>: we touch nothing of the page.
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: entry },
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

function componentEntries(): Record<string, string> {
  const tags = ['news-article', 'related-list', 'trending-region', 'dark-mode-toggle', 'news-provider'];
  return Object.fromEntries(tags.map((tag) => [`components/${tag}/${tag}.define`, `src/components/${tag}/${tag}.define.ts`]));
}

export default defineConfig({
  ...configs[target],
  plugins: target === 'npm' ? [minifyLiterals()] : [minifyLiterals(), litNoGlobals()],
});
