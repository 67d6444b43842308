// Sizes the benchmark measures itself: what an npm entry costs before its first `import()`, and
// the JS a page downloads (gzip -9 of every script response body, each file on its own, as a
// gzip server would send it).
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyLiterals } from '../scripts/minify-literals.mjs';
import { litNoGlobals } from '../scripts/lit-no-globals.mjs';

export const gzip9 = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Bundles `entry` with every dependency inside, minified and split as a bundler would: chunks in memory. */
async function splitBundle(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    // The project's own plugins, as in the CDN builds and scripts/size.mjs, so template literals
    // count minified.
    plugins: [minifyLiterals(), litNoGlobals()],
    build: {
      write: false,
      target: 'es2022',
      // Not library mode: Vite keeps whitespace in minified ES libraries, which a bundler of the
      // npm package would not ship.
      minify: true,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: {
        input: { entry },
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

/** The entry chunk and every chunk reachable from it through static imports only. */
function staticClosure(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return [...seen];
}

/**
 * What importing `entry` (e.g. `news-widgets/trending-region.js`) costs a bundled app before any
 * `import()` runs: the entry chunk plus the chunks it imports statically, gzip -9 per file and
 * summed. Dynamic `import()` targets (the sanitizer, the RSS/Atom reader) load later, if ever.
 */
export async function measureEntryBeforeImports(entry) {
  const chunks = await splitBundle(entry);
  const eager = staticClosure(chunks);
  const lazy = chunks.filter((c) => !eager.includes(c));
  return {
    files: eager.length,
    bytes: eager.reduce((sum, c) => sum + Buffer.byteLength(c.code), 0),
    gzip: eager.reduce((sum, c) => sum + gzip9(c.code), 0),
    lazyFiles: lazy.length,
    lazyGzip: lazy.reduce((sum, c) => sum + gzip9(c.code), 0),
  };
}

/**
 * Sums the script responses a page received: `responses` are `{ url, body }` with the raw body
 * bytes. Each is gzipped on its own, since a server compresses each file it sends.
 */
export function sumScripts(responses) {
  return {
    files: responses.length,
    bytes: responses.reduce((sum, r) => sum + r.body.length, 0),
    gzip: responses.reduce((sum, r) => sum + gzip9(r.body), 0),
    urls: responses.map((r) => new URL(r.url).pathname),
  };
}
