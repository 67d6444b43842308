// Placeholder; the feed client work replaces this with fault routes.
export async function faultMiddleware(ctx, next) {
  await next();
}
