import { expect } from '@open-wc/testing';
import { feedUrlKey, useEarlyRequests, type EarlyRequest } from '../../src/feed/early-requests.js';
import { fetchFeedBody } from '../../src/feed/http.js';
import { FeedStore } from '../../src/feed/store.js';
import { guardPageErrors, rejection } from './helpers.js';

// The classic script's loader requests the feeds it sees before the element code arrives; the
// store's first attempt takes that request (src/feed/early-requests.ts). Real requests to this
// test server throughout.
const FEED = new URL('/test/fixtures/feed-basic.json', location.href).href;
/** The page's fetch, for the requests the "loader" starts: not counted below. */
const loaderFetch = window.fetch.bind(window);

/** Counts the requests the page's own `fetch` makes from now on (fetchFeedBody looks it up per call). */
function countFetches(): { count: () => number; restore: () => void } {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input, init) => {
    count++;
    return original(input, init);
  };
  return { count: () => count, restore: () => (window.fetch = original) };
}

/** Offers one early request for `url`; records how often it was taken and whether it was aborted. */
function offer(url: string, response: () => Promise<Response>) {
  const record = { taken: 0, aborted: false };
  useEarlyRequests((asked): EarlyRequest | undefined => {
    if (asked !== url || record.taken > 0) return undefined;
    record.taken++;
    return { response: response(), abort: () => (record.aborted = true) };
  });
  return record;
}

describe('early requests (the loader starts the feed request)', () => {
  guardPageErrors();
  let fetches: ReturnType<typeof countFetches>;
  beforeEach(() => (fetches = countFetches()));
  afterEach(() => {
    fetches.restore();
    useEarlyRequests(() => undefined);
  });

  it('the first attempt takes the early request and sends none of its own', async () => {
    const early = loaderFetch(FEED);
    const record = offer(FEED, () => early);
    const body = await fetchFeedBody(FEED);
    expect(record.taken).to.equal(1);
    expect(fetches.count()).to.equal(0);
    expect((body as { json: { title: string } }).json.title).to.be.a('string');
  });

  it('a failed early request is retried with a request of its own', async () => {
    const record = offer(FEED, () => Promise.reject(new TypeError('Failed to fetch')));
    const body = await fetchFeedBody(FEED, { backoffMs: 1 });
    expect(record.taken).to.equal(1);
    expect(fetches.count()).to.equal(1);
    expect('json' in body).to.equal(true);
  });

  it('an explicit refresh (no-cache) and a custom fetch ask the server themselves', async () => {
    const record = offer(FEED, () => loaderFetch(FEED));
    await fetchFeedBody(FEED, { cache: 'no-cache' });
    await fetchFeedBody(FEED, { fetch: (input, init) => loaderFetch(input, init) });
    expect(record.taken).to.equal(0);
    expect(fetches.count()).to.equal(1); // the custom fetch went around the counter
  });

  it('an attempt that times out aborts the early request it took', async () => {
    const record = offer(FEED, () => new Promise<Response>(() => undefined));
    const error = await rejection(fetchFeedBody(FEED, { timeoutMs: 50, retries: 0 }));
    expect(error.code).to.equal('timeout');
    expect(record.aborted).to.equal(true);
  });

  it("the store's first load of the URL takes it, however many widgets ask", async () => {
    const early = loaderFetch(FEED);
    const record = offer(FEED, () => early);
    const store = new FeedStore();
    const [a, b] = await Promise.all([store.load(FEED), store.load(FEED)]);
    expect(a).to.equal(b);
    expect(a.items.length).to.be.greaterThan(0);
    expect(record.taken).to.equal(1);
    expect(fetches.count()).to.equal(0);
  });

  it('a feed URL written with a fragment or spaces finds the request (one key for loader and store)', async () => {
    const early = loaderFetch(FEED);
    const record = offer(FEED, () => early);
    const feed = await new FeedStore().load(` ${FEED}#top `);
    expect(feed.items.length).to.be.greaterThan(0);
    expect(record.taken).to.equal(1);
    expect(fetches.count()).to.equal(0);
    expect(feedUrlKey('/test/fixtures/feed-basic.json#x')).to.equal(FEED);
    expect(feedUrlKey('javascript:alert(1)')).to.equal(undefined);
  });

  it('another URL is not given the early request', async () => {
    const record = offer(FEED, () => loaderFetch(FEED));
    await fetchFeedBody(`${FEED}?other`);
    expect(record.taken).to.equal(0);
    expect(fetches.count()).to.equal(1);
  });
});
