// Real WordPress markup through the news profile: the layout classes it keeps, the link a refused
// embed leaves, and the featured image a theme repeats at the top of the body.
import { expect } from '@open-wc/testing';
import { articleStyles } from '../../src/components/news-article/news-article.styles.js';
import { stateStyles } from '../../src/components/shared/state.styles.js';
import { sanitizeArticleHtml } from '../../src/sanitize/index.js';
import { tokens } from '../../src/theme/tokens.js';
import { assertSafeTree } from './harness.js';

// WordPress/gutenberg test/integration/fixtures/blocks/core__gallery-with-caption.serialized.html
// at 1e4eb71b3d9ee0d6b5c9f84ecea69b3f6142a56b (verbatim).
const GALLERY_NESTED = `<!-- wp:gallery {"ids":[],"shortCodeTransforms":[],"linkTo":"none","className":"columns-2"} -->
<figure class="wp-block-gallery has-nested-images columns-default has-caption is-cropped columns-2"><!-- wp:image {"id":1421,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="https://sergioestevaofolio.files.wordpress.com/2016/09/cropped-img_9054-1.jpg?w=190" alt="Image gallery image" class="wp-image-1421"/></figure>
<!-- /wp:image -->

<!-- wp:image {"id":1440,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="https://sergioestevaofolio.files.wordpress.com/2017/09/cropped-l1001498-1.jpg?w=580" alt="Image gallery image" class="wp-image-1440"/></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">Gallery Caption</figcaption></figure>
<!-- /wp:gallery -->
`;

// WordPress/gutenberg test/integration/fixtures/blocks/core__gallery__deprecated-1.serialized.html
// at 27f407845426551402e2eb0102a8315cdf9296cb (verbatim): the pre-5.9 gallery, a figure around a list.
const GALLERY_LIST = `<!-- wp:gallery {"columns":2,"linkTo":"none","align":"wide"} -->
<figure class="wp-block-gallery alignwide columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="http://localhost:8888/wp-content/uploads/foo.png" alt="title"/></figure></li><li class="blocks-gallery-item"><figure><img src="http://localhost:8888/wp-content/uploads/foo.jpg" alt="title"/></figure></li></ul></figure>
<!-- /wp:gallery -->
`;

// WordPress/gutenberg test/integration/fixtures/blocks/core__columns.serialized.html
// at 665e51a52bb9e37143987e372052e40cab93a8af (verbatim).
const COLUMNS = `<!-- wp:columns {"backgroundColor":"secondary"} -->
<div class="wp-block-columns has-secondary-background-color has-background"><!-- wp:column -->
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
<!-- /wp:columns -->
`;

// WordPress/gutenberg test/integration/fixtures/blocks/core__image__deprecated-align-wrapper.serialized.html
// at 324dfe88d93f2cb23b433c334d0bfd44923ba02a, with its data: image (which the URL policy drops)
// replaced by an upload URL.
const IMAGE_ALIGNLEFT = `<!-- wp:image {"align":"left","id":13,"width":358,"height":164,"sizeSlug":"large","linkDestination":"none","style":{"border":{"radius":"10px"}}} -->
<figure class="wp-block-image alignleft size-large is-resized" style="border-radius:10px"><img src="http://localhost:8888/wp-content/uploads/foo.png" alt="" class="wp-image-13" width="358" height="164"/></figure>
<!-- /wp:image -->
`;

// The classic [gallery] shortcode with HTML5 support, as gallery_shortcode() in
// WordPress/wordpress-develop src/wp-includes/media.php at 0026dbd1e4353703dfe391ceeed2f735f5633a9c
// writes it (one item with a caption; wp_get_attachment_link() gives the linked thumbnail).
const CLASSIC_GALLERY = `<div id='gallery-1' class='gallery galleryid-12 gallery-columns-3 gallery-size-thumbnail'><figure class='gallery-item'>
			<div class='gallery-icon landscape'>
				<a href='https://news.example/pasar/image1/'><img width="150" height="150" src="https://news.example/wp-content/uploads/2025/06/image1-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" aria-describedby="gallery-1-7" /></a>
			</div>
				<figcaption class='wp-caption-text gallery-caption' id='gallery-1-7'>
				Pasar Klandasan
				</figcaption></figure>
		</div>
`;

