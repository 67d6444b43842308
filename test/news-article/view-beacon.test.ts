import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import {
  guardPageErrors,
  interceptBeacons,
  jsonFeed,
  ready,
  seedItem,
  sleep,
  storeWith,
  uniqueKey,
} from './helpers.js';

/** Longer than the one-second dwell, with room for a busy machine's timers. */
const PAST_DWELL = 1600;

const feed = () => storeWith(jsonFeed([seedItem({ id: 'seed' }), seedItem({ id: 'other' })]));

/** A loaded article with a view endpoint, three screens below the top of the page. */
async function articleBelowTheFold(): Promise<NewsArticle> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <div class="spacer"></div>
      <news-article
        feed="/virtual/beacon.json"
        article-id="seed"
        view-endpoint=${`/views/${uniqueKey()}`}
        .store=${feed()}
      ></news-article>
    </div>`,
  );
  wrapper.querySelector<HTMLElement>('.spacer')!.style.height = `${window.innerHeight * 3}px`;
  const el = wrapper.querySelector('news-article')!;
  await ready(el);
  return el;
}

describe('<news-article> view-endpoint', () => {
  guardPageErrors();
  const calls = interceptBeacons();

  it('sends one beacon with the article id once the article has been visible for a second', async () => {
    const endpoint = `/views/${uniqueKey()}`;
    const el = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/beacon.json"
        article-id="seed"
        view-endpoint=${endpoint}
        .store=${feed()}
      ></news-article>`,
    );
    await ready(el);
    await waitUntil(() => calls.length > 0, 'a beacon should be sent', { timeout: 5000 });
    expect(calls.length).to.equal(1);
    expect(calls[0]!.url).to.equal(new URL(endpoint, location.href).href);
    // A string body: sent as text/plain;charset=UTF-8, so a cross-origin endpoint needs no preflight.
    expect(typeof calls[0]!.data).to.equal('string');
    expect(JSON.parse(calls[0]!.data as string)).to.deep.equal({ id: 'seed' });

    await sleep(PAST_DWELL);
    expect(calls.length, 'still one beacon').to.equal(1);
  });

  it('counts an article once per page view, even when the element is re-created', async () => {
    const endpoint = `/views/${uniqueKey()}`;
    const first = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/beacon.json"
        article-id="seed"
        view-endpoint=${endpoint}
        .store=${feed()}
      ></news-article>`,
    );
    await ready(first);
    await waitUntil(() => calls.length === 1, 'the first beacon', { timeout: 5000 });
    first.remove();

    const again = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/beacon.json"
        article-id="seed"
        view-endpoint=${endpoint}
        .store=${feed()}
      ></news-article>`,
    );
    await ready(again);
    await sleep(PAST_DWELL);
    expect(calls.length).to.equal(1);

    // Another article on the same endpoint is another read.
    again.articleId = 'other';
    await waitUntil(() => calls.length === 2, 'a beacon for the other article', { timeout: 5000 });
    expect(JSON.parse(calls[1]!.data as string)).to.deep.equal({ id: 'other' });
  });

  it('sends nothing while the article stays below the fold, and counts it once scrolled into view', async () => {
    const el = await articleBelowTheFold();
    await sleep(PAST_DWELL);
    expect(calls.length, 'nothing sent while not visible').to.equal(0);

    el.scrollIntoView({ block: 'start' });
    await waitUntil(() => calls.length === 1, 'a beacon once visible', { timeout: 5000 });
    window.scrollTo(0, 0);
  });

  it('does not count a glimpse shorter than a second', async () => {
    const el = await articleBelowTheFold();
    // Scrolled past: visible for one frame or two, then gone again.
    el.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.scrollTo(0, 0);
    await sleep(PAST_DWELL);
    expect(calls.length).to.equal(0);
  });

  it('never sends anything without view-endpoint', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article feed="/virtual/beacon.json" article-id="seed" .store=${feed()}></news-article>`,
    );
    await ready(el);
    await sleep(PAST_DWELL);
    expect(calls.length).to.equal(0);
  });

  for (const endpoint of ['javascript:alert(1)', 'data:text/plain,x', 'ftp://example.com/views']) {
    it(`ignores a non-http(s) endpoint: ${endpoint}`, async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/beacon.json"
          article-id="seed"
          view-endpoint=${endpoint}
          .store=${feed()}
        ></news-article>`,
      );
      await ready(el);
      await sleep(PAST_DWELL);
      expect(calls.length).to.equal(0);
    });
  }

  it('does not count while the feed failed', async () => {
    const endpoint = `/views/${uniqueKey()}`;
    const store = storeWith({ not: 'a feed' });
    const el = await fixture<NewsArticle>(
      html`<news-article feed="/virtual/bad.json" view-endpoint=${endpoint} .store=${store}></news-article>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]') !== null);
    await sleep(PAST_DWELL);
    expect(calls.length).to.equal(0);
  });
});
