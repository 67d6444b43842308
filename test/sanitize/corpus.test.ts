import { expect } from '@open-wc/testing';
import { sanitizeArticleHtml } from '../../src/sanitize/index.js';
import { corpus, type Vector } from './corpus.js';
import { assertSafeTree, installSentinel, settle, shadowHost, until, type Sentinel } from './harness.js';

/** Relative URLs in the vectors resolve here: the test server answers 404, nothing leaves the machine. */
const BASE_URL = new URL('/test/sanitize/feed/article.json', location.href).href;

// All vectors render first, each into its own shadow root, and the browser gets one settling
// period for all of them: the runner loads two test files at once, and in a background tab
// Firefox throttles timers and skips animation frames, so one wait per vector does not finish.
// Sentinel calls from an element are attributed to its vector (see Sentinel.watch).
describe('sanitizeArticleHtml: hostile corpus', () => {
  let sentinel: Sentinel;
  const hosts: HTMLElement[] = [];
  const roots = new Map<Vector, ShadowRoot>();

  before(async () => {
    sentinel = installSentinel();
    for (const vector of corpus) {
      const { host, root } = shadowHost();
      // Stacked over the viewport, so lazy images load (and would fire onerror/onload).
      host.style.cssText = 'position:fixed;inset:0;overflow:hidden;opacity:0.01;pointer-events:none';
      hosts.push(host);
      root.append(sanitizeArticleHtml(vector.html, { baseUrl: BASE_URL }));
      sentinel.watch(root);
      roots.set(vector, root);
    }
    await settle();
    const images = [...roots.values()].flatMap((root) => Array.from(root.querySelectorAll('img')));
    await until(() => images.every((img) => img.complete), 100);
    await settle();
  });

  after(() => {
    for (const host of hosts) host.remove();
    sentinel.uninstall();
  });

  it('holds at least 100 vectors with unique names', () => {
    expect(corpus.length).to.be.at.least(100);
    expect(new Set(corpus.map((v) => v.name)).size).to.equal(corpus.length);
  });

  for (const vector of corpus) {
    it(`neutralizes [${vector.category}] ${vector.name}`, () => {
      const root = roots.get(vector)!;
      expect(sentinel.roots.filter((r) => r === root).length, 'sentinel calls from this vector').to.equal(0);
      assertSafeTree(root);
    });
  }

  it('never ran the sentinel or a dialog across the whole corpus', () => {
    expect(sentinel.hits, 'sentinel calls').to.equal(0);
    expect(sentinel.dialogs, 'alert/confirm/prompt calls').to.deep.equal([]);
  });
});
