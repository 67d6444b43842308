import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import { guardPageErrors, jsonFeed, part, ready, seedItem, storeWith } from './helpers.js';

// A 300x168 PNG, the size of a WordPress "medium" crop that a feed gives as its featured image
// (generated once with Node's zlib: two flat bands, so a stretched copy would show).
const SMALL_IMAGE = '/test/fixtures/images/small-300x168.png';
// An SVG with width="1200" height="675": a full-size hero.
const LARGE_IMAGE = '/demo/public/images/skyline.svg';
/**
 * The content column of a typical news site on a tablet: wider than the small image, narrower
 * than the large, and within the article's own largest width (42em), so the column decides.
 */
const COLUMN = 640;

/** The article in a COLUMN-wide column, showing a seed-like item with this image and `_news` size. */
async function heroOf(image: string, size: { image_width?: number; image_height?: number }) {
  const feed = jsonFeed([seedItem({ image }, { image_width: undefined, image_height: undefined, ...size })]);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${COLUMN}px">
      <news-article feed="/virtual/hero-${Math.random()}.json" .store=${storeWith(feed)}></news-article>
    </div>`,
  );
  const el = wrapper.querySelector('news-article') as NewsArticle;
  await ready(el);
  return { el, image: part<HTMLImageElement>(el, 'image')! };
}

/**
 * Resolves once the image has loaded and its load event has had time to run: an image from the
 * memory cache is `complete` at once, and its load event follows in a later task.
 */
async function loaded(image: HTMLImageElement): Promise<void> {
  await waitUntil(() => image.complete && image.naturalWidth > 0, `${image.src} should load`, {
    timeout: 10_000,
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function size(node: Element): { width: number; height: number } {
  const rect = node.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

function expectSize(node: Element, width: number, height: number, what: string): void {
  const actual = size(node);
  expect(Math.abs(actual.width - width), `${what} width ${actual.width}`).to.be.at.most(0.5);
  expect(Math.abs(actual.height - height), `${what} height ${actual.height}`).to.be.at.most(0.5);
}

describe('<news-article> hero image size', () => {
  guardPageErrors();

  it('shows a small featured image at its own size, the frame and "Perbesar" on it', async () => {
    const { el, image } = await heroOf(SMALL_IMAGE, { image_width: 300, image_height: 168 });
    await loaded(image);
    expectSize(image, 300, 168, 'image');
    expectSize(el.shadowRoot!.querySelector('.frame')!, 300, 168, 'frame');
    // Start-aligned, like the text of the column.
    expect(image.getBoundingClientRect().left).to.equal(part(el, 'headline')!.getBoundingClientRect().left);
    const box = image.getBoundingClientRect();
    const enlarge = part(el, 'enlarge')!.getBoundingClientRect();
    expect(enlarge.right).to.be.at.most(box.right);
    expect(enlarge.bottom).to.be.at.most(box.bottom);
    expect(getComputedStyle(image).objectFit).to.equal('fill');
  });

  it('reserves the small image its own box before it loads', async () => {
    const { image } = await heroOf('/faults/never', { image_width: 300, image_height: 168 });
    expect(image.complete).to.equal(false);
    expectSize(image, 300, 168, 'pending image');
  });

  it('still fills the column with a large image, in its own ratio', async () => {
    const { image } = await heroOf(LARGE_IMAGE, { image_width: 1200, image_height: 675 });
    expectSize(image, COLUMN, (COLUMN * 675) / 1200, 'pending image');
    await loaded(image);
    expectSize(image, COLUMN, (COLUMN * 675) / 1200, 'image');
  });

  it('shows a small image without a size whole in the 16:9 box, never scaled up', async () => {
    const { image } = await heroOf(SMALL_IMAGE, {});
    await loaded(image);
    await waitUntil(
      () => image.hasAttribute('data-small'),
      'the image should be marked smaller than its box',
    );
    // The box the skeleton reserved stays (nothing moves)...
    expectSize(image, COLUMN, (COLUMN * 9) / 16, 'image box');
    // ...and the picture in it is drawn at its own 300x168, not cropped up to cover the box.
    expect(getComputedStyle(image).objectFit).to.equal('scale-down');
  });

  it('still crops a large image without a size to the 16:9 box', async () => {
    const { image } = await heroOf(LARGE_IMAGE, {});
    await loaded(image);
    expectSize(image, COLUMN, (COLUMN * 9) / 16, 'image box');
    expect(image.hasAttribute('data-small')).to.equal(false);
    expect(getComputedStyle(image).objectFit).to.equal('cover');
  });
});
