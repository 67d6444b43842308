// Every document of the real-data corpus (test/fixtures/real/, provenance in SOURCES.md) through
// every widget, as a page uses them: served byte-exact by the test server, one provider per
// document. No page error; every item reaches the lists; the titles and the first article's body
// are the document's own (test/fixtures/real/expected.json, worked out independently in Python).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { ArticleListWidget } from '../../src/components/shared/article-list.js';
import { collapse, corpus } from '../feed/real-corpus.js';
import { guardPageErrors } from '../feed/helpers.js';
import { part, ready, text } from '../news-article/helpers.js';
import { settled, titles } from '../lists/helpers.js';

describe('the real-data corpus, through every widget', () => {
  guardPageErrors();

  for (const expected of corpus) {
    it(`shows ${expected.file} in <news-article>, <related-list> and <trending-region>`, async () => {
      const firstId = expected.ids[0]!;
      const provider = await fixture(html`
        <news-provider feed="/feeds/${expected.file}" locale="en">
          <news-article article-id=${firstId}></news-article>
          <related-list article-id=${firstId} limit="500"></related-list>
          <news-provider>
            <trending-region limit="500"></trending-region>
          </news-provider>
        </news-provider>
      `);
      const article = provider.querySelector<NewsArticle>('news-article')!;
      const related = provider.querySelector<ArticleListWidget>('related-list')!;
      const trending = provider.querySelector<ArticleListWidget>('trending-region')!;
      await ready(article);
      await settled(related);
      await settled(trending);

      const [firstTitle] = expected.titles;
      const headline = collapse(text(part(article, 'headline')));
      if (firstTitle) expect(headline).to.equal(firstTitle);
      // Untitled: a line of the article's own text, else the "Photo" label over its image.
      else if (headline === 'Photo') expect(part(article, 'image')).to.not.equal(null);
      else expect(collapse(part(article, 'body')?.textContent ?? '')).to.contain(headline.replace(/…$/, ''));
      if (expected.sentence !== null && expected.sentenceItem === 0) {
        // The body, or for a post the feed gives only an excerpt of, that excerpt.
        expect(collapse(article.shadowRoot!.textContent ?? '')).to.contain(expected.sentence);
      }

      // Every other item is related to the first (by shared terms, else by date); trending ranks all
      // (under its own provider: a list skips the page's article and what lists above it show).
      expect(titles(related)).to.have.length(expected.items - 1);
      expect(titles(trending)).to.have.length(expected.items);
      const shown = titles(trending).map(collapse);
      for (const title of expected.titles) if (title) expect(shown).to.include(title);
    });
  }
});
