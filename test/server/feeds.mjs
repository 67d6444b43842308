// Real feed documents exactly as their publishers' servers send them: `/feeds/<file>` answers
// with the bytes of test/fixtures/real/<file>, untouched. The runner's own static server reads
// text files as UTF-8 and would turn an ISO-8859-1 or windows-1251 feed into replacement
// characters before the browser saw it.
//
// `?type=` sets the Content-Type (servers send RSS as text/html, text/plain...); without it the
// type is what a typical server derives from the extension, without a charset.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const TYPES = {
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/json',
};

export async function feedsMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/feeds/')) return next();
  const file = basename(ctx.path);
  let body;
  try {
    body = await readFile(join(ROOT, file));
  } catch {
    ctx.status = 404;
    return undefined;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Type', ctx.query.type ?? TYPES[file.split('.').pop()] ?? 'application/octet-stream');
  ctx.body = body;
  return undefined;
}
