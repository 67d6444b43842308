import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/related-list/related-list.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { RelatedList } from '../../src/components/related-list/related-list.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import type { NewsItem } from '../../src/feed/types.js';
import { modelItem, modelStore } from '../shared/model-store.js';
import { WORDPRESS, guardPageErrors, jsonFeed, part, parts, settled, storeWith } from './helpers.js';

const SMALL_IMAGE = '/test/fixtures/images/small-300x168.png';
const LARGE_IMAGE = '/demo/public/images/skyline.svg';

/**
 * A regional portal's JSON Feed as the adapters read it, newest first: a photo post (`image` and
 * no `title`), a text-only brief (no `image`), a WordPress-style post whose only picture is in its
 * body (the adapters take it as `image`, with imageInBody), and an event notice dated by day only
 * (`"date_published": "2025-06-30"`).
 */
const ITEMS: NewsItem[] = [
  modelItem({
    id: 'foto',
    url: 'https://example.com/2025/09/14/foto-teluk-balikpapan',
    image: SMALL_IMAGE,
    published: new Date('2025-09-14T08:41:00+08:00'),
    publishedOffset: 480,
    region: 'Kalimantan Timur',
  }),
  modelItem({
    id: 'teks',
    url: 'https://example.com/2025/09/13/jadwal-pemadaman-listrik',
    title: 'Jadwal pemadaman listrik di Balikpapan Utara',
    published: new Date('2025-09-13T10:00:00+08:00'),
    publishedOffset: 480,
    region: 'Kalimantan Timur',
  }),
  modelItem({
    id: 'badan',
    url: 'https://example.com/2025/09/12/banjir-rob',
    title: 'Banjir rob merendam jalan pesisir',
    contentHtml: `<p><img src="${LARGE_IMAGE}" alt=""></p><p>Air pasang merendam jalan.</p>`,
    image: LARGE_IMAGE,
    imageInBody: true,
    published: new Date('2025-09-12T10:00:00+08:00'),
    publishedOffset: 480,
    region: 'Kalimantan Timur',
  }),
  modelItem({
    id: 'tanggal',
    url: 'https://example.com/agenda/posyandu-juli',
    title: 'Posyandu keliling dimulai',
    image: LARGE_IMAGE,
    published: new Date('2025-06-30'),
    dateOnly: true,
    region: 'Kalimantan Timur',
  }),
];

/** The entry of item `id`. */
function entry(el: Element, id: string): HTMLElement {
  const found = parts(el, 'item').find((item) => item.dataset.newsId === id);
  expect(found !== undefined, `entry ${id}`).to.equal(true);
  return found!;
}

const inEntry = <T extends Element = HTMLElement>(el: Element, id: string, name: string) =>
  entry(el, id).querySelector<T>(`[part~="${name}"]`);

async function related(
  options: { locale?: string; layout?: string; thumbnails?: boolean; style?: string } = {},
) {
  const el = await fixture<RelatedList>(
    html`<related-list
      feed="/virtual/sparse.json"
      locale=${options.locale ?? 'id'}
      layout=${options.layout ?? 'list'}
      style=${options.style ?? ''}
      ?thumbnails=${options.thumbnails === true}
      .store=${modelStore(ITEMS)}
    ></related-list>`,
  );
  await settled(el);
  return el;
}

