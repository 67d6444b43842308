// The JS a page downloads, as the benchmark measures it from the network: gzip -9 of every script
// response body, each file on its own, as a gzip server would send it. (What an npm entry costs
// before its first `import()` is scripts/size.mjs's measureEntryBeforeImports.)
import { gzipBytes } from '../scripts/size.mjs';

/**
 * Sums the script responses a page received: `responses` are `{ url, body }` with the raw body
 * bytes. Each is gzipped on its own, since a server compresses each file it sends.
 */
export function sumScripts(responses) {
  return {
    files: responses.length,
    bytes: responses.reduce((sum, r) => sum + r.body.length, 0),
    gzip: responses.reduce((sum, r) => sum + gzipBytes(r.body), 0),
    urls: responses.map((r) => new URL(r.url).pathname),
  };
}