// An embed block as a post's content.rendered carries it: the figure, wrapper and caption of
// WordPress/gutenberg test/integration/fixtures/blocks/core__embed__deprecated-1.serialized.html at
// be72ffa21df43fe4257e4a99bc60a8a6ab9e975c, the classes packages/block-library/src/embed/save.js (at
// 26d93c15cbb6c118f2afafdb23ee7032da90ec3f) gives a responsive YouTube video, and the URL line
// replaced, as WordPress's autoembed does, by YouTube's oEmbed iframe.
const EMBED_YOUTUBE = `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=y_pjE_p1HwE","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe title="Kota Balikpapan dari udara" width="500" height="281" src="https://www.youtube.com/embed/y_pjE_p1HwE?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Embedded content from an example URL</figcaption></figure>
<!-- /wp:embed -->
`;

/** Sanitizes into a detached container so nothing loads. */
function render(input: string, options?: Parameters<typeof sanitizeArticleHtml>[1]): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeArticleHtml(input, options));
  return container;
}

/** Every element that kept a class, as `[tag, class]`, in document order. */
function classes(root: Element): string[][] {
  return Array.from(root.querySelectorAll('[class]')).map((e) => [e.localName, e.getAttribute('class')!]);
}

describe('sanitizeArticleHtml: WordPress layout classes', () => {
  it('keeps the gallery, image and cropping classes of a Gutenberg gallery, and drops the rest', () => {
    const out = render(GALLERY_NESTED);
    expect(classes(out)).to.deep.equal([
      ['figure', 'wp-block-gallery has-nested-images is-cropped columns-2'],
      ['figure', 'wp-block-image'],
      ['figure', 'wp-block-image'],
    ]);
    expect(out.querySelectorAll('img').length).to.equal(2);
    expect(out.querySelector('figcaption')!.textContent).to.equal('Gallery Caption');
    assertSafeTree(out);
  });

  it('keeps the grid classes of a pre-5.9 gallery list', () => {
    expect(classes(render(GALLERY_LIST))).to.deep.equal([
      ['figure', 'wp-block-gallery alignwide columns-2 is-cropped'],
      ['ul', 'blocks-gallery-grid'],
      ['li', 'blocks-gallery-item'],
      ['li', 'blocks-gallery-item'],
    ]);
  });

  it('keeps columns, and drops their color classes', () => {
    const out = render(COLUMNS);
    expect(classes(out)).to.deep.equal([
      ['div', 'wp-block-columns'],
      ['div', 'wp-block-column'],
      ['div', 'wp-block-column'],
    ]);
    expect(out.querySelectorAll('.wp-block-column p').length).to.equal(4);
  });

  it('keeps the alignment of an image, not its size, style or attachment classes', () => {
    const out = render(IMAGE_ALIGNLEFT);
    expect(classes(out)).to.deep.equal([['figure', 'wp-block-image alignleft']]);
    expect(out.querySelector('figure')!.hasAttribute('style')).to.equal(false);
    expect(out.querySelector('img')!.getAttribute('width')).to.equal('358');
  });

  it('keeps the classic shortcode gallery and its column count, not its ids or icon classes', () => {
    const out = render(CLASSIC_GALLERY);
    expect(classes(out)).to.deep.equal([
      ['div', 'gallery gallery-columns-3'],
      ['figure', 'gallery-item'],
    ]);
    expect(out.querySelectorAll('[id]').length).to.equal(0);
    expect(out.querySelector('figcaption')!.textContent!.trim()).to.equal('Pasar Klandasan');
  });

  it('keeps only exact names: no other column counts, cases, prefixes or suffixes', () => {
    const out = render(
      '<p class="columns-0 columns-9 columns-10 gallery-columns-9 Columns-2 ALIGNLEFT alignleft2 x-alignleft ' +
        'wp-block-gallery-x wp-block-galleryx gallery--item wp-block-embed-youtube has-background">x</p>' +
        '<p class=" alignright\talignright\n columns-8 ">y</p>',
    );
    expect(out.innerHTML).to.equal('<p>x</p><p class="alignright columns-8">y</p>');
  });

  it("never keeps a class that the widget's own styles use", () => {
    // Every class selector of the article frame's stylesheets (the body's prose styles are the
    // only ones written for feed classes), and the body's own class.
    const ours = new Set(['prose']);
    for (const sheet of [tokens, stateStyles, articleStyles]) {
      for (const [, name] of sheet.cssText.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) ours.add(name!);
    }
    expect(ours.size, 'class names found in our styles').to.be.above(15);
    expect(render(`<p class="${[...ours].join(' ')}">x</p>`).innerHTML).to.equal('<p>x</p>');
  });
});

