import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/news-provider/news-provider.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import type { NewsProvider } from '../../src/components/news-provider/news-provider.js';
import type { NewsImpressionDetail } from '../../src/events.js';
import type { NewsErrorDetail } from '../../src/events.js';
import { FeedStore } from '../../src/feed/store.js';
import {
  EMPTY,
  NO_VIEWS,
  TRENDING,
  WORDPRESS,
  jsonFeed,
  loadJson,
  expectAccessible,
  laidOut,
  part,
  parts,
  resetVisibility,
  settled,
  setVisibility,
  shownIds,
  sleep,
  storeWith,
  themedFixture,
  titles,
  until,
  untilRendered,
  guardPageErrors,
} from './helpers.js';

const DAY = 86_400_000;

/** A feed whose items were published `daysAgo` days before now. */
function recentFeed(): object {
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
  return jsonFeed([
    { id: 'today', title: 'Hari ini', date_published: at(0.1), _news: { region: 'Jawa Timur', views: 10 } },
    {
      id: 'three-days',
      title: 'Tiga hari',
      date_published: at(3),
      _news: { region: 'Jawa Timur', views: 500 },
    },
    {
      id: 'ten-days',
      title: 'Sepuluh hari',
      date_published: at(10),
      _news: { region: 'Jawa Timur', views: 9000 },
    },
    { id: 'undated', title: 'Tanpa tanggal', _news: { region: 'Jawa Timur', views: 99999 } },
  ]);
}

/** Items for live tests: `ids` in ranking order (views descending). */
function ranking(ids: string[], note = ''): object {
  return jsonFeed(
    ids.map((id, index) => ({
      id,
      url: `https://example.com/berita/${id}`,
      title: `Berita ${id}${note}`,
      date_published: '2025-09-13T10:00:00+08:00',
      _news: { region: 'Kalimantan Timur', views: 1000 - index },
    })),
  );
}

/** A live list on `store`, re-fetching every `refresh` seconds. */
function liveList(store: FeedStore, refresh: string, locale?: string): Promise<TrendingRegion> {
  return fixture<TrendingRegion>(
    html`<fast-trending-region
      .store=${store}
      feed="https://feeds.example/live.json"
      refresh=${refresh}
      locale=${locale ?? nothing}
    ></fast-trending-region>`,
  );
}

