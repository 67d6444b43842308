import { expect } from '@open-wc/testing';

const PAGES = ['index', 'portal', 'partner', 'states', 'configurator', 'rss'];

async function page(name: string): Promise<Document> {
  const response = await fetch(`/demo/${name}.html`);
  expect(response.ok, name).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** The first word of a locale, `id` of `id-ID`. */
const language = (tag: string | null) => (tag ?? '').toLowerCase().split('-')[0];

describe('demo pages', () => {
  for (const name of PAGES) {
    describe(`${name}.html`, () => {
      it('speaks one language: every widget and toggle in the language of the page', async () => {
        const doc = await page(name);
        const lang = language(doc.documentElement.getAttribute('lang'));
        expect(['id', 'en']).to.include(lang);
        for (const el of doc.querySelectorAll('[locale]')) {
          // The configurator's preview says what its locale field chose; its page has none in markup.
          expect(language(el.getAttribute('locale')), `<${el.localName}> on ${name}`).to.equal(lang);
        }
        // The demo navigation is in the page's language too.
        const nav = Array.from(doc.querySelectorAll('.site-header nav a'), (a) => a.textContent!.trim());
        expect(nav).to.include(lang === 'id' ? 'Artikel' : 'Article');
      });

      it('has the SVG favicon and lets the reader zoom', async () => {
        const doc = await page(name);
        const icon = doc.querySelector<HTMLLinkElement>('link[rel~="icon"]');
        expect(icon?.getAttribute('href')).to.equal('/favicon.svg');
        expect(icon?.getAttribute('type')).to.equal('image/svg+xml');
        const viewport = doc.querySelector('meta[name="viewport"]')!.getAttribute('content')!;
        expect(viewport).to.not.match(/user-scalable\s*=\s*(no|0)|maximum-scale/);
      });
    });
  }

  it('serves the favicon as an SVG', async () => {
    const response = await fetch('/demo/public/favicon.svg');
    expect(response.ok).to.equal(true);
    const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
    expect(svg.documentElement.localName).to.equal('svg');
  });

  it('captions each hero illustration with what it shows, not with a person or an event', async () => {
    const feed = await (await fetch('/demo/public/feed.json')).json();
    const titles = new Map<string, string>();
    for (const item of feed.items as Array<{ id: string; image: string; _news: { image_caption: string } }>) {
      if (!titles.has(item.image)) {
        const svg = await (await fetch(`/demo/public/${item.image}`)).text();
        titles.set(
          item.image,
          new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title')!.textContent!,
        );
      }
      const title = titles.get(item.image)!;
      const expected = `Ilustrasi: ${title[0]!.toLowerCase()}${title.slice(1)}.`;
      expect(item._news.image_caption, item.id).to.equal(expected);
    }
  });
});
