import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NewsArticle, type SanitizeModule } from '../../src/components/news-article/news-article.js';
import {
  controlledStore,
  guardPageErrors,
  jsonFeed,
  jsonResponse,
  part,
  ready,
  seedItem,
} from './helpers.js';

interface Box {
  top: number;
  height: number;
  width: number;
}

function box(node: Element | null, origin: Element): Box {
  expect(node, 'the measured node').to.not.equal(null);
  const rect = node!.getBoundingClientRect();
  const base = origin.getBoundingClientRect();
  return { top: rect.top - base.top, height: rect.height, width: rect.width };
}

function expectSame(actual: Box, expected: Box, what: string): void {
  expect(Math.abs(actual.top - expected.top), `${what}: top ${actual.top} vs ${expected.top}`).to.be.at.most(
    1,
  );
  expect(
    Math.abs(actual.height - expected.height),
    `${what}: height ${actual.height} vs ${expected.height}`,
  ).to.be.at.most(1);
  expect(
    Math.abs(actual.width - expected.width),
    `${what}: width ${actual.width} vs ${expected.width}`,
  ).to.be.at.most(1);
}

/** An article whose sanitizer arrives only when the test says so (a slow network). */
class SlowSanitizerArticle extends NewsArticle {
  static release: () => void = () => undefined;
  protected override loadSanitizer(): Promise<SanitizeModule> {
    return new Promise((resolve) => {
      SlowSanitizerArticle.release = () => resolve(import('../../src/sanitize/index.js'));
    });
  }
}
SlowSanitizerArticle.define('slow-sanitizer-article');

describe('<news-article> layout stability', () => {
  guardPageErrors();

  it('keeps the headline and the hero image box where the skeleton put them', async () => {
    const { store, respond } = controlledStore();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="column">
        <news-article feed="/virtual/layout.json" .store=${store}></news-article>
      </div>`,
    );
    // A fixed column: the seed headline takes two lines in it, as the skeleton assumes.
    wrapper.style.width = '760px';
    const el = wrapper.querySelector('news-article')!;
    await waitUntil(() => part(el, 'skeleton') !== null);
    const skeleton = part(el, 'skeleton')!;
    const before = {
      meta: box(skeleton.querySelector('.meta'), el),
      headline: box(skeleton.querySelector('.headline'), el),
      image: box(skeleton.querySelector('.frame'), el),
      host: el.getBoundingClientRect().height,
    };

    // The real seed article's body: the skeleton is sized for an article of that length.
    const demo = await (await fetch('/demo/public/feed.json')).json();
    respond(() => jsonResponse(jsonFeed([seedItem({ content_html: demo.items[0].content_html })])));
    await ready(el);
    const after = {
      meta: box(el.shadowRoot!.querySelector('.meta'), el),
      headline: box(part(el, 'headline'), el),
      image: box(part(el, 'image'), el),
      host: el.getBoundingClientRect().height,
    };

    const lineHeight = parseFloat(getComputedStyle(part(el, 'headline')!).lineHeight);
    expect(Math.round(after.headline.height / lineHeight), 'the headline wraps to two lines here').to.equal(
      2,
    );
    expectSame(after.meta, before.meta, 'meta line');
    expectSame(after.headline, before.headline, 'headline');
    expectSame(after.image, before.image, 'hero image box');
    // A typical article ends close to where the skeleton did (the body differs, the frame does not).
    expect(
      Math.abs(after.host - before.host) / after.host,
      `height ${before.host} → ${after.host}`,
    ).to.be.below(0.25);
  });

  it('reserves the image box from width and height before the image has loaded', async () => {
    const { store, respond } = controlledStore();
    // An image that never arrives: its box must still have the feed's aspect ratio.
    respond(() =>
      jsonResponse(jsonFeed([seedItem({ image: '/faults/never' }, { image_width: 800, image_height: 600 })])),
    );
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><news-article feed="/virtual/never-image.json" .store=${store}></news-article></div>`,
    );
    wrapper.style.width = '400px';
    const el = wrapper.querySelector('news-article')!;
    await ready(el);
    const image = part<HTMLImageElement>(el, 'image')!;
    expect(image.complete).to.equal(false);
    const rect = image.getBoundingClientRect();
    expect(rect.width).to.equal(400);
    expect(Math.abs(rect.height - 300)).to.be.at.most(1);
  });

  it('holds the body place with busy lines while the sanitizer loads, without moving the header', async () => {
    const { store, respond } = controlledStore();
    respond(() => jsonResponse(jsonFeed([seedItem()])));
    const el = document.createElement('slow-sanitizer-article') as SlowSanitizerArticle;
    el.feed = '/virtual/pending.json';
    el.store = store;
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => part(el, 'article') !== null);
    const body = part(el, 'body')!;
    expect(body.getAttribute('aria-busy')).to.equal('true');
    expect(body.querySelectorAll('.bone').length).to.be.above(3);
    const headline = box(part(el, 'headline'), el);
    const image = box(part(el, 'image'), el);

    SlowSanitizerArticle.release();
    await waitUntil(() => part(el, 'body')?.querySelector('p') != null, 'the body');
    expect(part(el, 'body')!.hasAttribute('aria-busy')).to.equal(false);
    expectSame(box(part(el, 'headline'), el), headline, 'headline');
    expectSame(box(part(el, 'image'), el), image, 'hero image box');
  });
});
