import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle, TrendingRegion } from '../../src/classes.js';
import {
  guardPageErrors,
  jsonFeed,
  openEnlargeDialog,
  seedItem,
  storeWith,
} from '../news-article/helpers.js';
import { articleReady, families, frame, shadowPart, widgetPage } from './helpers.js';

/** The documented defaults (docs/theming.md): the UI and headline face, and the body's. */
const UI_STACK = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'Roboto',
  'Noto Sans',
  'Helvetica Neue',
  'Arial',
  'sans-serif',
];
const BODY_STACK = [
  'Iowan Old Style',
  'Charter',
  'Bitstream Charter',
  'Sitka Text',
  'Cambria',
  'Noto Serif',
  'Droid Serif',
  'Georgia',
  // No generic serif (DejaVu Serif or Times on many systems, beside a sans UI): the UI face.
  ...UI_STACK,
];

/** Absolute: a srcdoc page has no URL of its own to resolve a path against. */
const DEMO_FEED = new URL('/demo/public/feed.json', location.href).href;

const fontOf = (node: Element | null) => families(getComputedStyle(node!).fontFamily);
const width = (node: Element | null) => node!.getBoundingClientRect().width;

async function article(): Promise<NewsArticle> {
  const el = await fixture<NewsArticle>(
    html`<news-article
      feed="/virtual/layout.json"
      .store=${storeWith(jsonFeed([seedItem()]))}
    ></news-article>`,
  );
  await articleReady(el);
  return el;
}

