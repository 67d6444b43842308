// <news-article> with WordPress bodies: the featured image is not shown twice, and block layouts
// (galleries, columns, alignment, embeds) keep their layout inside the shadow root.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { FeedStore } from '../../src/feed/store.js';
import type { NewsFeed, NewsItem } from '../../src/feed/types.js';
import { guardPageErrors, part, ready } from './helpers.js';

const IMAGES = new URL('/demo/public/images/', location.href).href;

/** A store that hands over one already-built WordPress item (as the adapter leaves it). */
function storeWith(item: Partial<NewsItem>): FeedStore {
  const feed: NewsFeed = {
    format: 'wordpress',
    language: 'id',
    items: [{ id: '7', title: 'Judul', contentHtml: '', authors: [], tags: [], related: [], ...item }],
  };
  return {
    peek: () => feed,
    load: async () => feed,
    refresh: async () => feed,
    subscribe: () => () => undefined,
  } as unknown as FeedStore;
}

async function article(item: Partial<NewsItem>, width = 800, embedHosts = ''): Promise<NewsArticle> {
  const el = await fixture<NewsArticle>(
    html`<news-article
      feed="/virtual/wp-json/wp/v2/posts"
      embed-hosts=${embedHosts}
      .store=${storeWith(item)}
    ></news-article>`,
  );
  // The page's size for the widget, as a host page's CSS would set it.
  el.style.width = `${width}px`;
  await ready(el);
  await nextFrame();
  return el;
}

// The featured image (`_embedded['wp:featuredmedia'][0].source_url`) and a body that opens with it
// in the "large" size: WordPress/gutenberg test/integration/fixtures/blocks/core__image.serialized.html
// at 27f407845426551402e2eb0102a8315cdf9296cb, its upload URL pointed at a demo image.
describe('<news-article> with a WordPress body that repeats the featured image', () => {
  guardPageErrors();

  const contentHtml = (file: string) => `<!-- wp:image -->
<figure class="wp-block-image"><img src="${IMAGES}${file}" alt=""/></figure>
<!-- /wp:image -->
<p>BALIKPAPAN- Kota Balikpapan terus berupaya.</p>`;

  it('shows the featured image as the hero only, not again at the top of the body', async () => {
    const el = await article({
      contentHtml: contentHtml('skyline-1024x576.svg'),
      image: `${IMAGES}skyline.svg`,
    });
    const body = part(el, 'body')!;
    expect(body.querySelectorAll('img, figure').length, 'images and figures in the body').to.equal(0);
    expect(body.querySelector('p')!.textContent).to.equal('BALIKPAPAN- Kota Balikpapan terus berupaya.');
  });

  it('keeps the image in the body when the item took it from there (imageInBody)', async () => {
    // What the feed parser does for a post without a featured image: its image is the body's first.
    const el = await article({
      contentHtml: contentHtml('skyline.svg'),
      image: `${IMAGES}skyline.svg`,
      imageInBody: true,
    });
    const img = part(el, 'body')!.querySelector('figure > img')!;
    expect(img.getAttribute('src')).to.equal(`${IMAGES}skyline.svg`);
  });
});

// Gutenberg's own fixtures (WordPress/gutenberg test/integration/fixtures/blocks/), with upload URLs
// pointed at demo images and data: images replaced:
// core__columns.serialized.html at 665e51a52bb9e37143987e372052e40cab93a8af,
// core__gallery-with-caption.serialized.html at 1e4eb71b3d9ee0d6b5c9f84ecea69b3f6142a56b,
// core__image__deprecated-align-wrapper.serialized.html at 324dfe88d93f2cb23b433c334d0bfd44923ba02a,
// core__embed__deprecated-1.serialized.html at be72ffa21df43fe4257e4a99bc60a8a6ab9e975c (the URL line
// replaced by a player iframe, as WordPress renders it, classes as packages/block-library/src/embed/save.js
// at 26d93c15cbb6c118f2afafdb23ee7032da90ec3f writes them for a 4:3 video).
const LAYOUTS = `<div class="wp-block-columns has-secondary-background-color has-background"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Column One, Paragraph One</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Column One, Paragraph Two</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Column Two, Paragraph One</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Column Three, Paragraph One</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<figure class="wp-block-gallery has-nested-images columns-default has-caption is-cropped columns-2"><!-- wp:image {"id":1421,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="${IMAGES}river.svg" alt="Image gallery image" class="wp-image-1421"/></figure>
<!-- /wp:image -->

<!-- wp:image {"id":1440,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="${IMAGES}harbour.svg" alt="Image gallery image" class="wp-image-1440"/></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">Gallery Caption</figcaption></figure>
<figure class="wp-block-image alignleft size-large is-resized" style="border-radius:10px"><img src="${IMAGES}market.svg" alt="" class="wp-image-13" width="358" height="164"/></figure>
<p>Text that flows beside the image.</p>
<figure class="wp-block-embed is-type-video is-provider-video wp-block-embed-video wp-embed-aspect-4-3 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe title="Video" width="500" height="281" src="https://video.example/embed/1" frameborder="0" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Embedded content from an example URL</figcaption></figure>`;

describe('<news-article> with WordPress block layouts', () => {
  guardPageErrors();

  const box = (element: Element) => element.getBoundingClientRect();

  it('lays galleries, columns, floats and embeds out as WordPress does, in a wide body', async () => {
    const el = await article({ contentHtml: LAYOUTS }, 800, 'video.example');
    const body = part(el, 'body')!;

    const [first, second] = Array.from(body.querySelectorAll('.wp-block-column')).map(box);
    expect(second!.top, 'columns side by side').to.equal(first!.top);
    expect(second!.left).to.be.greaterThan(first!.right);
    expect(second!.width).to.be.closeTo(first!.width, 1);

    const gallery = body.querySelector('.wp-block-gallery')!;
    const [a, b] = Array.from(gallery.querySelectorAll(':scope > figure')).map(box);
    expect(b!.top, 'gallery images side by side').to.equal(a!.top);
    expect(b!.left).to.be.greaterThan(a!.right);
    expect(a!.width + b!.width).to.be.closeTo(box(gallery).width, 12);
    expect(box(gallery.querySelector(':scope > figcaption')!).width, 'caption spans the grid').to.be.closeTo(
      box(gallery).width,
      1,
    );

    const floated = body.querySelector('.alignleft')!;
    expect(getComputedStyle(floated).float).to.equal('left');
    expect(box(floated.nextElementSibling!).top, 'text beside the image').to.be.lessThan(box(floated).bottom);

    const iframe = box(body.querySelector('.wp-block-embed iframe')!);
    expect(iframe.width / iframe.height).to.be.closeTo(4 / 3, 0.02);
  });

  it('stacks columns and stops floating in a narrow body', async () => {
    const el = await article({ contentHtml: LAYOUTS }, 320, 'video.example');
    const body = part(el, 'body')!;

    const [first, second] = Array.from(body.querySelectorAll('.wp-block-column')).map(box);
    expect(second!.top, 'second column below the first').to.be.at.least(first!.bottom);
    expect(second!.left).to.equal(first!.left);

    const floated = body.querySelector('.alignleft')!;
    expect(getComputedStyle(floated).float).to.equal('none');
    expect(box(floated.nextElementSibling!).top).to.be.at.least(box(floated).bottom);
  });
});
