import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/news-article/news-article.define.js';
import '../../src/components/news-provider/news-provider.define.js';
import '../../src/components/related-list/related-list.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { NewsProvider } from '../../src/components/news-provider/news-provider.js';
import { RelatedList } from '../../src/components/related-list/related-list.js';
import type { NewsItem } from '../../src/feed/types.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import type { NewsClickDetail, NewsImpressionDetail } from '../../src/events.js';
import type { NewsLoadDetail } from '../../src/events.js';
import { FeedStore } from '../../src/feed/store.js';
import {
  EMPTY,
  RELATED,
  TRENDING,
  expectAccessible,
  part,
  parts,
  settled,
  shownIds,
  storeWith,
  themedFixture,
  titles,
  until,
  untilRendered,
  guardPageErrors,
} from './helpers.js';

/** The related ranking of the fixture's article "main", everything included. */
const MAIN_RELATED = [
  'r-explicit-2', // `_news.related`, in editorial order ("missing-id" is not in the feed, "main" is itself)
  'r-explicit-1',
  'tag2', // two shared tags: 6
  'tag1cat', // a shared tag and the category: 5
  'cat-region', // category and region: 4
  'tag1', // one shared tag ("balikpapan", case-insensitive): 3
  'region-b', // region only: 2, newer...
  'region-a', // ...than this one (its region written "kalimantan  TIMUR")
  'newest-unrelated', // then the newest of the rest
  'second',
  'older-unrelated',
];

/** Counts how often the list ranks a feed. */
class CountingRelatedList extends RelatedList {
  rankings = 0;
  protected override rank(items: readonly NewsItem[]): NewsItem[] {
    this.rankings++;
    return super.rank(items);
  }
}
CountingRelatedList.define('counting-related-list');

