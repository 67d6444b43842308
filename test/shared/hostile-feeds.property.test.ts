import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { NewsWidget } from '../../src/components/shared/news-widget.js';
import { captureWarnings, guardPageErrors } from '../feed/helpers.js';
import { storeWith } from '../news-article/helpers.js';
import { assertSafeTree, installSentinel, settle } from '../sanitize/harness.js';

/**
 * Every feed field that reaches the DOM, filled with hostile and arbitrary values, through all
 * three widgets at once. Whatever the feed, each widget ends in a state (content, empty or error),
 * no injected code runs, text fields stay text, every URL in the shadow DOM is one the URL policy
 * allows, and the article body holds only what the sanitizer's profile allows.
 */

const PAYLOADS = [
  '<img src=x onerror=__xss()>',
  '"><svg onload=__xss()>',
  "'><script>__xss()</script>",
  'javascript:__xss()',
  ' jav&#x09;ascript:__xss()',
  'JaVaScRiPt:__xss()',
  'data:text/html,<script>__xss()</script>',
  'vbscript:__xss()',
  '&lt;img src=x onerror=__xss()&gt;',
  '</style><img src=x onerror=__xss()>',
  '<a href="javascript:__xss()">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
  '<form><button formaction="javascript:__xss()">x</button></form>',
  '<iframe src="javascript:__xss()"></iframe>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<p id="main" class="hidden" name="x" tabindex="1" style="color:red">restyled</p>',
  '<?xml-stylesheet href="x"?><p>pi</p>',
  '{{constructor.constructor("__xss()")()}}',
  '\u202eevil\u0000\uFEFF',
  'https://example.com/a?x=1&y="><img src=x onerror=__xss()>',
];

/** A value for any field: a payload, a payload glued to text, plausible values, or junk. */
const hostile = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.tuple(fc.string(), fc.constantFrom(...PAYLOADS)).map(([a, b]) => a + b),
  fc.constantFrom(
    'https://news.example/a',
    '/relatif',
    'mailto:redaksi@news.example',
    '2025-06-30T09:00:00+08:00',
    '',
  ),
  fc.string(),
  fc.jsonValue({ maxDepth: 1 }),
);