describe('<trending-region>', () => {
  // Reset first: a failing guard would skip the hooks registered after it.
  afterEach(() => resetVisibility());
  guardPageErrors();

  describe('ranking', () => {
    it('ranks a region by read count, ties newest first, missing counts last', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${TRENDING}
          region="Kalimantan Timur"
        ></trending-region>`,
      );
      await settled(el);
      // k2 300; k3 and k1 100 each (k3 newer); k4 has no count (0). Regions are written in three cases.
      expect(shownIds(el)).to.deep.equal(['k2', 'k3', 'k1', 'k4']);
    });

    it('matches regions without regard to case or accents', async () => {
      // Side by side to compare rankings: each on its own store, else the later would skip the
      // earlier's entries, as lists on one page do.
      const plain = await fixture<TrendingRegion>(
        html`<trending-region .store=${new FeedStore()} feed=${TRENDING} region="bali"></trending-region>`,
      );
      const accented = await fixture<TrendingRegion>(
        html`<trending-region .store=${new FeedStore()} feed=${TRENDING} region="BALÍ"></trending-region>`,
      );
      const spaced = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${TRENDING}
          region="  KALIMANTAN   utara "
        ></trending-region>`,
      );
      await Promise.all([settled(plain), settled(accented), settled(spaced)]);
      expect(shownIds(plain)).to.deep.equal(['bali-plain', 'bali-accent']);
      expect(shownIds(accented)).to.deep.equal(['bali-plain', 'bali-accent']);
      expect(shownIds(spaced)).to.deep.equal(['u1']);
    });

    it('ranks every item without a region, 5 by default, and honours limit', async () => {
      // Side by side to compare rankings: each on its own store, else the later would skip the
      // earlier's entries, as lists on one page do.
      const all = await fixture<TrendingRegion>(
        html`<trending-region .store=${new FeedStore()} feed=${TRENDING}></trending-region>`,
      );
      const two = await fixture<TrendingRegion>(
        html`<trending-region .store=${new FeedStore()} feed=${TRENDING} limit="2"></trending-region>`,
      );
      await Promise.all([settled(all), settled(two)]);
      expect(shownIds(all)).to.deep.equal(['u1', 'k2', 'k3', 'k1', 'bali-plain']);
      expect(shownIds(two)).to.deep.equal(['u1', 'k2']);
    });

    it('lists newest first when the feed has no read counts', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${NO_VIEWS}
          region="Jawa Timur"
        ></trending-region>`,
      );
      await settled(el);
      expect(shownIds(el)).to.deep.equal(['n2', 'n3', 'n1']);
    });

    it('counts only recent articles with since-days', async () => {
      // Each on its own store: lists on one page do not repeat each other's entries.
      const store = () => storeWith([recentFeed()]).store;
      const week = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${store()}
          feed="https://feeds.example/recent.json"
          since-days="7"
        ></trending-region>`,
      );
      const always = await fixture<TrendingRegion>(
        html`<trending-region .store=${store()} feed="https://feeds.example/recent.json"></trending-region>`,
      );
      const invalid = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${store()}
          feed="https://feeds.example/recent.json"
          since-days="soon"
        ></trending-region>`,
      );
      await Promise.all([settled(week), settled(always), settled(invalid)]);
      expect(shownIds(week)).to.deep.equal(['three-days', 'today']);
      expect(shownIds(always)).to.deep.equal(['undated', 'ten-days', 'three-days', 'today']);
      expect(shownIds(invalid)).to.deep.equal(shownIds(always));
    });

    it('shows no date for an undated item, and keeps no room for one', async () => {
      const { store } = storeWith([recentFeed()]);
      const el = await fixture<TrendingRegion>(
        html`<trending-region .store=${store} feed="https://feeds.example/recent.json"></trending-region>`,
      );
      await settled(el);
      const [undated, dated] = parts(el, 'item');
      expect(undated!.dataset.newsId).to.equal('undated');
      const emptyDate = undated!.querySelector<HTMLElement>('[part~="date"]')!;
      expect(emptyDate.textContent).to.equal('');
      expect(emptyDate.hasAttribute('datetime')).to.equal(false);
      expect(getComputedStyle(emptyDate).display).to.equal('none');
      // The title's block ends the text column: no gap below it where the date would be.
      const text = (row: HTMLElement) => row.querySelector<HTMLElement>('.text')!;
      const link = (row: HTMLElement) => row.querySelector<HTMLElement>('[part~="link"]')!;
      expect(text(undated!).getBoundingClientRect().bottom).to.equal(
        link(undated!).getBoundingClientRect().bottom,
      );
      expect(dated!.querySelector('[part~="date"]')!.getAttribute('datetime')).to.match(/^\d{4}-/);
    });

    it('ranks a WordPress feed: region from category or tag names, read counts from meta', async () => {
      // Each on its own store: lists on one page do not repeat each other's entries.
      const kaltim = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${WORDPRESS}
          region="kalimantan timur"
        ></trending-region>`,
      );
      const kaltara = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${WORDPRESS}
          region="Kalimantan Utara"
        ></trending-region>`,
      );
      const all = await fixture<TrendingRegion>(
        html`<trending-region .store=${new FeedStore()} feed=${WORDPRESS}></trending-region>`,
      );
      await Promise.all([settled(kaltim), settled(kaltara), settled(all)]);
      // 10236 has meta.views 1234, 10241 has 87; both are in the category "Kalimantan Timur".
      expect(shownIds(kaltim)).to.deep.equal(['10236', '10241']);
      // 10233 is tagged "Kalimantan Utara".
      expect(shownIds(kaltara)).to.deep.equal(['10233']);
      // Without counts, the rest follow newest first.
      expect(shownIds(all)).to.deep.equal(['10236', '10241', '10233', '10230']);
      // Entities in WordPress titles are decoded to text.
      expect(titles(kaltim)[0]).to.contain('Monitoring & Evaluasi');
      expect(titles(kaltim)[1]).to.contain('HUT Ke – 66');
    });

    it('follows a region change at once', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${TRENDING}
          region="Bali"
          refresh="60"
        ></trending-region>`,
      );
      await settled(el);
      el.region = 'Kalimantan Utara';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['u1']);
      expect(part(el, 'new-items')!.hasAttribute('data-waiting')).to.equal(false);
    });
  });

  describe('entries', () => {
    it('numbers the entries with visible rank numbers in an ordered list', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${TRENDING}
          region="Kalimantan Timur"
        ></trending-region>`,
      );
      await settled(el);
      expect(part(el, 'list')!.tagName).to.equal('OL');
      const ranks = parts(el, 'rank');
      expect(ranks.map((rank) => rank.querySelector('[aria-hidden]')!.textContent)).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
      ]);
      expect(ranks[0]!.textContent).to.contain('Peringkat 1');
      const size = parseFloat(getComputedStyle(ranks[0]!).fontSize);
      expect(size).to.be.greaterThan(parseFloat(getComputedStyle(part(el, 'title')!).fontSize));
    });

    it('has a localized heading in Indonesian and English', async () => {
      const store = new FeedStore();
      const id = await fixture<TrendingRegion>(
        html`<trending-region .store=${store} feed=${TRENDING}></trending-region>`,
      );
      const en = await fixture<TrendingRegion>(
        html`<trending-region .store=${store} feed=${TRENDING} locale="en"></trending-region>`,
      );
      const own = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${store}
          feed=${TRENDING}
          heading="Terpopuler"
          heading-level="3"
        ></trending-region>`,
      );
      await Promise.all([settled(id), settled(en), settled(own)]);
      expect(part(id, 'heading')!.textContent).to.equal('Trending di Daerah');
      expect(part(en, 'heading')!.textContent).to.equal('Trending in the region');
      expect(part(en, 'rank')!.textContent).to.contain('Rank 1');
      expect(part(own, 'heading')!.outerHTML).to.contain('<h3');
      expect(part(own, 'heading')!.textContent).to.equal('Terpopuler');
    });

    it('shows lazy thumbnails with a reserved box when asked', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${new FeedStore()}
          feed=${TRENDING}
          region="Kalimantan Timur"
          thumbnails
        ></trending-region>`,
      );
      await settled(el);
      const img = part<HTMLImageElement>(el, 'thumbnail')!;
      expect(img.getAttribute('src')).to.equal('https://example.com/img/k2.jpg');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('reports impressions with positions', async function () {
      const el = await fixture<TrendingRegion>(
        html`<trending-region .store=${new FeedStore()} feed=${TRENDING} region="Bali"></trending-region>`,
      );
      const seen: NewsImpressionDetail[] = [];
      el.addEventListener('news-impression', (event) =>
        seen.push((event as CustomEvent<NewsImpressionDetail>).detail),
      );
      await settled(el);
      el.scrollIntoView({ block: 'center' });
      await untilRendered(this, () => seen.length === 2, 'impressions did not arrive');
      expect([...seen].sort((a, b) => a.position - b.position)).to.deep.equal([
        { id: 'bali-plain', position: 1 },
        { id: 'bali-accent', position: 2 },
      ]);
    });
  });

  describe('live refresh', () => {
    // The page's real visibility varies (a test page in a background tab is hidden): pin it.
    beforeEach(() => setVisibility('visible'));

    it('accepts refresh of 5 seconds or more and ignores shorter or invalid values', async () => {
      const store = new FeedStore();
      const make = (refresh: string) =>
        fixture<TrendingRegion>(
          html`<trending-region .store=${store} feed=${TRENDING} refresh=${refresh}></trending-region>`,
        );
      const [five, four, word, negative] = await Promise.all([
        make('5'),
        make('4'),
        make('soon'),
        make('-30'),
      ]);
      await Promise.all([five, four, word, negative].map((el) => settled(el!)));
      expect(part(five!, 'new-items')).to.not.equal(null);
      expect(part(four!, 'new-items')).to.equal(null);
      expect(part(word!, 'new-items')).to.equal(null);
      expect(part(negative!, 'new-items')).to.equal(null);
    });

    it('fetches again on its interval while the page is visible', async () => {
      const { store, counter } = storeWith([ranking(['a', 'b', 'c'])]);
      const el = await liveList(store, '0.05');
      await settled(el as TrendingRegion);
      await until(() => counter.calls >= 3, 'no refresh happened');
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'c']);
    });

    it('pauses while the page is hidden and refreshes at once on return', async () => {
      const { store, counter } = storeWith([ranking(['a', 'b', 'c'])]);
      const el = await liveList(store, '0.1');
      await settled(el);
      await until(() => counter.calls >= 2, 'no refresh happened');
      setVisibility('hidden');
      const whileHidden = counter.calls;
      // Many intervals pass: nothing is fetched.
      await sleep(700);
      expect(counter.calls).to.equal(whileHidden);
      setVisibility('visible');
      // The refresh that fell due while hidden runs now, not an interval later.
      await until(() => counter.calls >= whileHidden + 1, 'no refresh on return');
    });

    it('does not refresh at all while the page starts hidden', async () => {
      setVisibility('hidden');
      const { store, counter } = storeWith([ranking(['a', 'b'])]);
      const el = await liveList(store, '0.05');
      await settled(el);
      await sleep(400);
      expect(counter.calls).to.equal(1);
    });

    it('stops refreshing when removed from the page', async () => {
      const { store, counter } = storeWith([ranking(['a', 'b'])]);
      const el = await liveList(store, '0.05');
      await settled(el);
      await until(() => counter.calls >= 2);
      el.remove();
      await sleep(50);
      const after = counter.calls;
      await sleep(400);
      expect(counter.calls).to.equal(after);
    });

    it('keeps the list where it is and offers the new ranking until the reader asks for it', async () => {
      const { store, counter } = storeWith([
        ranking(['a', 'b', 'c', 'd', 'e']),
        ranking(['f', 'b', 'a', 'g', 'c']),
      ]);
      const el = await liveList(store, '0.1');
      await settled(el);
      const control = part<HTMLButtonElement>(el, 'new-items')!;
      const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(getComputedStyle(control).visibility).to.equal('hidden');
      expect(live.textContent!.trim()).to.equal('');
      await laidOut(el);
      const boxes = parts(el, 'item').map((item) => item.getBoundingClientRect().toJSON());
      const hostBox = el.getBoundingClientRect().toJSON();

      await until(() => control.hasAttribute('data-waiting'), 'the new ranking was not offered');
      expect(counter.calls).to.be.greaterThanOrEqual(2);
      // Nothing moved: same articles, same boxes, same widget size.
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(parts(el, 'item').map((item) => item.getBoundingClientRect().toJSON())).to.deep.equal(boxes);
      expect(el.getBoundingClientRect().toJSON()).to.deep.equal(hostBox);
      // f and g are new: "2 artikel baru", announced politely.
      expect(getComputedStyle(control).visibility).to.equal('visible');
      expect(control.textContent).to.contain('2 artikel baru');
      expect(live.textContent!.trim()).to.equal('2 artikel baru tersedia');
      await expectAccessible(el);

      // Further refreshes with the same ranking change nothing.
      const calls = counter.calls;
      await until(() => counter.calls >= calls + 2);
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);

      control.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['f', 'b', 'a', 'g', 'c']);
      expect(control.hasAttribute('data-waiting')).to.equal(false);
      expect(live.textContent!.trim()).to.equal('');
      // Focus moves to the top entry instead of getting lost with the hidden control.
      expect(el.shadowRoot!.activeElement === part(el, 'link'), 'focus on the top entry').to.equal(true);
    });

    it("shows the new-items control over the list's top edge, without moving the entries", async () => {
      const { store } = storeWith([ranking(['a', 'b', 'c']), ranking(['d', 'a', 'b'])]);
      const el = await liveList(store, '0.05');
      await settled(el);
      await laidOut(el);
      const control = part<HTMLButtonElement>(el, 'new-items')!;
      const first = () => parts(el, 'item')[0]!.getBoundingClientRect().toJSON();
      const before = first();
      const host = el.getBoundingClientRect().toJSON();
      await until(() => control.hasAttribute('data-waiting'), 'the new ranking was not offered');
      await laidOut(el);
      // The first entry did not move, the widget did not grow.
      expect(first()).to.deep.equal(before);
      expect(el.getBoundingClientRect().toJSON()).to.deep.equal(host);
      // Laid over the boundary of heading and list, inside the widget (whose paint containment
      // would cut it off), on top of the entries' links: a click there reaches it.
      const box = control.getBoundingClientRect();
      const listTop = part(el, 'list')!.getBoundingClientRect().top;
      expect(box.top, 'starts above the list').to.be.lessThan(listTop);
      expect(box.bottom, 'ends over the list').to.be.greaterThan(listTop);
      expect(box.top, 'inside the widget').to.be.greaterThanOrEqual(host.top);
      expect(box.height).to.be.greaterThan(16);
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === control || control.contains(hit), 'the control is on top').to.equal(true);
      // Still a button in the tab order between heading and list, announced politely.
      control.focus();
      expect(el.shadowRoot!.activeElement === control, 'focusable').to.equal(true);
      expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('artikel baru');
      await expectAccessible(el);
    });

    it('keeps the control inside the widget when the heading is hidden', async () => {
      const { store } = storeWith([ranking(['a', 'b']), ranking(['c', 'a'])]);
      const el = await fixture<TrendingRegion>(
        html`<fast-trending-region
          .store=${store}
          feed="https://feeds.example/live.json"
          refresh="0.05"
          heading=""
        ></fast-trending-region>`,
      );
      await settled(el);
      const control = part<HTMLButtonElement>(el, 'new-items')!;
      await until(() => control.hasAttribute('data-waiting'), 'the new ranking was not offered');
      await laidOut(el);
      expect(control.getBoundingClientRect().top).to.be.greaterThanOrEqual(el.getBoundingClientRect().top);
    });

    it('moves focus to the first real link when the new top entry has none (URL dropped)', async () => {
      const next = ranking(['f', 'a', 'b']) as { items: Array<{ url: string }> };
      next.items[0]!.url = 'javascript:alert(1)';
      const { store } = storeWith([ranking(['a', 'b']), next]);
      const el = await liveList(store, '0.1');
      await settled(el);
      const control = part<HTMLButtonElement>(el, 'new-items')!;
      await until(() => control.hasAttribute('data-waiting'), 'the new ranking was not offered');
      control.focus();
      control.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['f', 'a', 'b']);
      const links = parts(el, 'link');
      expect(links[0]!.hasAttribute('href')).to.equal(false);
      // Compared as a boolean: a failing equality of two elements is slow to report.
      expect(el.shadowRoot!.activeElement === links[1], 'focus on the first real link').to.equal(true);
    });

    it('says the ranking changed when only the order changed', async () => {
      const { store } = storeWith([ranking(['a', 'b', 'c']), ranking(['c', 'a', 'b'])]);
      const el = await liveList(store, '0.05', 'en');
      await settled(el);
      const control = part<HTMLButtonElement>(el, 'new-items')!;
      await until(() => control.hasAttribute('data-waiting'));
      expect(control.textContent!.trim()).to.contain('Ranking updated');
      expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).to.equal(
        'An updated ranking is available',
      );
      expect(shownIds(el)).to.deep.equal(['a', 'b', 'c']);
    });

    it('updates texts and read counts in place when the ranking is the same', async () => {
      const { store } = storeWith([ranking(['a', 'b']), ranking(['a', 'b'], ' (diperbarui)')]);
      const el = await liveList(store, '0.05');
      await settled(el);
      await until(() => titles(el)[0] === 'Berita a (diperbarui)', 'texts were not updated');
      expect(part(el, 'new-items')!.hasAttribute('data-waiting')).to.equal(false);
    });

    it('keeps the last good list when a refresh fails, and recovers at the next tick', async () => {
      const { store, counter } = storeWith([
        ranking(['a', 'b']),
        'network',
        503,
        ranking(['a', 'b'], ' (baru)'),
      ]);
      const el = await liveList(store, '0.05');
      const errors: NewsErrorDetail[] = [];
      el.addEventListener('news-error', (event) =>
        errors.push((event as CustomEvent<NewsErrorDetail>).detail),
      );
      await settled(el);
      await until(() => counter.calls >= 3, 'no refresh after the failure');
      expect(part(el, 'error')).to.equal(null);
      expect(shownIds(el)).to.deep.equal(['a', 'b']);
      expect(titles(el)).to.deep.equal(['Berita a', 'Berita b']);
      await until(() => titles(el)[0] === 'Berita a (baru)', 'did not recover');
      expect(errors).to.deep.equal([]);
    });

    it('fires news-load for each refreshed feed with the list shown', async () => {
      const { store } = storeWith([ranking(['a', 'b']), ranking(['b', 'a'])]);
      const el = await liveList(store, '0.05');
      await settled(el);
      const event = (await oneEvent(el, 'news-load')) as CustomEvent<{ items: { id: string }[] }>;
      expect(event.detail.items.map((item) => item.id)).to.deep.equal(['a', 'b']);
    });
  });

  it('keeps the title of an item whose URL the policy dropped, as text that is not a link', async () => {
    const feed = jsonFeed([
      { id: 'bad', url: 'javascript:alert(1)', title: 'Berita tanpa tautan', _news: { views: 9 } },
      { id: 'good', url: 'https://example.com/berita/good', title: 'Berita baik', _news: { views: 1 } },
    ]);
    const { store } = storeWith([feed]);
    const el = await fixture<TrendingRegion>(
      html`<trending-region .store=${store} feed="https://feeds.example/x.json"></trending-region>`,
    );
    await settled(el);
    expect(titles(el)).to.deep.equal(['Berita tanpa tautan', 'Berita baik']);
    const [placeholder, link] = parts<HTMLAnchorElement>(el, 'link');
    expect(placeholder!.hasAttribute('href')).to.equal(false);
    placeholder!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(link!.getAttribute('href')).to.equal('https://example.com/berita/good');
    const clicks: string[] = [];
    el.addEventListener('news-click', (event) => clicks.push(event.detail.id));
    placeholder!.click();
    expect(clicks).to.deep.equal([]);
    await expectAccessible(el);
  });

  describe('skeleton', () => {
    it('keeps no band for the live controls: a live list is as tall as one without refresh, loading or loaded', async () => {
      // The new-items control is laid over the list's top edge, not in room kept under the heading.
      const measure = async (store: FeedStore, feed: string, refresh?: string) => {
        const el = await fixture<TrendingRegion>(
          html`<trending-region
            .store=${store}
            feed=${feed}
            refresh=${refresh ?? nothing}
          ></trending-region>`,
        );
        if (feed === TRENDING) await settled(el);
        await laidOut(el);
        const { top, height } = el.getBoundingClientRect();
        const first = el.shadowRoot!.querySelector('.list > .item, .list > [part~="item"]')!;
        const entry = first.getBoundingClientRect().top - top;
        // Gone before the next one, which would otherwise start further down, maybe out of reach.
        el.remove();
        return { height, entry };
      };
      const { store: never } = storeWith(['never']);
      const loaded = new FeedStore();
      const slow = 'https://feeds.example/slow.json';
      const [liveBones, bones] = [await measure(never, slow, '600'), await measure(never, slow)];
      const [liveContent, content] = [
        await measure(loaded, TRENDING, '600'),
        await measure(loaded, TRENDING),
      ];
      expect(liveBones.height).to.be.closeTo(bones.height, 0.5);
      expect(liveBones.entry, 'first bone row').to.be.closeTo(bones.entry, 0.5);
      expect(liveContent.height).to.be.closeTo(content.height, 0.5);
      expect(liveContent.entry, 'first entry').to.be.closeTo(content.entry, 0.5);
      // And the skeleton still reserves the content's place.
      expect(liveContent.entry).to.be.closeTo(liveBones.entry, 0.5);
    });

    it('shows bones beside host children a reader does not see (script, template, style), and hides them under one a reader sees', async () => {
      const { store } = storeWith(['never']);
      const el = await fixture<TrendingRegion>(
        html`<trending-region .store=${store} feed="https://feeds.example/slow.json"
          ><script type="application/json">
            {}
          </script>
          <template><p>x</p></template>
          <style>
            p {
            }
          </style></trending-region
        >`,
      );
      const bones = () => part(el, 'skeleton')!.querySelector<HTMLElement>('.bones')!;
      expect(bones().querySelectorAll('.item')).to.have.length(5);
      expect(getComputedStyle(bones()).visibility).to.equal('visible');
      // Added after the first render, as the parser adds children of an element upgraded in <head>.
      el.append(Object.assign(document.createElement('a'), { href: '/berita', textContent: 'Berita' }));
      await until(() => getComputedStyle(bones()).visibility === 'hidden');
    });

    it('follows the options while loading, and comes back whole when a later feed loads', async () => {
      const { store } = storeWith(['never']);
      const el = await fixture<TrendingRegion>(
        html`<trending-region .store=${store} feed="https://feeds.example/slow.json"></trending-region>`,
      );
      const rows = () => part(el, 'skeleton')?.querySelectorAll('.item').length ?? 0;
      expect(rows()).to.equal(5);
      const first = part(el, 'skeleton')!.querySelector('.item');
      el.setAttribute('locale', 'en');
      await el.updateComplete;
      expect(part(el, 'skeleton')!.querySelector('.heading-bone')!.textContent).to.equal(
        'Trending in the region',
      );
      el.limit = 3;
      await el.updateComplete;
      expect(rows()).to.equal(3);
      expect(first!.isConnected).to.equal(false);
      // Two lists of the same shape get their own bones, not shared nodes.
      const twin = await fixture<TrendingRegion>(
        html`<trending-region
          .store=${store}
          feed="https://feeds.example/slow.json"
          limit="3"
          locale="en"
        ></trending-region>`,
      );
      expect(part(twin, 'skeleton')!.querySelectorAll('.item')).to.have.length(3);
      expect(rows()).to.equal(3);

      el.store = new FeedStore();
      el.feed = TRENDING;
      await settled(el);
      expect(part(el, 'skeleton')).to.equal(null);
      el.store = store;
      el.feed = 'https://feeds.example/other-slow.json';
      await el.updateComplete;
      expect(rows()).to.equal(3);
    });
  });

  describe('states and accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible while loading, ready, live with news waiting, empty and failed (${theme})`, async () => {
        // Each widget leaves the page once checked, so the next starts in view: off screen,
        // content-visibility would not lay it out until the reader scrolled there.
        const { store: never } = storeWith(['never']);
        const loading = await themedFixture<TrendingRegion>(
          theme,
          html`<trending-region
            data-news-theme=${theme}
            .store=${never}
            feed="https://feeds.example/slow.json"
          ></trending-region>`,
        );
        expect(loading.getAttribute('aria-busy')).to.equal('true');
        expect(part(loading, 'skeleton')!.querySelectorAll('.item')).to.have.length(5);
        await expectAccessible(loading);
        loading.remove();

        const ready = await themedFixture<TrendingRegion>(
          theme,
          html`<trending-region
            data-news-theme=${theme}
            .store=${new FeedStore()}
            feed=${TRENDING}
            thumbnails
          ></trending-region>`,
        );
        await settled(ready);
        await expectAccessible(ready);
        ready.remove();

        setVisibility('visible');
        const { store: live } = storeWith([ranking(['a', 'b']), ranking(['c', 'a'])]);
        const waiting = await themedFixture<TrendingRegion>(
          theme,
          html`<fast-trending-region
            data-news-theme=${theme}
            .store=${live}
            feed="https://feeds.example/live.json"
            refresh="0.05"
          ></fast-trending-region>`,
        );
        await settled(waiting);
        await until(() => part(waiting, 'new-items')!.hasAttribute('data-waiting'));
        await expectAccessible(waiting);
        waiting.remove();

        const empty = await themedFixture<TrendingRegion>(
          theme,
          html`<trending-region
            data-news-theme=${theme}
            .store=${new FeedStore()}
            feed=${TRENDING}
            region="Papua"
          ></trending-region>`,
        );
        await settled(empty);
        expect(part(empty, 'empty')).to.not.equal(null);
        await expectAccessible(empty);
        empty.remove();

        const emptyFeed = await themedFixture<TrendingRegion>(
          theme,
          html`<trending-region
            data-news-theme=${theme}
            .store=${new FeedStore()}
            feed=${EMPTY}
          ></trending-region>`,
        );
        await settled(emptyFeed);
        expect(part(emptyFeed, 'empty')).to.not.equal(null);
        emptyFeed.remove();

        const { store: failing } = storeWith([500]);
        const failed = await themedFixture<TrendingRegion>(
          theme,
          html`<trending-region
            data-news-theme=${theme}
            .store=${failing}
            feed="https://feeds.example/down.json"
          ></trending-region>`,
        );
        await settled(failed);
        expect(part(failed, 'error')).to.not.equal(null);
        expect(part(failed, 'retry')).to.not.equal(null);
        await expectAccessible(failed);
        failed.remove();
      });
    }

    it('gets its feed from a provider and loads it once for several regions', async () => {
      const text = JSON.stringify(await loadJson(TRENDING));
      let calls = 0;
      const store = new FeedStore({
        fetch: (async () => {
          calls++;
          return new Response(text, { headers: { 'content-type': 'application/json' } });
        }) as typeof fetch,
      });
      const provider = await fixture(
        html`<news-provider feed="https://feeds.example/portal.json" .store=${store}>
          <trending-region region="Kalimantan Timur"></trending-region>
          <trending-region region="Kalimantan Utara"></trending-region>
          <trending-region region="Bali"></trending-region>
        </news-provider>`,
      );
      const widgets = Array.from(provider.querySelectorAll('trending-region'));
      await Promise.all(widgets.map((el) => settled(el)));
      expect(widgets.map((el) => shownIds(el)[0])).to.deep.equal(['k2', 'u1', 'bali-plain']);
      expect(calls).to.equal(1);
    });

    it('takes from an outer provider what a nested provider does not set', async () => {
      const { store, counter } = storeWith([await loadJson(TRENDING)]);
      const outer = await fixture<NewsProvider>(
        html`<news-provider feed="https://feeds.example/portal.json" locale="en" .store=${store}>
          <news-provider locale="id">
            <trending-region region="Kalimantan Timur"></trending-region>
          </news-provider>
        </news-provider>`,
      );
      const inner = outer.querySelector('news-provider')!;
      const el = outer.querySelector('trending-region')!;
      await settled(el);
      // The outer feed and store, the inner locale.
      expect(shownIds(el)[0]).to.equal('k2');
      expect(counter.calls).to.equal(1);
      expect(el.resolvedLocale).to.equal('id');
      // Live: the outer provider's change reaches through; the inner provider's own value wins.
      outer.locale = 'fr';
      outer.feed = 'https://feeds.example/other.json';
      await until(() => counter.calls === 2);
      expect(el.resolvedLocale).to.equal('id');
      inner.locale = undefined;
      await until(() => el.resolvedLocale === 'fr');
      // Moved out of the outer provider, the inner one no longer gives the outer feed.
      const errors: string[] = [];
      el.addEventListener('news-error', (event) => errors.push(event.detail.code));
      outer.after(inner);
      try {
        await until(() => errors.includes('no-feed'));
      } finally {
        inner.remove();
      }
    });
  });
});