describe('<related-list>', () => {
  guardPageErrors();

  describe('ranking', () => {
    it('lists the related ids first, then shared tags, category and region, then the newest', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          limit="20"
        ></related-list>`,
      );
      await settled(el);
      expect(shownIds(el)).to.deep.equal(MAIN_RELATED);
    });

    it('never lists the article itself', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="tag2"
          limit="50"
        ></related-list>`,
      );
      await settled(el);
      expect(shownIds(el)).to.not.include('tag2');
      expect(shownIds(el)).to.have.length(11);
    });

    it('shows 5 by default and honours limit', async () => {
      // Each on its own store: lists on one page do not repeat each other's entries.
      const five = await fixture<RelatedList>(
        html`<related-list .store=${new FeedStore()} feed=${RELATED} article-id="main"></related-list>`,
      );
      const three = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          limit="3"
        ></related-list>`,
      );
      const invalid = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          limit="zero"
        ></related-list>`,
      );
      await Promise.all([settled(five), settled(three), settled(invalid)]);
      expect(shownIds(five)).to.deep.equal(MAIN_RELATED.slice(0, 5));
      expect(shownIds(three)).to.deep.equal(MAIN_RELATED.slice(0, 3));
      expect(shownIds(invalid)).to.deep.equal(MAIN_RELATED.slice(0, 5));
    });

    it('lists the newest articles when there is no article to relate to', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list .store=${new FeedStore()} feed=${RELATED} limit="3"></related-list>`,
      );
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['newest-unrelated', 'second', 'main']);
    });

    it('relates to the article shown under the same provider, and follows it when it changes', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${RELATED} .store=${new FeedStore()}>
          <related-list limit="2"></related-list>
        </news-provider>`,
      );
      const el = provider.querySelector('related-list')!;
      provider.pageState.setArticle(provider, 'main');
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['r-explicit-2', 'r-explicit-1']);
      provider.pageState.setArticle(provider, 'tag1cat');
      await Promise.resolve(); // page state changes are announced in a microtask
      await el.updateComplete;
      expect(shownIds(el)).to.not.include('tag1cat');
      // tag1cat shares "Pertamina" with main and tag2 (3 each) plus "Ekonomi" with main and cat-region (2).
      expect(shownIds(el)).to.deep.equal(['main', 'tag2']);
    });

    it('relates to the first of two articles on the page, and to the other once it leaves', async () => {
      // Two articles under one provider used to write the page's article in turns, each change
      // re-rendering both: the page froze.
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${RELATED} .store=${new FeedStore()}>
          <news-article article-id="tag1cat"></news-article>
          <news-article article-id="main"></news-article>
          <related-list limit="2"></related-list>
        </news-provider>`,
      );
      const [first, second] = Array.from(provider.querySelectorAll('news-article'));
      const el = provider.querySelector('related-list')!;
      await until(() => first!.items.length === 1 && second!.items.length === 1, 'articles not shown');
      await settled(el);
      expect(provider.pageState.articleId).to.equal('tag1cat');
      // Related to tag1cat, without main: the page shows it too (no list offers an article on the page).
      await until(() => shownIds(el).join() === 'tag2,cat-region', 'not related to the first article');
      first!.remove();
      expect(provider.pageState.articleId).to.equal('main');
      await until(
        () => shownIds(el).join() === 'r-explicit-2,r-explicit-1',
        'not related to the second article',
      );
    });

    it('prefers its own article-id over the page article', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${RELATED} .store=${new FeedStore()}>
          <related-list article-id="main" limit="1"></related-list>
        </news-provider>`,
      );
      provider.pageState.setArticle(provider, 'tag1');
      const el = provider.querySelector('related-list')!;
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['r-explicit-2']);
    });

    it('ranks a feed once per set of options, not on every render', async () => {
      const el = await fixture<CountingRelatedList>(
        html`<counting-related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
        ></counting-related-list>`,
      );
      await settled(el);
      expect(el.rankings).to.equal(1);
      const row = parts(el, 'item')[0];
      el.heading = 'Lainnya';
      el.locale = 'en';
      el.limit = 3;
      el.layout = 'compact';
      await el.updateComplete;
      expect(el.items.map((item) => item.id)).to.deep.equal(MAIN_RELATED.slice(0, 3));
      expect(el.rankings).to.equal(1);
      expect(parts(el, 'item')[0]).to.equal(row);
      el.articleId = 'tag1';
      await el.updateComplete;
      expect(el.rankings).to.equal(2);
      el.articleId = 'main';
      await el.updateComplete;
      expect(el.rankings).to.equal(2);
    });
  });

  describe('entries', () => {
    it('shows the heading, linked titles as text and the date and time in Indonesian', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="r-explicit-1"
          limit="20"
        ></related-list>`,
      );
      await settled(el);
      expect(part(el, 'heading')!.tagName).to.equal('H2');
      expect(part(el, 'heading')!.textContent).to.equal('Baca Lainnya');
      const index = shownIds(el).indexOf('newest-unrelated');
      const entry = parts(el, 'item')[index]!;
      expect(entry.querySelector('[part~="title"]')!.textContent).to.equal(
        'Paguyuban Putu Warok Ponorogo Tarakan Rayakan HUT Ke-5',
      );
      const time = entry.querySelector<HTMLTimeElement>('time[part~="date"]')!;
      expect(time.textContent!.trim()).to.equal('14 September 2025 - 08:41');
      expect(new Date(time.dateTime).toISOString()).to.equal('2025-09-14T00:41:00.000Z');
      const link = entry.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
      expect(link.href).to.equal('https://example.com/berita/newest-unrelated');
      // Feed text stays text, even when it looks like markup.
      const second = parts(el, 'item')[shownIds(el).indexOf('second')]!;
      expect(second.querySelector('[part~="title"]')!.textContent).to.equal(
        'Artikel kedua tanpa tautan terkait <b>bukan HTML</b> & Co',
      );
      expect(second.querySelector('b')).to.equal(null);
    });

    it("marks titles with the feed's language where the UI speaks another", async () => {
      const store = new FeedStore();
      const list = (locale: string) =>
        fixture<RelatedList>(
          html`<related-list
            .store=${store}
            feed=${RELATED}
            article-id="r-explicit-1"
            locale=${locale}
          ></related-list>`,
        );
      const english = await list('en');
      const indonesian = await list('id-ID');
      await Promise.all([settled(english), settled(indonesian)]);
      const title = (el: RelatedList) => el.shadowRoot!.querySelector('[part~="title"]')!;
      expect(title(english).getAttribute('lang')).to.equal('id');
      // The list says its own UI language, whatever the page around it speaks.
      expect(part(english, 'list')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      // The date beside it is in the UI locale, outside the marked title.
      expect(
        english.shadowRoot!.querySelector('[part~="date"]')!.closest('[lang]')!.getAttribute('lang'),
      ).to.equal('en');
      expect(title(indonesian).hasAttribute('lang')).to.equal(false);
    });

    it("lays out each title in its own direction, whatever the page's", async () => {
      const { store } = storeWith([
        {
          version: 'https://jsonfeed.org/version/1.1',
          items: [
            {
              id: 'id',
              title: 'Warga berolahraga di Tepian Mahakam.',
              date_published: '2025-09-14T08:41:00+08:00',
            },
            { id: 'ar', title: 'أخبار المنطقة اليوم.', date_published: '2025-09-13T08:41:00+08:00' },
          ],
        },
      ]);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl">
          <related-list .store=${store} feed="https://feeds.example/mixed.json"></related-list>
        </div>`,
      );
      const el = wrapper.querySelector('related-list')!;
      await settled(el);
      const direction = (id: string) =>
        getComputedStyle(parts(el, 'item')[shownIds(el).indexOf(id)]!.querySelector('[part~="title"]')!)
          .direction;
      // An Indonesian title on a right-to-left page keeps its full stop at its end.
      expect(direction('id')).to.equal('ltr');
      expect(direction('ar')).to.equal('rtl');
    });

    it('speaks English when asked', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list .store=${new FeedStore()} feed=${RELATED} locale="en" limit="20"></related-list>`,
      );
      await settled(el);
      expect(part(el, 'heading')!.textContent).to.equal('Read more');
      expect(part(el, 'date')!.textContent!.trim()).to.equal('September 14, 2025 - 08:41');
    });

    it('lets the page replace the heading and its level, or hide it', async () => {
      const store = new FeedStore();
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${store}
          feed=${RELATED}
          heading="Berita Terkait"
          heading-level="3"
        ></related-list>`,
      );
      await settled(el);
      const heading = part(el, 'heading')!;
      expect(heading.tagName).to.equal('H3');
      expect(heading.textContent).to.equal('Berita Terkait');
      expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);

      const hidden = await fixture<RelatedList>(
        html`<related-list .store=${store} feed=${RELATED} heading=""></related-list>`,
      );
      await settled(hidden);
      expect(part(hidden, 'heading')).to.equal(null);
      expect(part(hidden, 'list')!.getAttribute('aria-label')).to.equal('Baca Lainnya');
      await expectAccessible(hidden);
    });

    it('shows no thumbnails in the list layout unless asked', async () => {
      const store = new FeedStore();
      const plain = await fixture<RelatedList>(
        html`<related-list .store=${store} feed=${RELATED}></related-list>`,
      );
      const withThumbs = await fixture<RelatedList>(
        html`<related-list .store=${store} feed=${RELATED} thumbnails></related-list>`,
      );
      await Promise.all([settled(plain), settled(withThumbs)]);
      expect(plain.layout).to.equal('list');
      expect(parts(plain, 'thumbnail')).to.have.length(0);
      // The five newest, of which "second" has no image (and so no thumbnail).
      expect(parts(withThumbs, 'item')).to.have.length(5);
      expect(parts(withThumbs, 'thumbnail')).to.have.length(4);
    });

    it('shows lazy thumbnails with a reserved box in the grid layout', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          layout="grid"
          limit="20"
        ></related-list>`,
      );
      await settled(el);
      expect(el.getAttribute('layout')).to.equal('grid');
      const thumbs = parts(el, 'thumbnail');
      // Every entry but "cat-region" and "second", which have no image.
      expect(thumbs).to.have.length(MAIN_RELATED.length - 2);
      const img = thumbs[0] as HTMLImageElement;
      expect(img.tagName).to.equal('IMG');
      expect(img.getAttribute('src')).to.equal('https://example.com/img/r2.jpg');
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      expect(img.alt).to.equal('');
      expect(img.getAttribute('width')).to.equal('160');
      expect(img.getAttribute('height')).to.equal('90');
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      expect(Math.abs(box.width / box.height - 16 / 9)).to.be.lessThan(0.05);
      // An article without an image has no image area (no empty box).
      const noImage = parts(el, 'item')[MAIN_RELATED.indexOf('cat-region')]!;
      expect(noImage.dataset.newsId).to.equal('cat-region');
      expect(noImage.querySelector('[part~="thumbnail"]')).to.equal(null);
    });

    it('reflects the layout and lays the compact variant out tighter than the list', async () => {
      const store = new FeedStore();
      const list = await fixture<RelatedList>(
        html`<related-list .store=${store} feed=${RELATED}></related-list>`,
      );
      const compact = await fixture<RelatedList>(
        html`<related-list .store=${store} feed=${RELATED} layout="compact"></related-list>`,
      );
      await Promise.all([settled(list), settled(compact)]);
      expect(compact.getAttribute('layout')).to.equal('compact');
      const pad = (el: Element) => parseFloat(getComputedStyle(parts(el, 'item')[0]!).paddingTop);
      expect(pad(compact)).to.be.lessThan(pad(list));
    });

    it('fires news-load with the items shown', async () => {
      const el = document.createElement('related-list');
      el.store = new FeedStore();
      el.feed = RELATED;
      el.articleId = 'main';
      el.limit = 2;
      const loaded = oneEvent(el, 'news-load');
      document.body.append(el);
      try {
        const event = (await loaded) as CustomEvent<NewsLoadDetail>;
        expect(event.detail.items.map((item) => item.id)).to.deep.equal(['r-explicit-2', 'r-explicit-1']);
        expect(event.bubbles && event.composed).to.equal(true);
      } finally {
        el.remove();
      }
    });
  });

  describe('attribution', () => {
    it('appends link-params to every link, keeping existing queries and encoding values', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'q',
            url: 'https://example.com/berita/q?page=2#komentar',
            title: 'Q',
            date_published: '2025-09-02T10:00:00Z',
          },
          {
            id: 'p',
            url: 'https://example.com/berita/p',
            title: 'P',
            date_published: '2025-09-01T10:00:00Z',
          },
        ],
      };
      const { store } = storeWith([feed]);
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${store}
          feed="https://feeds.example/q.json"
          link-params=${'utm_source=mitra kita&utm_campaign=a&b=c=d&utm_medium=widget'}
        ></related-list>`,
      );
      await settled(el);
      const [q, p] = parts<HTMLAnchorElement>(el, 'link');
      const first = new URL(q!.href);
      expect(first.searchParams.get('page')).to.equal('2');
      expect(first.searchParams.get('utm_source')).to.equal('mitra kita');
      expect(first.searchParams.get('utm_campaign')).to.equal('a');
      expect(first.searchParams.get('b')).to.equal('c=d');
      expect(first.searchParams.get('utm_medium')).to.equal('widget');
      expect(first.hash).to.equal('#komentar');
      expect(q!.href).to.equal(
        'https://example.com/berita/q?page=2&utm_source=mitra+kita&utm_campaign=a&b=c%3Dd&utm_medium=widget#komentar',
      );
      expect(p!.href).to.equal(
        'https://example.com/berita/p?utm_source=mitra+kita&utm_campaign=a&b=c%3Dd&utm_medium=widget',
      );
    });

    it('encodes an ampersand inside a value', async () => {
      const { store } = storeWith([
        {
          version: 'https://jsonfeed.org/version/1.1',
          items: [{ id: 'x', url: 'https://example.com/x', title: 'X' }],
        },
      ]);
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${store}
          feed="https://feeds.example/x.json"
          link-params="utm_content=a%26b c"
        ></related-list>`,
      );
      await settled(el);
      const href = part<HTMLAnchorElement>(el, 'link')!.href;
      expect(href).to.equal('https://example.com/x?utm_content=a%26b+c');
      expect(new URL(href).searchParams.get('utm_content')).to.equal('a&b c');
    });

    it('fires news-click with the id, position and link on click, on Enter and on a middle click', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          link-params="utm_source=t"
        ></related-list>`,
      );
      await settled(el);
      const clicks: NewsClickDetail[] = [];
      el.addEventListener('news-click', (event) =>
        clicks.push((event as CustomEvent<NewsClickDetail>).detail),
      );
      // Keep the test page where it is.
      el.addEventListener('click', (event) => event.preventDefault());
      const links = parts<HTMLAnchorElement>(el, 'link');
      links[2]!.click();
      links[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => clicks.length === 2, 'Enter did not activate the link');
      // A middle click opens a new tab and fires auxclick, not click; a right click opens a menu.
      const aux = (button: number) => new MouseEvent('auxclick', { button, bubbles: true, composed: true });
      links[1]!.dispatchEvent(aux(2));
      links[1]!.dispatchEvent(aux(1));
      expect(clicks).to.deep.equal([
        { id: 'tag2', position: 3, url: 'https://example.com/berita/tag2?utm_source=t' },
        { id: 'r-explicit-2', position: 1, url: 'https://example.com/berita/r-explicit-2?utm_source=t' },
        { id: 'r-explicit-1', position: 2, url: 'https://example.com/berita/r-explicit-1?utm_source=t' },
      ]);
    });

    it('fires news-click as a bubbling, composed event', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list .store=${new FeedStore()} feed=${RELATED}></related-list>`,
      );
      await settled(el);
      el.addEventListener('click', (event) => event.preventDefault());
      const heard = oneEvent(document, 'news-click');
      parts<HTMLAnchorElement>(el, 'link')[1]!.click();
      const event = (await heard) as CustomEvent<NewsClickDetail>;
      expect(event.target).to.equal(el);
      expect(event.detail.position).to.equal(2);
    });

    it('fires news-impression once per entry when it scrolls into view', async function () {
      // The list far below the fold.
      const el = await fixture<RelatedList>(
        html`<related-list
          class="below-fold"
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          limit="3"
        ></related-list>`,
      );
      try {
        const seen: NewsImpressionDetail[] = [];
        el.addEventListener('news-impression', (event) =>
          seen.push((event as CustomEvent<NewsImpressionDetail>).detail),
        );
        window.scrollTo(0, 0);
        await settled(el);
        // Off screen: nothing yet.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(seen).to.deep.equal([]);
        parts(el, 'item')[0]!.scrollIntoView({ block: 'center' });
        await untilRendered(this, () => seen.length === 3, 'impressions did not arrive');
        expect([...seen].sort((a, b) => a.position - b.position)).to.deep.equal([
          { id: 'r-explicit-2', position: 1 },
          { id: 'r-explicit-1', position: 2 },
          { id: 'tag2', position: 3 },
        ]);
        // Away and back: no second impression.
        window.scrollTo(0, 0);
        await new Promise((resolve) => setTimeout(resolve, 150));
        parts(el, 'item')[0]!.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(seen).to.have.length(3);
      } finally {
        window.scrollTo(0, 0);
      }
    });
  });

  describe('exclude-shown', () => {
    it('skips articles shown by widgets earlier under the same provider', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${RELATED} .store=${new FeedStore()}>
          <related-list class="first" article-id="main" limit="3"></related-list>
          <related-list class="second" article-id="main" limit="3" exclude-shown></related-list>
          <related-list class="third" article-id="main" limit="3" exclude-shown="false"></related-list>
        </news-provider>`,
      );
      const [first, second, third] = Array.from(provider.querySelectorAll('related-list'));
      await Promise.all([settled(first!), settled(second!), settled(third!)]);
      await second!.updateComplete;
      expect(shownIds(first!)).to.deep.equal(['r-explicit-2', 'r-explicit-1', 'tag2']);
      expect(shownIds(second!)).to.deep.equal(['tag1cat', 'cat-region', 'tag1']);
      // With exclude-shown="false", a widget shows its own ranking.
      expect(shownIds(third!)).to.deep.equal(['r-explicit-2', 'r-explicit-1', 'tag2']);
    });

    it('follows widgets above it that load later or change', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${TRENDING} .store=${new FeedStore()}>
          <trending-region limit="2"></trending-region>
          <related-list feed=${TRENDING} limit="3" exclude-shown></related-list>
        </news-provider>`,
      );
      const trending = provider.querySelector<TrendingRegion>('trending-region')!;
      const related = provider.querySelector('related-list')!;
      await Promise.all([settled(trending), settled(related)]);
      await related.updateComplete;
      // Trending shows u1 and k2 (most read); related (newest) skips them.
      expect(shownIds(trending)).to.deep.equal(['u1', 'k2']);
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'sulawesi']);
      trending.limit = 1;
      await trending.updateComplete;
      await related.updateComplete;
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'sulawesi']);
      trending.region = 'Sulawesi Selatan';
      await trending.updateComplete;
      await related.updateComplete;
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'u1']);
    });
  });

  describe('states and accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible while loading, ready, empty and failed (${theme})`, async () => {
        const { store: never } = storeWith(['never']);
        const loading = await themedFixture<RelatedList>(
          theme,
          html`<related-list
            data-news-theme=${theme}
            .store=${never}
            feed="https://feeds.example/slow.json"
          ></related-list>`,
        );
        expect(loading.getAttribute('aria-busy')).to.equal('true');
        const skeleton = part(loading, 'skeleton')!;
        expect(skeleton).to.not.equal(null);
        expect(skeleton.querySelectorAll('.item')).to.have.length(5);
        await expectAccessible(loading);

        const store = new FeedStore({ retries: 0 });
        const ready = await themedFixture<RelatedList>(
          theme,
          html`<related-list
            data-news-theme=${theme}
            .store=${store}
            feed=${RELATED}
            layout="grid"
          ></related-list>`,
        );
        await settled(ready);
        await expectAccessible(ready);

        const empty = await themedFixture<RelatedList>(
          theme,
          html`<related-list data-news-theme=${theme} .store=${store} feed=${EMPTY}></related-list>`,
        );
        await settled(empty);
        expect(part(empty, 'empty')!.textContent).to.equal('Belum ada artikel untuk ditampilkan.');
        await expectAccessible(empty);

        const { store: failing } = storeWith([404]);
        const failed = await themedFixture<RelatedList>(
          theme,
          html`<related-list
            data-news-theme=${theme}
            .store=${failing}
            feed="https://feeds.example/gone.json"
            locale="en"
          ></related-list>`,
        );
        await settled(failed);
        expect(part(failed, 'error')!.querySelector('p')!.textContent).to.equal(
          'The news feed was not found.',
        );
        // A missing feed stays missing: no retry control.
        expect(part(failed, 'retry')).to.equal(null);
        await expectAccessible(failed);
      });
    }

    it('uses the dark palette with data-news-theme="dark"', async () => {
      const store = new FeedStore();
      const light = await fixture<RelatedList>(
        html`<related-list data-news-theme="light" .store=${store} feed=${RELATED}></related-list>`,
      );
      const dark = await themedFixture<RelatedList>(
        'dark',
        html`<related-list data-news-theme="dark" .store=${store} feed=${RELATED}></related-list>`,
      );
      await Promise.all([settled(light), settled(dark)]);
      const color = (el: Element) => getComputedStyle(part(el, 'title')!).color;
      expect(color(light)).to.equal('rgb(26, 28, 32)');
      expect(color(dark)).to.equal('rgb(236, 238, 241)');
    });

    it('keeps the skeleton rows the size of the loaded rows', async () => {
      const { store } = storeWith(['never']);
      const loading = await fixture<RelatedList>(
        html`<related-list
          style="width: 320px"
          .store=${store}
          feed="https://feeds.example/slow.json"
          limit="3"
          thumbnails
        ></related-list>`,
      );
      const ready = await fixture<RelatedList>(
        html`<related-list
          style="width: 320px"
          .store=${new FeedStore()}
          feed=${RELATED}
          article-id="main"
          limit="3"
          thumbnails
        ></related-list>`,
      );
      await settled(ready);
      const box = (el: Element | null | undefined) => {
        const rect = el!.getBoundingClientRect();
        return { width: Math.round(rect.width), height: Math.round(rect.height) };
      };
      const bone = part(loading, 'skeleton')!;
      const boneRows = Array.from(bone.querySelectorAll('.item'));
      const rows = parts(ready, 'item');
      expect(boneRows).to.have.length(rows.length);
      // The same boxes: heading, thumbnail, date line, row padding.
      expect(box(bone.querySelector('.heading-bone')).height).to.equal(box(part(ready, 'heading')).height);
      expect(box(boneRows[0]!.querySelector('.thumb'))).to.deep.equal(box(part(ready, 'thumbnail')));
      expect(box(boneRows[0]!.querySelector('.date'))).to.deep.equal(box(part(ready, 'date')));
      expect(getComputedStyle(boneRows[0]!).paddingTop).to.equal(getComputedStyle(rows[0]!).paddingTop);
      // The title bone wraps like a typical title: several lines in this narrow column...
      const titleStyle = getComputedStyle(part(ready, 'title')!);
      const line = parseFloat(titleStyle.lineHeight);
      const boneTitle = () => box(boneRows[0]!.querySelector('.title')).height;
      expect(boneTitle()).to.be.at.least(2 * line - 1);
      // ...and one line in a wide one.
      loading.style.width = '1100px';
      expect(boneTitle()).to.be.closeTo(line, 1);
    });

    it('gives the skeleton no wider minimum than the loaded list (grid columns keep their share)', async () => {
      // A 1fr grid track grows to its item's min-content width: a skeleton wider there than the
      // list it stands for widens its column while loading, and every column moves when the list
      // replaces it (a layout shift in the benchmark's 4-column grid).
      const { store } = storeWith(['never']);
      const minContent = (el: Element) => el.getBoundingClientRect().width;
      const loading = await fixture<HTMLDivElement>(
        html`<div style="inline-size: min-content">
          <related-list .store=${store} feed="https://feeds.example/slow.json" limit="3"></related-list>
        </div>`,
      );
      const ready = await fixture<HTMLDivElement>(
        html`<div style="inline-size: min-content">
          <related-list .store=${new FeedStore()} feed=${RELATED} article-id="main" limit="3"></related-list>
        </div>`,
      );
      await settled(ready.firstElementChild as RelatedList);
      // A skeleton is there, with a width of its own (no skeleton would be "no wider" too).
      expect(loading.firstElementChild!.shadowRoot!.querySelector('[part~="skeleton"] .bones')).to.not.equal(
        null,
      );
      expect(minContent(ready)).to.be.greaterThan(50);
      expect(minContent(loading)).to.be.within(1, minContent(ready) + 0.5);
    });

    it('keeps the bones under a fallback while loading: the fallback shows, the size stays reserved', async () => {
      const { store: never } = storeWith(['never', 'never']);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <related-list .store=${never} feed="https://feeds.example/slow.json"></related-list>
          <related-list .store=${never} feed="https://feeds.example/slow.json"
            ><a href="https://example.com/indeks">Indeks berita</a></related-list
          >
        </div>`,
      );
      const [bare, withFallback] = Array.from(wrapper.querySelectorAll('related-list'));
      await until(() => part(withFallback!, 'skeleton') !== null);
      const link = withFallback!.querySelector('a')!;
      expect(link.getBoundingClientRect().height).to.be.above(0);
      expect(link.checkVisibility()).to.equal(true);
      const bones = part(withFallback!, 'skeleton')!.querySelector<HTMLElement>('.bones')!;
      expect(getComputedStyle(bones).visibility).to.equal('hidden');
      // As tall as the same list's skeleton without a fallback: the content will fit that box.
      const height = (el: Element) => el.getBoundingClientRect().height;
      expect(height(bare!)).to.be.above(100);
      expect(height(withFallback!)).to.be.closeTo(height(bare!), 1);
    });

    it('keeps the host fallback visible while loading and on error', async () => {
      const { store } = storeWith([404]);
      const el = await fixture<RelatedList>(
        html`<related-list .store=${store} feed="https://feeds.example/gone.json">
          <a href="https://example.com/indeks">Indeks berita</a>
        </related-list>`,
      );
      await settled(el);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()).to.have.length(1);
      expect(titles(el)).to.deep.equal([]);
    });
  });
});
