// Fault routes for the feed client's tests: real HTTP over the test runner's server, so every
// failure (status codes, bad bodies, slow or endless answers, huge streams) crosses the browser's
// network stack. Routes live under /faults/; everything else passes through.
//
// Any route taking `?key=K` counts its requests (and notes when an unanswered request's connection
// closed) under K; `/faults/count-read?key=K` returns `{ count, closed, times }`. Tests use unique
// keys, so runs in two browsers at once never share a counter.
import { Readable } from 'node:stream';

const counters = new Map();

function counter(key) {
  let entry = counters.get(key);
  if (!entry) counters.set(key, (entry = { count: 0, closed: 0, times: [] }));
  return entry;
}

/** A small valid JSON Feed; `note` ends up in the feed title so tests can tell responses apart. */
export function validFeed(note = '') {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Fault feed${note ? ` ${note}` : ''}`,
    language: 'en',
    items: [
      {
        id: 'f1',
        url: '/news/f1',
        title: 'First',
        content_html: '<p>One</p>',
        date_published: '2025-09-13T08:00:00Z',
        _news: { views: 3 },
      },
      { id: 'f2', title: 'Second', content_text: 'Two', date_published: '2025-09-12T08:00:00Z' },
    ],
  };
}

function noStore(ctx) {
  // Never let the browser's HTTP cache answer: the tests count real requests.
  ctx.set('Cache-Control', 'no-store');
}

function sendFeed(ctx, note) {
  ctx.status = 200;
  ctx.type = 'application/feed+json';
  ctx.body = JSON.stringify(validFeed(note));
}

/** Resolves when the client goes away (or after `ms`, if given). */
function untilClosed(ctx, ms) {
  return new Promise((resolve) => {
    let timer;
    const done = (closed) => {
      clearTimeout(timer);
      ctx.res.off('close', onClose);
      resolve(closed);
    };
    const onClose = () => done(true);
    ctx.res.once('close', onClose);
    // A safety net so a forgotten request cannot hold the server open forever.
    timer = setTimeout(() => done(false), ms ?? 120_000);
  });
}

/** `size` bytes of JSON-looking filler, in 64 KiB chunks, produced only as fast as it is read. */
function bigStream(size) {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Readable({
    read() {
      if (sent === 0) {
        sent = 1;
        this.push('{"version":"x","items":[],"pad":"');
        return;
      }
      if (sent >= size) {
        this.push('"}');
        this.push(null);
        return;
      }
      const n = Math.min(chunk.length, size - sent);
      sent += n;
      this.push(chunk.subarray(0, n));
    },
  });
}

const routes = {
  async status(ctx, [code]) {
    const status = Number(code);
    ctx.status = status >= 200 && status <= 599 ? status : 500;
    const retryAfter = ctx.query['retry-after'];
    if (retryAfter !== undefined) ctx.set('Retry-After', String(retryAfter));
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
  },
  async 404(ctx) {
    ctx.status = 404;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><h1>Not found</h1>';
  },
  // The first `fail` requests (default 1) per key get 503, then a valid feed.
  async '503-then-200'(ctx, _rest, entry) {
    if (entry.count <= Number(ctx.query.fail ?? 1)) {
      ctx.status = 503;
      ctx.body = 'busy';
      return;
    }
    sendFeed(ctx, `after ${entry.count}`);
  },
  // The first request per key gets 429 with Retry-After (seconds, default 1), then a valid feed.
  async 429(ctx, _rest, entry) {
    if (entry.count <= Number(ctx.query.fail ?? 1)) {
      ctx.status = 429;
      ctx.set('Retry-After', String(ctx.query['retry-after'] ?? '1'));
      ctx.body = 'slow down';
      return;
    }
    sendFeed(ctx, `after ${entry.count}`);
  },
  // The first request per key gets a valid feed, every later one 500 (a refresh that fails).
  async 'ok-then-500'(ctx, _rest, entry) {
    if (entry.count > 1) {
      ctx.status = 500;
      ctx.body = 'broken';
      return;
    }
    sendFeed(ctx, `#${entry.count}`);
  },
  async truncated(ctx) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(validFeed()).slice(0, 60);
  },
  async html(ctx) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><head><title>Portal</title></head><body>Hello</body></html>';
  },
  async empty(ctx) {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '';
  },
  async null(ctx) {
    ctx.type = 'application/json';
    ctx.body = 'null';
  },
  // Parses as JSON, but nothing has the right type: neither a JSON Feed nor WordPress.
  async 'wrong-types'(ctx) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version: 1.1, items: { id: 'a' }, title: ['x'] });
  },
  // A JSON Feed whose items all have wrong types.
  async 'bad-items'(ctx) {
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: {} }, 7, null] });
  },
  // `?size=` bytes (default 6 MB). `?length=none` streams without Content-Length (chunked).
  async huge(ctx) {
    const size = Number(ctx.query.size ?? 6 * 1024 * 1024);
    ctx.type = 'application/json';
    ctx.body = bigStream(size);
    // Koa drops Content-Length for stream bodies, so it is set after the body.
    if (ctx.query.length !== 'none') ctx.length = size + '{"version":"x","items":[],"pad":"'.length + 2;
  },
  async never(ctx, _rest, entry) {
    const closed = await untilClosed(ctx);
    if (closed) entry.closed++;
    // Nothing is sent; a status keeps the runner from listing the route as a 404.
    ctx.status = 204;
    ctx.respond = false;
  },
  async slow(ctx, _rest, entry) {
    const closed = await untilClosed(ctx, Number(ctx.query.ms ?? 1000));
    if (closed) {
      entry.closed++;
      ctx.status = 204;
      ctx.respond = false;
      return;
    }
    sendFeed(ctx, `after ${entry.count}`);
  },
  async count(ctx, _rest, entry) {
    sendFeed(ctx, `#${entry.count}`);
  },
  async 'count-read'(ctx) {
    const key = String(ctx.query.key ?? '');
    const { count, closed, times } = counters.get(key) ?? { count: 0, closed: 0, times: [] };
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count, closed, times });
  },
  async reset(ctx) {
    counters.clear();
    ctx.type = 'application/json';
    ctx.body = '{"ok":true}';
  },
};

export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/faults/')) return next();
  const [name, ...rest] = ctx.path.slice('/faults/'.length).split('/');
  const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
  noStore(ctx);
  if (!route) {
    ctx.status = 404;
    ctx.body = `no fault route ${name}`;
    return;
  }
  let entry = { count: 0, closed: 0, times: [] };
  if (name !== 'count-read' && ctx.query.key !== undefined) {
    entry = counter(String(ctx.query.key));
    entry.count++;
    entry.times.push(Date.now());
  }
  await route(ctx, rest, entry);
}