describe('layout and type', () => {
  guardPageErrors();

  describe('fonts', () => {
    it('sets the headline and the UI in the UI stack and the body in the body stack by default', async () => {
      const el = await article();
      expect(fontOf(shadowPart(el, 'headline'))).to.deep.equal(UI_STACK);
      expect(fontOf(el.shadowRoot!.querySelector('.meta'))).to.deep.equal(UI_STACK);
      expect(fontOf(shadowPart(el, 'caption'))).to.deep.equal(UI_STACK);
      expect(fontOf(shadowPart(el, 'body'))).to.deep.equal(BODY_STACK);
    });

    it('takes both faces from --news-font-family and --news-font-family-body', async () => {
      const el = await article();
      el.style.setProperty('--news-font-family', 'Test UI, monospace');
      expect(fontOf(shadowPart(el, 'headline'))).to.deep.equal(['Test UI', 'monospace']);
      // The body falls back to the UI face the page chose, not to the default sans.
      expect(fontOf(shadowPart(el, 'body')).slice(-2)).to.deep.equal(['Test UI', 'monospace']);
      el.style.setProperty('--news-font-family-body', 'Test Body, serif');
      expect(fontOf(shadowPart(el, 'body'))).to.deep.equal(['Test Body', 'serif']);
      expect(fontOf(shadowPart(el, 'headline'))).to.deep.equal(['Test UI', 'monospace']);
    });
  });

  describe('one measure', () => {
    it('gives the hero, the body and every row the article width in a wide column', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
      const el = await article();
      wrapper.append(el);
      await articleReady(el);
      const articleBox = shadowPart(el, 'article')!.getBoundingClientRect();
      // Not the column's 1100px: a comfortable line of the body, 42em.
      expect(articleBox.width).to.equal(42 * 16);
      for (const name of ['figure', 'image', 'body', 'tags']) {
        const box = shadowPart(el, name)!.getBoundingClientRect();
        expect(box.left, `${name} left`).to.be.closeTo(articleBox.left, 0.5);
        expect(box.width, `${name} width`).to.be.closeTo(articleBox.width, 0.5);
      }
    });

    it('lines the demo article up with the list under it', async () => {
      const page = await frame(
        {
          srcdoc: widgetPage(
            `<div class="layout"><main>
              <news-article feed="${DEMO_FEED}" article-id="upaya-balikpapan-birokrasi-bersih"></news-article>
              <related-list feed="${DEMO_FEED}" article-id="upaya-balikpapan-birokrasi-bersih" limit="3"></related-list>
            </main><aside></aside></div>`,
            '<link rel="stylesheet" href="/demo/demo.css">',
          ),
        },
        1280,
      );
      const doc = page.contentDocument!;
      const el = doc.querySelector('news-article')!;
      const list = doc.querySelector('related-list')!;
      await articleReady(el);
      await waitUntil(() => list.shadowRoot?.querySelectorAll('li').length === 3, 'the list', {
        timeout: 10_000,
      });
      const hero = shadowPart(el, 'image')!.getBoundingClientRect();
      const body = shadowPart(el, 'body')!.getBoundingClientRect();
      const items = list.shadowRoot!.querySelector('.list')!.getBoundingClientRect();
      for (const [name, box] of [
        ['body', body],
        ['Baca Lainnya', items],
      ] as const) {
        expect(box.left, `${name} left`).to.be.closeTo(hero.left, 0.5);
        expect(box.right, `${name} right`).to.be.closeTo(hero.right, 0.5);
      }
      page.remove();
    });
  });

  describe('a widget with its own theme', () => {
    for (const theme of ['dark', 'light'] as const) {
      it(`keeps its text off the edge of its background (theme="${theme}")`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 360px; color-scheme: ${theme === 'dark' ? 'light' : 'dark'}">
            <trending-region
              theme=${theme}
              feed="/virtual/own-theme.json"
              .store=${storeWith(jsonFeed([seedItem()]))}
            ></trending-region>
          </div>`,
        );
        const el = wrapper.querySelector<TrendingRegion>('trending-region')!;
        await waitUntil(() => el.items.length > 0, 'loaded', { timeout: 10_000 });
        await el.updateComplete;
        const style = getComputedStyle(el);
        expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          expect(parseFloat(style[`padding${side}`]), `padding ${side}`).to.be.at.least(12);
        }
        const host = el.getBoundingClientRect();
        const heading = shadowPart(el, 'heading')!.getBoundingClientRect();
        expect(heading.left - host.left).to.be.at.least(12);
        expect(heading.top - host.top).to.be.at.least(12);
      });
    }

    it('has no padding of its own when it follows the page', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region
          feed="/virtual/page-theme.json"
          .store=${storeWith(jsonFeed([seedItem()]))}
        ></trending-region>`,
      );
      expect(getComputedStyle(el).paddingLeft).to.equal('0px');
    });
  });

  describe('the enlarge dialog on a phone', () => {
    it('shows the image across the whole viewport, wider than inline, and lets the reader zoom', async () => {
      const page = await frame(
        {
          srcdoc: widgetPage(
            `<news-article feed="${DEMO_FEED}" article-id="upaya-balikpapan-birokrasi-bersih" locale="id"></news-article>`,
          ),
        },
        390,
        844,
      );
      const doc = page.contentDocument!;
      const el = doc.querySelector('news-article')!;
      await articleReady(el);
      const inline = shadowPart<HTMLImageElement>(el, 'image')!;
      await waitUntil(() => inline.complete && inline.naturalWidth > 0, 'inline image', { timeout: 10_000 });
      // The dialog's code loads on the first press (a part loaded on demand).
      const dialog = await openEnlargeDialog(el as NewsArticle);
      const large = shadowPart<HTMLImageElement>(el, 'dialog-image')!;
      expect(dialog.open).to.equal(true);
      await waitUntil(() => large.complete && large.naturalWidth > 0, 'dialog image', { timeout: 10_000 });
      // Measured once the opening zoom has ended (it scales the dialog from 96%).
      await Promise.all(dialog.getAnimations().map((animation) => animation.finished));

      // 390px, less a classic scrollbar where the browser draws one beside the page (Firefox here).
      const viewport = doc.documentElement.clientWidth;
      expect(viewport).to.be.within(370, 390);
      const inlineWidth = width(inline);
      const largeWidth = width(large);
      expect(largeWidth, `dialog ${largeWidth}px, inline ${inlineWidth}px`).to.be.above(inlineWidth + 8);
      expect(largeWidth).to.be.closeTo(viewport, 1);
      expect(width(dialog)).to.be.closeTo(viewport, 1);
      // Pinch-zoom stays the reader's: nothing turns touch gestures off.
      for (const node of [dialog, large, doc.documentElement, doc.body]) {
        expect(getComputedStyle(node).touchAction).to.not.equal('none');
      }
      dialog.close();
      page.remove();
    });

    it('keeps the dialog inside the viewport with a margin on a wide screen', async () => {
      const page = await frame(
        {
          srcdoc: widgetPage(
            `<news-article feed="${DEMO_FEED}" article-id="upaya-balikpapan-birokrasi-bersih"></news-article>`,
          ),
        },
        1280,
        900,
      );
      const el = page.contentDocument!.querySelector('news-article')!;
      await articleReady(el);
      // The dialog's code loads on the first press (a part loaded on demand).
      const dialog = await openEnlargeDialog(el as NewsArticle);
      const large = shadowPart<HTMLImageElement>(el, 'dialog-image')!;
      await waitUntil(() => large.complete && large.naturalWidth > 0, 'dialog image', { timeout: 10_000 });
      await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
      expect(width(dialog)).to.be.below(1280);
      expect(width(large)).to.be.above(width(shadowPart(el, 'image')));
      dialog.close();
      page.remove();
    });
  });
});
