import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import {
  attributesFor,
  elementMarkup,
  scriptTagSnippet,
  type EmbedOptions,
} from '../../demo/configurator/snippet.js';
import type { TrendingRegion } from '../../src/classes.js';
import { frame } from './helpers.js';

const options: EmbedOptions = {
  tag: 'trending-region',
  feed: new URL('/test/fixtures/feed-basic.json', location.href).href,
  region: 'Kalimantan Timur',
  limit: 3,
  locale: 'id',
  linkParams: 'utm_source=partner&utm_medium=widget',
  theme: 'dark',
};

/** What a reader sees of a widget: its shadow text and its links. */
function reading(el: Element): { text: string; links: string[] } {
  const root = el.shadowRoot!;
  return {
    text: root.textContent!.replace(/\s+/g, ' ').trim(),
    links: Array.from(root.querySelectorAll('a'), (a) => a.href),
  };
}

describe('embed configurator', () => {
  it('builds a snippet that renders the same widget as its preview when pasted into a blank page', async () => {
    // The preview, as the configurator builds it.
    const preview = document.createElement(options.tag) as TrendingRegion;
    for (const [name, value] of attributesFor(options)) preview.setAttribute(name, value);
    document.body.append(preview);
    await waitUntil(() => preview.items.length > 0, 'preview loaded', { timeout: 10_000 });

    // The snippet pasted into a blank page; the script tag points at the library's source entry
    // (served as a module by this test server; the built loader is checked by npm run test:dist).
    const snippet = scriptTagSnippet(options, '/src/define.ts').replace(
      '<script src="/src/define.ts" defer>',
      '<script type="module" src="/src/define.ts">',
    );
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`;
    document.body.append(frame);
    await waitUntil(
      () => {
        const pasted = frame.contentDocument?.querySelector('trending-region') as TrendingRegion | null;
        return pasted?.shadowRoot?.querySelectorAll('li').length === 3;
      },
      'pasted widget loaded',
      { timeout: 10_000 },
    );
    const pasted = frame.contentDocument!.querySelector('trending-region')!;

    expect(reading(pasted)).to.deep.equal(reading(preview));
    expect(pasted.getAttribute('theme')).to.equal('dark');
    expect(reading(pasted).links[0]).to.contain('utm_source=partner');
    preview.remove();
    frame.remove();
  });

  it('escapes attribute values in the markup', () => {
    const markup = elementMarkup({ ...options, region: 'Kaltim" onmouseover="x()' });
    expect(markup).to.contain('region="Kaltim&quot; onmouseover=&quot;x()"');
    const parsed = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild!;
    expect(parsed.getAttribute('region')).to.equal('Kaltim" onmouseover="x()');
    expect(parsed.hasAttribute('onmouseover')).to.equal(false);
  });
});

/** The configurator page itself, in an iframe `width` wide, once its first check has ended. */
async function configurator(width: number): Promise<{ page: HTMLIFrameElement; doc: Document }> {
  const page = await frame({ src: '/demo/configurator.html' }, width, 1200);
  const doc = page.contentDocument!;
  const status = doc.querySelector('#feed-status')!;
  await waitUntil(() => /ok|bad/.test(status.className), 'first check', { timeout: 10_000 });
  return { page, doc };
}

function field<T extends HTMLInputElement | HTMLSelectElement>(doc: Document, name: string): T {
  return doc.querySelector<T>(`#options [name="${name}"]`)!;
}

/** Sets a field as a reader does: input events as it changes, no change event (no blur). */
function set(doc: Document, name: string, value: string): void {
  const input = field(doc, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('embed configurator page', () => {
  it('checks a typed feed URL once typing pauses, without a blur, in one request', async () => {
    const { page, doc } = await configurator(1280);
    const requests: string[] = [];
    const own = page.contentWindow! as Window & typeof globalThis;
    const fetchImpl = own.fetch.bind(own);
    own.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return fetchImpl(input, init);
    };
    const status = doc.querySelector('#feed-status')!;
    const url = '/test/fixtures/feed-basic.json';
    set(doc, 'feed', '');
    for (let i = 1; i <= url.length; i++) {
      set(doc, 'feed', url.slice(0, i));
      await pause(40);
    }
    await waitUntil(() => status.className === 'ok', 'the check shows without a blur', { timeout: 5_000 });
    expect(status.textContent).to.match(/^Feed OK: JSON Feed, \d+ articles\.$/);
    const preview = doc.querySelector('#preview trending-region') as TrendingRegion;
    await waitUntil(() => preview.items.length > 0, 'preview loaded', { timeout: 5_000 });
    await pause(600);
    const feedRequests = requests.filter((request) => request.includes('/test/'));
    // The preview and the check share the one request; no prefix of the URL was fetched.
    expect(feedRequests, feedRequests.join('\n')).to.have.length.within(1, 2);
    expect(requests.every((request) => request.endsWith(url))).to.equal(true);
    page.remove();
  });

  it('marks the placeholder CDN address and names self-hosting next to the snippet', async () => {
    const snippet = scriptTagSnippet(options);
    expect(snippet.split('\n')[0]).to.match(/^<!--.*cdn\.example\.com.*dist\/cdn\/.*-->$/);
    // A page's own script address needs no note.
    expect(scriptTagSnippet(options, '/assets/news-widgets/news-widgets.iife.js')).to.not.contain('<!--');
    const { page, doc } = await configurator(1280);
    const shown = doc.querySelector('#snippet-classic')!;
    expect(shown.textContent).to.contain('cdn.example.com').and.contain('<!--');
    const note = doc.querySelector('#cdn-note')!;
    expect(shown.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(note.textContent).to.contain('placeholder').and.contain('dist/cdn/');
    page.remove();
  });

  it('wraps snippets at spaces, never inside a word, on a phone', async () => {
    const { page, doc } = await configurator(390);
    set(doc, 'link-params', 'utm_source=partner-site-with-a-long-name&utm_medium=widget-sidebar');
    for (const id of ['snippet-classic', 'snippet-npm']) {
      const pre = doc.getElementById(id)!;
      const style = getComputedStyle(pre);
      expect(style.whiteSpace).to.equal('pre-wrap');
      expect(style.wordBreak).to.equal('normal');
      expect(style.overflowWrap).to.equal('normal');
      // Every word (run of non-space characters) sits on one line.
      const walker = doc.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      let words = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\S+/g)) {
          const range = doc.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          expect(lines.size, `"${match[0]}" in #${id}`).to.equal(1);
          words++;
        }
      }
      expect(words).to.be.above(5);
      // It does wrap: more lines than the snippet has.
      const lineHeight = parseFloat(style.lineHeight);
      expect(pre.clientHeight / lineHeight).to.be.above(pre.textContent!.split('\n').length);
      // The page itself does not scroll sideways.
      expect(doc.documentElement.scrollWidth).to.equal(doc.documentElement.clientWidth);
    }
    // The Copy buttons are the page's, not the browser's default.
    const copy = doc.querySelector<HTMLButtonElement>('[data-copy]')!;
    expect(getComputedStyle(copy).fontFamily).to.equal(getComputedStyle(doc.body).fontFamily);
    expect(getComputedStyle(copy).borderTopLeftRadius).to.equal('6px');
    page.remove();
  });

  it('never leaves one card alone on the last row of a grid preview', async () => {
    const { page, doc } = await configurator(1280);
    set(doc, 'tag', 'related-list');
    set(doc, 'feed', new URL('/demo/public/feed.json', location.href).href);
    set(doc, 'layout', 'grid');
    // The default five would be three and two at best: the grid starts at six.
    expect(field(doc, 'limit').value).to.equal('6');
    for (const limit of ['6', '4', '5', '7']) {
      set(doc, 'limit', limit);
      await pause(500);
      const list = doc.querySelector('#preview related-list')!;
      await waitUntil(
        () => list.shadowRoot?.querySelectorAll('li.item').length === Number(limit),
        `${limit} cards`,
        { timeout: 10_000 },
      );
      const tops = Array.from(list.shadowRoot!.querySelectorAll('li.item'), (li) =>
        Math.round(li.getBoundingClientRect().top),
      );
      const rows = new Map<number, number>();
      for (const top of tops) rows.set(top, (rows.get(top) ?? 0) + 1);
      const counts = [...rows.values()];
      expect(
        counts.length === 1 || counts.at(-1)! > 1,
        `limit ${limit}: rows of ${counts.join(', ')}`,
      ).to.equal(true);
      expect(counts[0], `limit ${limit}: a grid, not a list`).to.be.above(1);
    }
    page.remove();
  });
});