const jsonFeedItem = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1 }), hostile),
    url: hostile,
    title: hostile,
    content_html: hostile,
    summary: hostile,
    image: hostile,
    date_published: hostile,
    authors: fc.array(fc.record({ name: hostile, url: hostile, avatar: hostile }, { requiredKeys: [] }), {
      maxLength: 2,
    }),
    tags: fc.array(hostile, { maxLength: 3 }),
    _news: fc.record(
      {
        category: hostile,
        region: hostile,
        views: hostile,
        image_caption: hostile,
        image_alt: hostile,
        related: fc.array(hostile),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id', 'title'] },
);

const wordpressPost = fc.record(
  {
    id: fc.oneof(fc.nat(), hostile),
    link: hostile,
    date_gmt: hostile,
    title: fc.record({ rendered: hostile }),
    content: fc.record({ rendered: hostile }),
    excerpt: fc.record({ rendered: hostile }),
    _embedded: fc.record(
      {
        author: fc.array(fc.record({ name: hostile, link: hostile }, { requiredKeys: [] }), { maxLength: 1 }),
        'wp:featuredmedia': fc.array(
          fc.record({ source_url: hostile, caption: fc.record({ rendered: hostile }) }),
          {
            maxLength: 1,
          },
        ),
        'wp:term': fc.array(
          fc.array(fc.record({ taxonomy: fc.constantFrom('category', 'post_tag'), name: hostile })),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id', 'title'] },
);

const feed = fc.oneof(
  fc
    .array(jsonFeedItem, { maxLength: 5 })
    .map((items) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Hostile', items })),
  fc.array(wordpressPost, { minLength: 1, maxLength: 4 }),
);

const STATES = '[part~="article"], [part~="list"], [part~="empty"], [part~="error"]';
/** Parts that show one feed text field each: text nodes only, never elements from the feed. */
const TEXT_PARTS = ['title', 'headline', 'category', 'author', 'caption', 'tag', 'date', 'summary'];
/** The URL policy: links may also be mailto/tel; anything the page loads is http(s) only. */
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const MEDIA_SCHEMES = ['http:', 'https:'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset'];

function schemeOf(url: string): string {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return 'unparsable:';
  }
}

/**
 * Everything in the widget's own markup that could run code or leave the page (the article body
 * is checked by the sanitizer's stricter `assertSafeTree`).
 */
function problemsIn(widget: NewsWidget): string[] {
  const problems: string[] = [];
  const root = widget.shadowRoot!;
  const body = root.querySelector('[part~="body"]');
  if (body) {
    try {
      assertSafeTree(body);
    } catch (error) {
      problems.push(`body: ${(error as Error).message}`);
    }
  }
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link'].includes(name)) {
      problems.push(`<${name}> in the shadow DOM`);
    }
    for (const { name: attribute, value } of element.attributes) {
      if (attribute.startsWith('on')) problems.push(`${attribute} on <${name}>`);
      if (!URL_ATTRIBUTES.includes(attribute)) continue;
      const urls =
        attribute === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!) : [value];
      const allowed = attribute === 'href' ? LINK_SCHEMES : MEDIA_SCHEMES;
      if (!urls.every((url) => allowed.includes(schemeOf(url))))
        problems.push(`${attribute}="${value}" on <${name}>`);
    }
  }
  for (const part of TEXT_PARTS) {
    for (const element of root.querySelectorAll(`[part~="${part}"]`)) {
      // A tag or author may wrap its text in a link the widget made; nothing else is allowed.
      for (const child of element.querySelectorAll('*')) {
        if (!['a', 'span', 'svg', 'path'].includes(child.localName) || child.attributes.length > 4) {
          problems.push(`<${child.localName}> inside part ${part}`);
        }
      }
    }
  }
  return problems;
}

/** Renders the three widgets on one feed; resolves once each has ended in a state. */
async function renderAll(value: unknown): Promise<NewsWidget[]> {
  const store = storeWith(JSON.parse(JSON.stringify(value)) as unknown);
  const container = await fixture<HTMLElement>(
    html`<div>
      <news-article feed="https://news.example/hostile.json" .store=${store}></news-article>
      <related-list feed="https://news.example/hostile.json" .store=${store}></related-list>
      <trending-region feed="https://news.example/hostile.json" .store=${store}></trending-region>
    </div>`,
  );
  const widgets = [...container.children] as NewsWidget[];
  await waitUntil(
    () =>
      widgets.every(
        // Not busy: the article's body is sanitized, not bones waiting for the sanitizer.
        (widget) =>
          widget.shadowRoot?.querySelector(STATES) &&
          !widget.hasAttribute('aria-busy') &&
          !widget.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
    'every widget should end in a state',
    { timeout: 10_000 },
  );
  return widgets;
}

describe('hostile feeds through every widget (property-based)', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  it('end in a state, run nothing, keep text as text and allow only policy URLs', async function () {
    this.timeout(60_000); // 40 pages of three widgets each
    // Runs where some widget showed content: if the adapters threw on hostile values, every
    // widget would end in the error state, with nothing in the shadow DOM to check.
    let withContent = 0;
    await fc.assert(
      fc.asyncProperty(feed, async (value) => {
        warnings.length = 0;
        // A sentinel per run, so a failing run is shrunk on its own calls.
        const sentinel = installSentinel();
        try {
          const widgets = await renderAll(value);
          // Give an injected handler its chance to run (image errors, animations).
          await settle();
          if (
            widgets.some((widget) => widget.shadowRoot!.querySelector('[part~="article"], [part~="list"]'))
          ) {
            withContent++;
          }
          const problems = widgets.flatMap((widget) =>
            problemsIn(widget).map((p) => `${widget.localName}: ${p}`),
          );
          expect(problems).to.deep.equal([]);
          expect(sentinel.hits, 'injected code ran').to.equal(0);
          expect(sentinel.dialogs, 'injected dialogs').to.deep.equal([]);
          // Items are skipped for a named field, never because reading them threw.
          expect(warnings.filter((warning) => warning.includes('could not be read ('))).to.deep.equal([]);
        } finally {
          sentinel.uninstall();
          fixtureCleanup();
        }
      }),
      { numRuns: 40 },
    );
    expect(withContent, 'runs in which some widget showed content').to.be.at.least(20);
  });
});
