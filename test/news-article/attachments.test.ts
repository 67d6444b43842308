// A podcast episode as a real podcast RSS publishes it (test/fixtures/real/rss-podcast-omnishow.rss,
// The Omni Show, provenance in SOURCES.md): its audio enclosure becomes a player in the article.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-article/news-article.define.js';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import { freshStore, guardPageErrors, part, parts, ready, storeWith, jsonFeed } from './helpers.js';

const EPISODE = 'https://theomnishow.omnigroup.com/episode/andrea-mcvittie-user-experience-designer/';

describe('<news-article> attachments', () => {
  guardPageErrors();

  it("plays a podcast episode's audio enclosure, downloading nothing until the reader presses play", async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article
        .store=${freshStore()}
        feed="/feeds/rss-podcast-omnishow.rss"
        article-id=${EPISODE}
      ></news-article>`,
    );
    await ready(el);
    const players = parts<HTMLAudioElement>(el, 'attachment');
    expect(
      players.map((player) => [player.localName, player.src, player.preload, player.controls]),
    ).to.deep.equal([
      ['audio', 'https://d2vstsfo8knv0p.cloudfront.net/audio/the-omni-show-004.mp3', 'none', true],
    ]);
  });

  it('shows video as video, names each player by its title, and leaves out what is not http(s)', async () => {
    const store = storeWith(
      jsonFeed([
        {
          id: 'v1',
          title: 'Laporan video',
          content_text: 'Isi',
          attachments: [
            { url: 'https://media.example/v1.mp4', mime_type: 'video/mp4', title: 'Liputan banjir' },
            { url: 'javascript:alert(1)', mime_type: 'audio/mpeg' },
            { url: 'https://media.example/v1.pdf', mime_type: 'application/pdf' },
          ],
        },
      ]),
    );
    const el = await fixture<NewsArticle>(
      html`<news-article .store=${store} feed="/any.json"></news-article>`,
    );
    await ready(el);
    const players = parts<HTMLVideoElement>(el, 'attachment');
    expect(
      players.map((player) => [player.localName, player.src, player.getAttribute('aria-label')]),
    ).to.deep.equal([['video', 'https://media.example/v1.mp4', 'Liputan banjir']]);
  });

  it('has no attachments part for an article without playable audio or video', async () => {
    const store = storeWith(
      jsonFeed([
        {
          id: 'a',
          title: 'Judul',
          content_text: 'Isi',
          attachments: [
            { url: 'javascript:alert(1)', mime_type: 'audio/mpeg' },
            { url: 'https://media.example/a.pdf', mime_type: 'application/pdf' },
          ],
        },
      ]),
    );
    const el = await fixture<NewsArticle>(
      html`<news-article .store=${store} feed="/any.json"></news-article>`,
    );
    await ready(el);
    expect(part(el, 'attachments')).to.equal(null);
  });
});
