import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import {
  BASIC_FEED,
  DEMO_FEED,
  SEED_ID,
  freshStore,
  guardPageErrors,
  jsonFeed,
  ready,
  seedItem,
  storeWith,
} from './helpers.js';

const ldScripts = (el: Element) =>
  Array.from(el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));

const waitForLd = (el: Element, headline: string) =>
  waitUntil(
    () => ldScripts(el).some((script) => JSON.parse(script.textContent ?? '{}').headline === headline),
    `JSON-LD for "${headline}"`,
  );

describe('<news-article> structured-data', () => {
  guardPageErrors();

  it('adds nothing without the attribute', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article feed=${BASIC_FEED} article-id="a1" .store=${freshStore()}></news-article>`,
    );
    await ready(el);
    expect(el.querySelector('script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('adds schema.org NewsArticle JSON-LD for the shown article to the light DOM', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article
        feed=${DEMO_FEED}
        article-id=${SEED_ID}
        structured-data
        .store=${freshStore()}
      ></news-article>`,
    );
    await ready(el);
    await waitForLd(el, 'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel');
    const scripts = ldScripts(el);
    expect(scripts.length).to.equal(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel',
      datePublished: '2025-06-30T01:00:00.000Z',
      dateModified: '2025-06-30T01:00:00.000Z',
      articleSection: 'Daerah',
      url: 'https://example.com/berita/upaya-balikpapan-birokrasi-bersih',
    });
    expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'Writer' }]);
    expect(data.image).to.deep.equal([new URL('/demo/public/images/skyline.svg', location.href).href]);
    expect(data.keywords).to.deep.equal(['Balikpapan', 'Integritas', 'Antikorupsi', 'ASN']);
    // Not fallback content: the skeleton logic and the slot ignore it.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('replaces the JSON-LD when the article changes and removes it on disconnect, leaving the host page scripts', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <news-article feed=${BASIC_FEED} article-id="a1" structured-data .store=${freshStore()}
          ><script type="application/ld+json" id="host-owned">
            { "@type": "WebPage" }
          </script></news-article
        >
      </div>`,
    );
    const el = wrapper.querySelector('news-article')!;
    await ready(el);
    await waitForLd(el, 'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel');

    el.articleId = 'a4';
    await waitForLd(el, 'Wali Kota Tarakan Putuskan Kenaikan Abonemen PDAM Dibatalkan');
    const ours = ldScripts(el).filter((script) => script.id !== 'host-owned');
    expect(ours.length).to.equal(1);
    expect(JSON.parse(ours[0]!.textContent!).articleSection).to.equal('Daerah');

    el.remove();
    expect(ldScripts(el).map((script) => script.id)).to.deep.equal(['host-owned']);

    // Back on the page: the JSON-LD comes back.
    wrapper.append(el);
    await waitForLd(el, 'Wali Kota Tarakan Putuskan Kenaikan Abonemen PDAM Dibatalkan');
    expect(ldScripts(el).length).to.equal(2);
  });

  it('removes the JSON-LD when structured-data is switched off', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article
        feed=${BASIC_FEED}
        article-id="a2"
        structured-data
        .store=${freshStore()}
      ></news-article>`,
    );
    await ready(el);
    await waitForLd(el, el.items[0]!.title);
    el.structuredData = false;
    await el.updateComplete;
    expect(ldScripts(el)).to.deep.equal([]);
  });

  it('keeps markup in the title out of the script text', async () => {
    const title = 'Judul </script><script>window.__xss()</script>';
    const el = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/ld.json"
        structured-data
        .store=${storeWith(jsonFeed([seedItem({ title })]))}
      ></news-article>`,
    );
    await ready(el);
    await waitForLd(el, title);
    const script = ldScripts(el)[0]!;
    expect(script.textContent).to.not.contain('<');
    expect(el.querySelectorAll('script').length).to.equal(1);
  });
});
