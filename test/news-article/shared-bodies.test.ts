// Articles on one page share their sanitized bodies (article-body.ts): the same item in several
// elements is sanitized once and cloned. What must hold whatever is shared: each element has
// nodes of its own, and every input of the sanitizer (the item, its feed URL, embed-hosts) keys
// what is shared, so no element shows a body made for another's options.
import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import { FeedStore } from '../../src/feed/store.js';
import { modelItem, modelStore } from '../shared/model-store.js';
import { guardPageErrors, jsonFeed, jsonResponse, part, ready } from './helpers.js';

const item = {
  id: 'embed',
  title: 'Video',
  content_html:
    '<p><a href="berita/lain">lain</a></p>' +
    '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
};

/** A store that answers every feed URL with a new copy of `items` (new item objects per URL). */
function storeOf(items: unknown[]): FeedStore {
  return new FeedStore({ fetch: async () => jsonResponse(jsonFeed(items)) });
}

describe('<news-article> bodies shared on a page', () => {
  guardPageErrors();

  it('gives every element nodes of its own: changing one body leaves the others as they were', async () => {
    const store = storeOf([item]);
    const host = await fixture<HTMLElement>(
      html`<div>
        <news-article feed="https://feeds.example.com/a/feed.json" .store=${store}></news-article>
        <news-article feed="https://feeds.example.com/a/feed.json" .store=${store}></news-article>
      </div>`,
    );
    const [first, second] = Array.from(host.querySelectorAll<NewsArticle>('news-article'));
    await Promise.all([ready(first!), ready(second!)]);
    const [a, b] = [part(first!, 'body')!, part(second!, 'body')!];
    expect(a.innerHTML).to.equal(b.innerHTML);
    // An element's body changed in place (a page script, an extension) must not reach the copy
    // the next element of that article is made from.
    a.querySelector('a')!.remove();
    const third = document.createElement('news-article') as NewsArticle;
    third.store = store;
    third.feed = 'https://feeds.example.com/a/feed.json';
    host.append(third);
    await ready(third);
    expect(part(third, 'body')!.innerHTML).to.equal(b.innerHTML);
    expect(part(third, 'body')!.querySelector('a')?.getAttribute('href')).to.equal(
      'https://feeds.example.com/a/berita/lain',
    );
  });

  it('sanitizes the same item again for other embed-hosts', async () => {
    const store = storeOf([item]);
    const host = await fixture<HTMLElement>(
      html`<div>
        <news-article
          feed="https://feeds.example.com/b/feed.json"
          embed-hosts="www.youtube-nocookie.com"
          .store=${store}
        ></news-article>
        <news-article feed="https://feeds.example.com/b/feed.json" .store=${store}></news-article>
      </div>`,
    );
    const [allowing, plain] = Array.from(host.querySelectorAll<NewsArticle>('news-article'));
    await Promise.all([ready(allowing!), ready(plain!)]);
    expect(part(allowing!, 'body')!.querySelectorAll('iframe').length).to.equal(1);
    expect(part(plain!, 'body')!.querySelectorAll('iframe').length).to.equal(0);
  });

  it('resolves relative URLs against each element\u2019s own feed URL, for the same item', async () => {
    // One item object for every feed URL (a model store), so only the key tells the bodies apart.
    const store = modelStore([modelItem({ id: 'embed', title: 'Video', contentHtml: item.content_html })]);
    const host = await fixture<HTMLElement>(
      html`<div>
        <news-article feed="https://feeds.example.com/c/feed.json" .store=${store}></news-article>
        <news-article feed="https://other.example.org/d/feed.json" .store=${store}></news-article>
      </div>`,
    );
    const [c, d] = Array.from(host.querySelectorAll<NewsArticle>('news-article'));
    await Promise.all([ready(c!), ready(d!)]);
    expect(part(c!, 'body')!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://feeds.example.com/c/berita/lain',
    );
    expect(part(d!, 'body')!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://other.example.org/d/berita/lain',
    );
  });
});
