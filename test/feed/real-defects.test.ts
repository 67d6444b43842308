// What real JSON Feed and WordPress documents broke (issue "Real feeds"), each on a document of
// the corpus (test/fixtures/real/, provenance in SOURCES.md). Where the defect needs a field a
// document lacks (no real feed in the corpus leaves out `id` or `date_gmt`), the test takes the
// real document and removes just that field, as the generators that produce it do.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { captureWarnings, guardPageErrors } from './helpers.js';

type Json = Record<string, unknown> & { items?: Record<string, unknown>[] };

async function real(file: string): Promise<Json> {
  return (await (await fetch(`/feeds/${file}`)).json()) as Json;
}

const FEED_URL = 'https://portal.example/feed.json';

describe('real documents that broke the feed client', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  it('decodes character references in JSON Feed titles written by WordPress (Pixel Envy, item 12)', async () => {
    const feed = parseFeed(await real('jsonfeed10-pxlnv-wordpress-entities.json'), FEED_URL);
    expect(feed.items[12]!.title).to.equal(
      'FCC Says Releasing ‘Jokes’ It Wrote About Ajit Pai Colluding With Verizon Would ‘Harm’ Agency',
    );
  });

  it('keeps JSON Feed items without id, known by their url, with one warning for the feed (Daring Fireball)', async () => {
    const json = await real('jsonfeed11-daringfireball.json');
    const urls = json.items!.map((item) => item.url);
    for (const item of json.items!) delete item.id;
    const feed = parseFeed(json, FEED_URL);
    expect(feed.items.map((item) => item.id)).to.deep.equal(urls);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('have no "id"');
    expect(warnings[0]).to.contain('"url" is used instead');
  });

  it('reads the WordPress single-post endpoint, an object (/wp/v2/posts/60, Worona)', async () => {
    const feed = parseFeed(
      await real('wp-post-single-embed-worona-60.json'),
      'https://demo.example/wp-json/wp/v2/posts/60',
    );
    expect(feed.format).to.equal('wordpress');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['60']);
    expect(feed.items[0]!.title).to.equal('The Beauties of Gullfoss');
  });

  it('keeps a JSON Feed photo post (an image, no title or text) with an empty title (3960)', async () => {
    const json = await real('jsonfeed11-3960-de.json');
    const photo = json.items![0]!;
    for (const field of ['title', 'content_html', 'content_text', 'summary']) delete photo[field];
    const feed = parseFeed(json, FEED_URL);
    expect(feed.items[0]).to.include({ id: photo.id, title: '', image: photo.image });
  });

  it('places a WordPress date without date_gmt at the offset the other posts show (Web à Québec, +01:00)', async () => {
    const posts = (await real('wp-posts-waq-fr.json')) as unknown as Record<string, unknown>[];
    const { date_gmt: gmt, modified_gmt: modifiedGmt } = posts[1]!;
    posts[1]!.date_gmt = null;
    posts[1]!.modified_gmt = null;
    const item = parseFeed(posts, FEED_URL).items[1]!;
    expect(item.published?.toISOString()).to.equal(`${gmt as string}.000Z`);
    expect(item.modified?.toISOString()).to.equal(`${modifiedGmt as string}.000Z`);
    expect(item.publishedOffset).to.equal(60);
    expect(item.zoneless).to.equal(undefined);
  });

  it('keeps a WordPress date without date_gmt and nothing to place it by as wall-clock time, marked zoneless', async () => {
    const posts = (await real('wp-posts-waq-fr.json')) as unknown as Record<string, unknown>[];
    const post = posts[0]!;
    post.date_gmt = null;
    post.modified_gmt = null;
    const item = parseFeed(post, FEED_URL).items[0]!;
    expect(item.zoneless).to.equal(true);
    // The digits the site wrote, never moved to another instant.
    expect(item.published?.toISOString().slice(0, 19)).to.equal(post.date);
    // A last change known only by its digits is left out rather than written with a false zone.
    expect(item.modified).to.equal(undefined);
  });

  it('reads podcast attachments of a JSON Feed (Timetable)', async () => {
    const feed = parseFeed(await real('jsonfeed10-podcast-timetable.json'), FEED_URL);
    expect(feed.items[0]!.attachments).to.deep.equal([
      {
        url: 'http://timetable.manton.org/podcast-download/139/episode-45-launch-week.mp3',
        kind: 'audio',
        type: 'audio/mpeg',
        size: 5236920,
      },
    ]);
  });
});