describe('lists with items that lack a title, a time or an image', () => {
  guardPageErrors();

  describe('an untitled photo post', () => {
    it('links the label "Foto" in <related-list>, never an empty link', async () => {
      const el = await related();
      const link = inEntry<HTMLAnchorElement>(el, 'foto', 'link')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/2025/09/14/foto-teluk-balikpapan');
      expect(link.textContent!.trim()).to.equal('Foto');
      // A UI string in the list's own language: unmarked, where feed titles are not.
      expect(inEntry(el, 'foto', 'title')!.hasAttribute('lang')).to.equal(false);
      for (const title of parts(el, 'title')) expect(title.textContent!.trim()).to.not.equal('');
    });

    it('says "Photo" in an English list of Indonesian titles, in the list\'s language', async () => {
      const el = await related({ locale: 'en' });
      const title = inEntry(el, 'foto', 'title')!;
      expect(title.textContent!.trim()).to.equal('Photo');
      expect(title.hasAttribute('lang')).to.equal(false);
      expect(inEntry(el, 'teks', 'title')!.lang).to.equal('id');
    });

    it('links the label "Foto" in the numbered <trending-region> too', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          feed="/virtual/sparse-trending.json"
          region="Kalimantan Timur"
          .store=${modelStore(ITEMS)}
        ></trending-region>`,
      );
      await settled(el);
      expect(inEntry(el, 'foto', 'link')!.textContent!.trim()).to.equal('Foto');
    });
  });

  describe('a date without a time of day', () => {
    it('shows the day alone, and gives <time> the day alone', async () => {
      const el = await related();
      const date = inEntry<HTMLTimeElement>(el, 'tanggal', 'date')!;
      expect(date.textContent!.trim()).to.equal('30 Juni 2025');
      expect(date.dateTime).to.equal('2025-06-30');
      // Dated items keep their time.
      expect(inEntry(el, 'teks', 'date')!.textContent!.trim()).to.equal('13 September 2025 - 10:00');
      const english = await related({ locale: 'en' });
      expect(inEntry(english, 'tanggal', 'date')!.textContent!.trim()).to.equal('June 30, 2025');
    });

    // Through the JSON Feed adapter: passes once it marks `2025-06-30` as date-only (dateOnly).
    it('shows a JSON Feed date_published of "2025-06-30" without "00:00" or any time', async () => {
      const { store } = storeWith([
        jsonFeed([
          { id: 'd1', url: 'https://example.com/d1', title: 'Jadwal', date_published: '2025-06-30' },
        ]),
      ]);
      const el = await fixture<RelatedList>(
        html`<related-list feed="/virtual/date-only-list.json" .store=${store}></related-list>`,
      );
      await settled(el);
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(date.textContent!.trim()).to.equal('30 Juni 2025');
      expect(date.dateTime).to.equal('2025-06-30');
    });
  });

  describe('a time without a zone', () => {
    it('writes a WordPress date without date_gmt as the site wrote it, never as a UTC instant', async () => {
      // A WordPress response whose posts all lack date_gmt (drafts, imports): no post shows the
      // site's offset, so the wall-clock `date` is kept as written (the model's `zoneless`).
      const posts = await (await fetch(WORDPRESS)).json();
      const post = { ...posts[0], date: '2025-09-13T15:55:00', date_gmt: null };
      const el = await fixture<RelatedList>(
        html`<related-list
          feed="/virtual/wp-zoneless-list.json"
          locale="id"
          .store=${storeWith([[post]]).store}
        ></related-list>`,
      );
      await settled(el);
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(date.textContent!.trim()).to.equal('13 September 2025 - 15:55');
      expect(date.dateTime).to.equal('2025-09-13T15:55:00');
    });
  });

  describe('thumbnails', () => {
    for (const layout of ['list', 'compact']) {
      it(`shows no box for an item without an image, its text from the start edge (${layout})`, async () => {
        const el = await related({ layout, thumbnails: true });
        expect(inEntry(el, 'teks', 'thumbnail')?.localName).to.equal(undefined);
        const row = entry(el, 'teks');
        const text = row.querySelector('.text')!;
        expect(text.getBoundingClientRect().left).to.equal(row.getBoundingClientRect().left);
        // Items with an image, the body's one included, keep theirs.
        for (const id of ['foto', 'badan', 'tanggal']) {
          expect(inEntry(el, id, 'thumbnail')?.localName, id).to.equal('img');
        }
        expect(inEntry<HTMLImageElement>(el, 'badan', 'thumbnail')!.src).to.equal(
          new URL(LARGE_IMAGE, location.href).href,
        );
      });
    }

    it('gives a grid card without an image no image area', async () => {
      const el = await related({ layout: 'grid' });
      const card = entry(el, 'teks');
      expect(inEntry(el, 'teks', 'thumbnail')?.localName).to.equal(undefined);
      expect(card.getBoundingClientRect().height).to.be.closeTo(
        card.querySelector('.text')!.getBoundingClientRect().height,
        0.5,
      );
    });

    it('shows no box for an item without an image in <trending-region>', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          feed="/virtual/sparse-trending-thumbs.json"
          region="Kalimantan Timur"
          thumbnails
          .store=${modelStore(ITEMS)}
        ></trending-region>`,
      );
      await settled(el);
      expect(inEntry(el, 'teks', 'thumbnail')?.localName).to.equal(undefined);
      expect(parts(el, 'thumbnail')).to.have.length(3);
    });

    it('keeps the grid skeleton card and an imaged card the same size', async () => {
      const style = 'width: 640px';
      const loading = await fixture<RelatedList>(
        html`<related-list
          style=${style}
          layout="grid"
          feed="https://feeds.example/never.json"
          .store=${storeWith(['never']).store}
        ></related-list>`,
      );
      const ready = await related({ layout: 'grid', style });
      const bone = part(loading, 'skeleton')!.querySelector('.item .thumb')!.getBoundingClientRect();
      const thumb = inEntry(ready, 'badan', 'thumbnail')!.getBoundingClientRect();
      expect(thumb.width).to.be.closeTo(bone.width, 0.5);
      expect(thumb.height).to.be.closeTo(bone.height, 0.5);
    });

    it('shows a grid thumbnail smaller than its card whole, never scaled up', async () => {
      // One 380px column: the 300x168 picture is smaller than its 380x214 box, the SVG larger.
      const el = await related({ layout: 'grid', style: 'width: 380px; --news-list-grid-min: 100%' });
      const small = inEntry<HTMLImageElement>(el, 'foto', 'thumbnail')!;
      expect(small.getBoundingClientRect().width).to.be.closeTo(380, 0.5);
      await waitUntil(() => small.hasAttribute('data-small'), 'the small thumbnail should be marked', {
        timeout: 10_000,
      });
      expect(getComputedStyle(small).objectFit).to.equal('scale-down');
      const large = inEntry<HTMLImageElement>(el, 'badan', 'thumbnail')!;
      await waitUntil(() => large.complete && large.naturalWidth > 0, 'the large thumbnail should load');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(large.hasAttribute('data-small')).to.equal(false);
      expect(getComputedStyle(large).objectFit).to.equal('cover');
    });
  });
});
