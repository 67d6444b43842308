import { expect } from '@open-wc/testing';
import { FeedStore, getDefaultStore } from '../../src/feed/store.js';
import type { NewsFeed } from '../../src/feed/types.js';
import {
  abs,
  captureWarnings,
  guardPageErrors,
  readCounter,
  rejection,
  uniqueKey,
  waitForCounter,
} from './helpers.js';

/** A store with short backoff, so retry tests stay quick. */
function makeStore(options: ConstructorParameters<typeof FeedStore>[0] = {}): FeedStore {
  return new FeedStore({ backoffMs: 50, ...options });
}

function nextTask(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('FeedStore', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  describe('loading', () => {
    it('loads and parses a feed, resolving relative URLs against the feed URL', async () => {
      const key = uniqueKey();
      const feed = await makeStore().load(`/faults/count?key=${key}`);
      expect(feed.format).to.equal('json-feed');
      expect(feed.items.map((item) => item.id)).to.deep.equal(['f1', 'f2']);
      expect(feed.items[0]!.url).to.equal(abs('/news/f1'));
    });

    it('makes one request for many loads of the same URL, in flight and cached', async () => {
      const key = uniqueKey();
      const store = makeStore();
      const url = `/faults/count?key=${key}`;
      const feeds = await Promise.all(Array.from({ length: 10 }, () => store.load(url)));
      expect(new Set(feeds).size).to.equal(1);
      // The same URL written differently (absolute, with a fragment) is the same feed.
      const again = await store.load(`${abs(url)}#top`);
      expect(again).to.equal(feeds[0]);
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('loads different URLs independently', async () => {
      const store = makeStore({ retries: 0 });
      const good = store.load(`/faults/count?key=${uniqueKey()}`);
      const bad = store.load(`/faults/404?key=${uniqueKey()}`);
      expect((await rejection(bad)).code).to.equal('http');
      expect((await good).items).to.have.length(2);
    });

    it("rejects a missing or non-http(s) feed URL with 'no-feed'", async () => {
      const store = makeStore();
      expect((await rejection(store.load(''))).code).to.equal('no-feed');
      expect((await rejection(store.load('javascript:alert(1)'))).code).to.equal('no-feed');
      expect((await rejection(store.load('http://['))).code).to.equal('no-feed');
    });

    it('uses the lazily created default store', () => {
      expect(getDefaultStore()).to.equal(getDefaultStore());
      expect(getDefaultStore()).to.be.instanceOf(FeedStore);
    });
  });

  describe('HTTP failures and retries', () => {
    it("gives 'http' with the status for a 404, without retrying", async () => {
      const key = uniqueKey();
      const error = await rejection(makeStore().load(`/faults/404?key=${key}`));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.message).to.match(/^HTTP 404 (Not Found )?from http/);
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('retries a 500 twice, then gives the error', async () => {
      const key = uniqueKey();
      const error = await rejection(makeStore().load(`/faults/status/500?key=${key}`));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(500);
      expect((await readCounter(key)).count).to.equal(3);
    });

    it('succeeds when a 503 is followed by a 200', async () => {
      const key = uniqueKey();
      const feed = await makeStore().load(`/faults/503-then-200?key=${key}`);
      expect(feed.title).to.equal('Fault feed after 2');
      expect((await readCounter(key)).count).to.equal(2);
    });

    it('honours Retry-After on a 429 before trying again', async () => {
      const key = uniqueKey();
      const feed = await makeStore({ backoffMs: 1 }).load(`/faults/429?retry-after=1&key=${key}`);
      expect(feed.title).to.equal('Fault feed after 2');
      const { count, times } = await readCounter(key);
      expect(count).to.equal(2);
      // A lower bound only: the client must not have retried before the server said it could.
      expect(times[1]! - times[0]!).to.be.at.least(900);
    });

    it('gives the error at once when Retry-After reaches past the deadline', async () => {
      const key = uniqueKey();
      const store = makeStore({ deadlineMs: 2_000 });
      const error = await rejection(store.load(`/faults/status/503?retry-after=60&key=${key}`));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(503);
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('does not cache a failure: the next load tries again', async () => {
      const key = uniqueKey();
      const store = makeStore({ retries: 0 });
      const url = `/faults/503-then-200?key=${key}`;
      expect((await rejection(store.load(url))).status).to.equal(503);
      expect(store.peek(url)).to.equal(undefined);
      expect((await store.load(url)).items).to.have.length(2);
      expect((await readCounter(key)).count).to.equal(2);
    });

    it("gives 'network' when the server cannot be reached", async () => {
      const error = await rejection(makeStore({ retries: 0 }).load('http://127.0.0.1:9/feed.json'));
      expect(error.code).to.equal('network');
    });
  });

  describe('bad bodies', () => {
    it("gives 'parse' for truncated JSON", async () => {
      const error = await rejection(makeStore().load(`/faults/truncated?key=${uniqueKey()}`));
      expect(error.code).to.equal('parse');
      expect(error.message).to.contain(
        "expected a JSON, RSS or Atom feed but got application/json starting with '{",
      );
    });

    it("gives 'parse' for HTML, naming the content type and how it starts", async () => {
      const error = await rejection(makeStore().load(`/faults/html?key=${uniqueKey()}`));
      expect(error.code).to.equal('parse');
      expect(error.message).to.contain(
        "expected a JSON, RSS or Atom feed but got text/html starting with '<!doctype html>",
      );
    });

    it("gives 'parse' for an empty body", async () => {
      const error = await rejection(makeStore().load(`/faults/empty?key=${uniqueKey()}`));
      expect(error.code).to.equal('parse');
      expect(error.message).to.contain('expected a JSON, RSS or Atom feed but the response body was empty');
    });

    it("gives 'invalid-feed' for null, wrong types and a feed of only bad items", async () => {
      const store = makeStore();
      for (const route of ['null', 'wrong-types', 'bad-items']) {
        const error = await rejection(store.load(`/faults/${route}?key=${uniqueKey()}`));
        expect(error.code, route).to.equal('invalid-feed');
      }
      expect(warnings.filter((w) => w.includes('skipped feed item'))).to.have.length(3);
    });

    it("gives 'too-large' for a body over the limit declared by Content-Length", async () => {
      const key = uniqueKey();
      const error = await rejection(makeStore().load(`/faults/huge?key=${key}`));
      expect(error.code).to.equal('too-large');
      expect(error.message).to.contain('Content-Length');
      expect((await readCounter(key)).count).to.equal(1);
    });

    it("gives 'too-large' for a streamed body without Content-Length", async () => {
      const error = await rejection(
        makeStore({ maxBytes: 100_000 }).load(`/faults/huge?length=none&size=1000000&key=${uniqueKey()}`),
      );
      expect(error.code).to.equal('too-large');
      expect(error.message).to.contain('more than 100000 bytes arrived');
    });
  });

  describe('time limits', () => {
    it("gives 'timeout' when an attempt gets no answer in time", async () => {
      const key = uniqueKey();
      const error = await rejection(
        makeStore({ timeoutMs: 300, retries: 0 }).load(`/faults/never?key=${key}`),
      );
      expect(error.code).to.equal('timeout');
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('ends a load with an error by the deadline, even with a longer timeout', async () => {
      const key = uniqueKey();
      const store = makeStore({ timeoutMs: 10_000, retries: 2, deadlineMs: 1_500 });
      const start = Date.now();
      const error = await rejection(store.load(`/faults/never?key=${key}`));
      expect(error.code).to.equal('timeout');
      // Without the deadline this would take 10 s per attempt; the bound is loose on purpose.
      expect(Date.now() - start).to.be.below(9_000);
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('starts no attempt that the deadline would cut off', async () => {
      const key = uniqueKey();
      const store = makeStore({ timeoutMs: 400, retries: 10, backoffMs: 1, deadlineMs: 1_500 });
      const error = await rejection(store.load(`/faults/never?key=${key}`));
      expect(error.code).to.equal('timeout');
      // Each attempt lasts at least its 400 ms timeout: at most four fit in 1.5 s.
      const { count } = await readCounter(key);
      expect(count).to.be.within(2, 4);
    });
  });

  describe('aborting', () => {
    it("rejects with 'aborted' for an already aborted signal, without a request", async () => {
      const key = uniqueKey();
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(
        makeStore().load(`/faults/count?key=${key}`, { signal: controller.signal }),
      );
      expect(error.code).to.equal('aborted');
      expect((await readCounter(key)).count).to.equal(0);
    });

    it('aborts the request only when every waiting caller has aborted', async () => {
      const key = uniqueKey();
      const store = makeStore();
      const url = `/faults/never?key=${key}`;
      const first = new AbortController();
      const second = new AbortController();
      const a = store.load(url, { signal: first.signal });
      const b = store.load(url, { signal: second.signal });
      await waitForCounter(key, (c) => c.count === 1);

      first.abort();
      expect((await rejection(a)).code).to.equal('aborted');
      await nextTask(100);
      expect((await readCounter(key)).closed, 'still open for the second caller').to.equal(0);

      second.abort();
      expect((await rejection(b)).code).to.equal('aborted');
      const counter = await waitForCounter(key, (c) => c.closed === 1);
      expect(counter.count).to.equal(1);
    });

    it('lets a caller without a signal keep the shared request', async () => {
      const key = uniqueKey();
      const store = makeStore();
      const url = `/faults/slow?ms=300&key=${key}`;
      const controller = new AbortController();
      const aborted = store.load(url, { signal: controller.signal });
      const kept = store.load(url);
      controller.abort();
      expect((await rejection(aborted)).code).to.equal('aborted');
      expect((await kept).items).to.have.length(2);
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('starts afresh after an aborted request', async () => {
      const key = uniqueKey();
      const store = makeStore();
      const url = `/faults/slow?ms=300&key=${key}`;
      const controller = new AbortController();
      const first = store.load(url, { signal: controller.signal });
      controller.abort();
      expect((await rejection(first)).code).to.equal('aborted');
      expect((await store.load(url)).items).to.have.length(2);
    });
  });

  describe('cache time, revalidation and refresh', () => {
    it('returns the stale feed at once and revalidates in the background', async () => {
      const key = uniqueKey();
      const store = makeStore({ cacheTtlMs: 1 });
      const url = `/faults/count?key=${key}`;
      const fresh: NewsFeed[] = [];
      const unsubscribe = store.subscribe(url, (feed) => fresh.push(feed));
      const first = await store.load(url);
      expect(first.title).to.equal('Fault feed #1');
      await nextTask(20);

      const stale = await store.load(url);
      expect(stale).to.equal(first);
      while (fresh.length < 2) await nextTask(20);
      expect(fresh.map((feed) => feed.title)).to.deep.equal(['Fault feed #1', 'Fault feed #2']);
      expect(store.peek(url)?.title).to.equal('Fault feed #2');
      expect((await readCounter(key)).count).to.equal(2);
      unsubscribe();
    });

    it('serves from the cache within the per-call cache time', async () => {
      const key = uniqueKey();
      const store = makeStore({ cacheTtlMs: 1 });
      const url = `/faults/count?key=${key}`;
      await store.load(url);
      await nextTask(20);
      await store.load(url, { cacheTtlMs: 60_000 });
      expect((await readCounter(key)).count).to.equal(1);
    });

    it('logs a failed background revalidation and keeps the stale feed', async () => {
      const key = uniqueKey();
      const store = makeStore({ cacheTtlMs: 1, retries: 0 });
      const url = `/faults/ok-then-500?key=${key}`;
      const first = await store.load(url);
      await nextTask(20);
      expect(await store.load(url)).to.equal(first);
      while (!warnings.some((w) => w.includes('background refresh'))) await nextTask(20);
      expect(store.peek(url)).to.equal(first);
    });

    it('refresh() fetches anew and notifies subscribers', async () => {
      const key = uniqueKey();
      const store = makeStore();
      const url = `/faults/count?key=${key}`;
      const seen: string[] = [];
      store.subscribe(url, (feed) => seen.push(feed.title ?? ''));
      await store.load(url);
      const refreshed = await store.refresh(url);
      expect(refreshed.title).to.equal('Fault feed #2');
      expect(seen).to.deep.equal(['Fault feed #1', 'Fault feed #2']);
      expect(store.peek(url)).to.equal(refreshed);
    });

    it('refresh() with maxAgeMs takes a feed fetched that recently, and asks once it is older', async () => {
      const key = uniqueKey();
      const store = makeStore();
      const url = `/faults/count?key=${key}`;
      const first = await store.load(url);
      // A second list's tick, a moment after the first list's request: no request of its own.
      expect(await store.refresh(url, { maxAgeMs: 5_000 })).to.equal(first);
      expect((await readCounter(key)).count).to.equal(1);
      await nextTask(60);
      const fresh = await store.refresh(url, { maxAgeMs: 50 });
      expect(fresh.title).to.equal('Fault feed #2');
      expect((await readCounter(key)).count).to.equal(2);
    });

    it('refresh() rejects on failure and keeps the last good feed', async () => {
      const key = uniqueKey();
      const store = makeStore({ retries: 0 });
      const url = `/faults/ok-then-500?key=${key}`;
      const good = await store.load(url);
      const error = await rejection(store.refresh(url));
      expect(error.status).to.equal(500);
      expect(store.peek(url)).to.equal(good);
      expect(await store.load(url)).to.equal(good);
    });

    it('asks the server, past the HTTP cache, on refresh()', async () => {
      const modes: (RequestCache | undefined)[] = [];
      const fetchFn = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
        modes.push(init?.cache);
        return Promise.resolve(
          new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] })),
        );
      };
      const store = makeStore({ fetch: fetchFn as typeof fetch });
      await store.load('/injected/feed.json');
      await store.refresh('/injected/feed.json');
      expect(modes).to.deep.equal([undefined, 'no-cache']);
    });

    it('keeps a throwing listener from breaking the others', async () => {
      const store = makeStore();
      const url = `/faults/count?key=${uniqueKey()}`;
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        let called = false;
        store.subscribe(url, () => {
          throw new Error('listener bug');
        });
        store.subscribe(url, () => {
          called = true;
        });
        await store.load(url);
        expect(called).to.equal(true);
        expect(errors).to.have.length(1);
      } finally {
        console.error = original;
      }
    });

    it('keeps at most maxEntries feeds, dropping the least recently used', async () => {
      const store = makeStore({ maxEntries: 2 });
      const [a, b, c] = [1, 2, 3].map(() => `/faults/count?key=${uniqueKey()}`) as [string, string, string];
      await store.load(a);
      await store.load(b);
      await store.load(a);
      await store.load(c);
      expect(store.peek(a)).to.not.equal(undefined);
      expect(store.peek(b)).to.equal(undefined);
      expect(store.peek(c)).to.not.equal(undefined);
    });
  });
});
