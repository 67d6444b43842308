// The error and empty states of the lists: the heading stays, so the reader knows what is missing,
// and a retry control only where retrying can help.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/related-list/related-list.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { ArticleListWidget } from '../../src/components/shared/article-list.js';
import { EMPTY, expectAccessible, guardPageErrors, part, settled, storeWith } from './helpers.js';

const headingText = (el: Element) => part(el, 'heading')?.textContent?.trim();

describe('list states', () => {
  guardPageErrors();

  for (const [tag, heading, english] of [
    ['related-list', 'Baca Lainnya', 'Read more'],
    ['trending-region', 'Trending di Daerah', 'Trending in the region'],
  ] as const) {
    describe(`<${tag}>`, () => {
      const make = async (attrs: string, answers: Parameters<typeof storeWith>[0], children = '') => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.innerHTML = `<${tag} ${attrs}>${children}</${tag}>`;
        const el = wrapper.firstElementChild as ArticleListWidget;
        el.store = storeWith(answers).store;
        await settled(el);
        return el;
      };

      it('keeps its heading in the error state, over the message and the fallback', async () => {
        const el = await make(
          'feed="/virtual/missing.json" locale="id"',
          [404],
          '<a href="/populer">Terpopuler</a>',
        );
        expect(headingText(el)).to.equal(heading);
        const errorBox = part(el, 'error')!;
        expect(errorBox.querySelector('p')!.textContent).to.equal('Umpan berita tidak ditemukan.');
        expect(
          part(el, 'heading')!.compareDocumentPosition(errorBox) & Node.DOCUMENT_POSITION_FOLLOWING,
        ).to.be.above(0);
        expect(part(el, 'retry')).to.equal(null);
        expect(el.querySelector('a')!.getBoundingClientRect().height, 'the fallback link').to.be.above(0);
        await expectAccessible(el);
      });

      it('keeps the heading attribute in the error state, with a retry after a 500', async () => {
        const el = await make('feed="/virtual/down.json" heading="Terpopuler" locale="en"', [500]);
        expect(headingText(el)).to.equal('Terpopuler');
        expect(part(el, 'retry')!.textContent).to.equal('Try again');
      });

      it('keeps its heading in the empty state, in the locale', async () => {
        const el = await make(`feed="${EMPTY}" locale="en"`, [
          { version: 'https://jsonfeed.org/version/1.1', items: [] },
        ]);
        expect(part(el, 'empty')!.textContent).to.equal('No articles to show yet.');
        expect(headingText(el)).to.equal(english);
        await expectAccessible(el);
      });

      it('shows no heading in those states when heading is empty', async () => {
        const el = await make('feed="/virtual/missing.json" heading=""', [404]);
        expect(part(el, 'heading')).to.equal(null);
        expect(part(el, 'error')).to.not.equal(null);
      });
    });
  }
});
