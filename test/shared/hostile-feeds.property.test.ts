import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { NewsWidget } from '../../src/components/shared/news-widget.js';
import { captureWarnings, guardPageErrors } from '../feed/helpers.js';
import { storeWith } from '../news-article/helpers.js';

/**
 * Every feed field that reaches the DOM, filled with hostile and arbitrary values, through all
 * three widgets at once. Whatever the feed, each widget ends in a state (content, empty or error),
 * no injected code runs, text fields stay text, and every URL in the shadow DOM is one the URL
 * policy allows.
 */

declare global {
  interface Window {
    __xss?: () => void;
  }
}

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
const TEXT_PARTS = ['title', 'headline', 'category', 'author', 'caption', 'tag', 'date'];
const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** Everything inside the widget's shadow root that could run code or leave the page. */
function problemsIn(widget: NewsWidget): string[] {
  const problems: string[] = [];
  const root = widget.shadowRoot!;
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'form', 'style', 'base', 'meta', 'link'].includes(name)) {
      problems.push(`<${name}> in the shadow DOM`);
    }
    for (const { name: attribute, value } of element.attributes) {
      if (attribute.startsWith('on')) problems.push(`${attribute} on <${name}>`);
      if (attribute === 'style' && element.closest('[part~="body"]'))
        problems.push(`style on <${name}> in the body`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset'].includes(attribute)) {
        const url = attribute === 'srcset' ? value.trim().split(/\s+/)[0]! : value;
        let scheme = 'unparsable:';
        try {
          scheme = new URL(url, document.baseURI).protocol;
        } catch {
          // reported below
        }
        if (!ALLOWED_SCHEMES.includes(scheme)) problems.push(`${attribute}="${value}" on <${name}>`);
      }
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

describe('hostile feeds through every widget (property-based)', () => {
  guardPageErrors();
  captureWarnings();

  let injected = 0;
  beforeEach(() => {
    injected = 0;
    window.__xss = () => {
      injected++;
    };
  });
  afterEach(() => {
    delete window.__xss;
  });

  it('end in a state, run nothing, keep text as text and allow only policy URLs', async function () {
    this.timeout(60_000); // 40 pages of three widgets each
    await fc.assert(
      fc.asyncProperty(feed, async (value) => {
        injected = 0;
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
              (widget) => widget.shadowRoot?.querySelector(STATES) && !widget.hasAttribute('aria-busy'),
            ),
          'every widget should end in a state',
          { timeout: 10_000 },
        );
        // Give an injected handler its chance to run (image errors, animations).
        await new Promise((resolve) => setTimeout(resolve, 30));
        const problems = widgets.flatMap((widget) =>
          problemsIn(widget).map((p) => `${widget.localName}: ${p}`),
        );
        fixtureCleanup();
        expect(problems).to.deep.equal([]);
        expect(injected, 'injected code ran').to.equal(0);
      }),
      { numRuns: 40 },
    );
  });
});
