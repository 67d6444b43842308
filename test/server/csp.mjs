// Serves any test page under /csp/ with a strict Content-Security-Policy header, the way a
// hardened host page would (see docs/security.md).
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'";

export async function cspMiddleware(ctx, next) {
  await next();
  if (ctx.path.startsWith('/csp/') || ctx.query['strict-csp'] !== undefined) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
}