describe('sanitizeArticleHtml: a refused embed leaves a link', () => {
  it('replaces the iframe of a WordPress embed with a link named by its title, keeping the caption', () => {
    const out = render(EMBED_YOUTUBE);
    expect(out.innerHTML.trim()).to.equal(
      '<figure class="wp-block-embed is-type-video wp-embed-aspect-16-9"><div class="wp-block-embed__wrapper">\n' +
        '<a href="https://www.youtube.com/embed/y_pjE_p1HwE?feature=oembed" target="_blank" rel="noopener noreferrer">Kota Balikpapan dari udara</a>\n' +
        '</div><figcaption>Embedded content from an example URL</figcaption></figure>',
    );
    assertSafeTree(out);
  });

  it('links an iframe from a host outside embed-hosts, where it stood', () => {
    const out = render(
      '<p>a</p><iframe src="https://evil.example/x" onload="__xss()">inside</iframe><p>b</p>',
      {
        embedHosts: ['www.youtube-nocookie.com'],
      },
    );
    expect(out.innerHTML).to.equal(
      '<p>a</p><a href="https://evil.example/x" target="_blank" rel="noopener noreferrer">evil.example/x</a><p>b</p>',
    );
  });

  it('names an untitled embed by its host and path, shortened', () => {
    const links = Array.from(
      render(
        '<iframe src="https://www.youtube.com/embed/y_pjE_p1HwE?feature=oembed"></iframe>' +
          '<iframe src="https://embed.example/" title="  "></iframe>' +
          '<iframe src="https://player.example.com/embed/2025/06/30/balikpapan-birokrasi-bersih-dan-akuntabel?x=1"></iframe>',
      ).querySelectorAll('a'),
    ).map((a) => a.textContent);
    expect(links).to.deep.equal([
      'www.youtube.com/embed/y_pjE_p1HwE',
      'embed.example',
      'player.example.com/embed/2025/06/30/balikpapan-…',
    ]);
  });

  it('sets the link text as text: markup in the title is never parsed', () => {
    const title = '<img src=x onerror=__xss()>Video &lt;b&gt;';
    const out = render(
      `<iframe src="https://evil.example/v" title="${title.replace(/</g, '&lt;')}"></iframe>`,
    );
    const link = out.querySelector('a')!;
    expect(link.childNodes.length).to.equal(1);
    expect(link.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
    expect(link.textContent).to.equal('<img src=x onerror=__xss()>Video <b>');
    expect(out.querySelectorAll('img').length).to.equal(0);
  });

  it('links an http embed on a host outside the allowlist as it is', () => {
    const a = render('<iframe src="http://video.example/v/1"></iframe>').querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('http://video.example/v/1');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('leaves no link for an iframe whose src fails the URL policy', () => {
    for (const src of ['javascript:parent.__xss()', 'data:text/html,<p>x</p>', 'ftp://files.example/v', '']) {
      expect(render(`<p>a</p><iframe src="${src}" title="t"></iframe><p>b</p>`).innerHTML, src).to.equal(
        '<p>a</p><p>b</p>',
      );
    }
  });
});

describe('sanitizeArticleHtml: http embeds on allowed hosts', () => {
  it('upgrades the iframe to https and keeps it', () => {
    const out = render(EMBED_YOUTUBE.replace('src="https:', 'src="http:'), {
      embedHosts: ['www.youtube.com'],
    });
    expect(out.querySelectorAll('a').length).to.equal(0);
    const iframe = out.querySelector('.wp-block-embed__wrapper > iframe')!;
    expect(iframe.getAttribute('src')).to.equal('https://www.youtube.com/embed/y_pjE_p1HwE?feature=oembed');
    expect(iframe.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-popups allow-presentation',
    );
    assertSafeTree(out, { allowIframes: true });
  });
});

// The hero is the post's featured image (`_embedded['wp:featuredmedia']`, `source_url`); the body
// opens with a copy in another size. Image fixtures: WordPress/gutenberg
// test/integration/fixtures/blocks/core__image.serialized.html and
// core__image__attachment-link.serialized.html at 27f407845426551402e2eb0102a8315cdf9296cb, with the
// upload's file name changed to the size WordPress writes into the block.
describe('sanitizeArticleHtml: the hero image, once', () => {
  const HERO = 'http://localhost:8888/wp-content/uploads/foo.png';
  const TEXT = '<p>BALIKPAPAN- Kota Balikpapan terus berupaya.</p>';
  const image = (file: string) => `<!-- wp:image -->
<figure class="wp-block-image"><img src="http://localhost:8888/wp-content/uploads/${file}" alt=""/></figure>
<!-- /wp:image -->
`;

  it('drops an opening image block that shows the hero in another size', () => {
    for (const file of ['foo-1024x683.png', 'foo-300x200.png', 'foo-scaled.png', 'foo.png']) {
      expect(render(image(file) + TEXT, { heroImage: HERO }).innerHTML.trim(), file).to.equal(TEXT);
    }
  });

  it('drops the whole figure, with its attachment link and caption', () => {
    const linked = `<!-- wp:image {"linkDestination":"attachment"} -->
<figure class="wp-block-image"><a href="http://localhost:8888/?attachment_id=7"><img src="http://localhost:8888/wp-content/uploads/foo-1024x683.png" alt=""/></a><figcaption class="wp-element-caption">Sekretaris Daerah (Sekda) Kota Balikpapan, Muhaimin</figcaption></figure>
<!-- /wp:image -->
`;
    expect(render(linked + TEXT, { heroImage: HERO }).innerHTML.trim()).to.equal(TEXT);
  });

  it('recognises the hero among the srcset candidates', () => {
    // A CDN plugin rewrote only the src (a resize query makes it another file); the srcset still
    // lists the uploads.
    const classic =
      '<p><img class="aligncenter size-large wp-image-7" src="https://i0.wp.com/news.example/wp-content/uploads/2025/06/balikpapan.jpg?resize=1024%2C683" ' +
      'srcset="https://news.example/wp-content/uploads/2025/06/balikpapan-1024x683.jpg 1024w, https://news.example/wp-content/uploads/2025/06/balikpapan-300x200.jpg 300w" ' +
      'sizes="(max-width: 1024px) 100vw, 1024px" alt="" width="1024" height="683"></p>';
    const hero = 'https://news.example/wp-content/uploads/2025/06/balikpapan-scaled.jpg';
    expect(render(classic + TEXT, { heroImage: hero }).innerHTML).to.equal(TEXT);
  });

  it('keeps the text of a paragraph that opens with the image', () => {
    const out = render(
      '<p><img src="http://localhost:8888/wp-content/uploads/foo-300x200.png" alt=""> BALIKPAPAN- Kota</p>',
      {
        heroImage: HERO,
      },
    );
    expect(out.innerHTML).to.equal('<p> BALIKPAPAN- Kota</p>');
  });

  it('keeps the hero image where it comes after text', () => {
    const out = render(TEXT + image('foo-1024x683.png'), { heroImage: HERO });
    expect(out.querySelectorAll('figure > img').length).to.equal(1);
  });

  it('keeps an opening image that is another picture, or another file type', () => {
    for (const file of ['bar-1024x683.png', 'foo-2.png', 'foo-1024x683.jpg', 'foo-1024.png']) {
      expect(render(image(file) + TEXT, { heroImage: HERO }).querySelectorAll('img').length, file).to.equal(
        1,
      );
    }
  });

  it('keeps the first image of a gallery that opens the body', () => {
    const first = 'https://sergioestevaofolio.files.wordpress.com/2016/09/cropped-img_9054-1.jpg?w=190';
    const out = render(GALLERY_NESTED + TEXT, { heroImage: first });
    expect(out.querySelectorAll('figure > figure > img').length).to.equal(2);
  });

  it('keeps everything without a hero', () => {
    expect(render(image('foo-1024x683.png') + TEXT).querySelectorAll('img').length).to.equal(1);
  });
});
