import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import {
  attributesFor,
  elementMarkup,
  scriptTagSnippet,
  type EmbedOptions,
} from '../../demo/configurator/snippet.js';
import type { TrendingRegion } from '../../src/classes.js';

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

    // The snippet pasted into a blank page; the script tag points at this test server's build.
    const snippet = scriptTagSnippet(options, '/src/cdn.ts').replace(
      '<script src="/src/cdn.ts" defer>',
      '<script type="module" src="/src/cdn.ts">',
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
