// Files of this repository for the local servers of the benchmark and the built-bundle checks,
// which the browsers reach over loopback: a URL path maps into the working directory, never out.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

export const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.html': 'text/html',
  '.css': 'text/css',
};

/** The file a URL path names under `root`, with its Content-Type; `undefined` when missing or outside. */
export async function repoFile(urlPath, root = process.cwd()) {
  let file;
  try {
    file = normalize(join(root, decodeURIComponent(urlPath)));
  } catch {
    return undefined; // a malformed %-escape
  }
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return undefined;
  }
}
