// The parts of <news-article> that load on demand: the enlarge dialog on the first press of
// "Perbesar", the read counter only with view-endpoint. Observed as the page sees them, by the
// module requests the browser makes (Resource Timing), so a static import that pulled a part back
// into the article's own code, or a part that never loads, fails here. Each test file runs in a
// page of its own: nothing before these tests has loaded either part.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import { lazyModule } from '../../src/lazy-module.js';
import {
  guardPageErrors,
  interceptBeacons,
  jsonFeed,
  openEnlargeDialog,
  part,
  ready,
  seedItem,
  sleep,
  storeWith,
  uniqueKey,
} from './helpers.js';

const DIALOG_MODULE = /\/components\/news-article\/enlarge-dialog\.(?:js|ts)(?:\?|$)/;
const BEACON_MODULE = /\/controllers\/view-beacon-controller\.(?:js|ts)(?:\?|$)/;

// The runner's page loads a few hundred modules before the tests start: room for every later
// request, so none is dropped from the buffer that the checks below read.
performance.setResourceTimingBufferSize(100_000);

/** The page's requests so far whose URL matches `module`. */
function requests(module: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => module.test(new URL(name).pathname + new URL(name).search));
}

/** Longer than the read counter's one-second dwell, with room for a busy machine's timers. */
const PAST_DWELL = 1600;

/** An article with a hero image, without view-endpoint. */
const article = () =>
  fixture<NewsArticle>(
    html`<news-article
      feed="/virtual/lazy.json"
      article-id="seed"
      locale="id"
      .store=${storeWith(jsonFeed([seedItem({ id: 'seed' })]))}
    ></news-article>`,
  );

describe('<news-article> parts loaded on demand', () => {
  guardPageErrors();
  const beacons = interceptBeacons();

  it('loads the enlarge dialog on the first press of "Perbesar", and opens it on that press', async () => {
    const el = await article();
    await ready(el);
    const enlarge = part<HTMLButtonElement>(el, 'enlarge')!;
    expect(enlarge, 'the button renders with the article').to.not.equal(null);
    await sleep(200);
    expect(requests(DIALOG_MODULE), 'no dialog code before the press').to.deep.equal([]);
    expect(part(el, 'dialog')).to.equal(null);

    enlarge.click();
    await waitUntil(() => part<HTMLDialogElement>(el, 'dialog')?.open, 'the first press opens the dialog', {
      timeout: 5000,
    });
    const dialog = part<HTMLDialogElement>(el, 'dialog')!;
    await waitUntil(() => requests(DIALOG_MODULE).length > 0, 'the press loaded the dialog module', {
      timeout: 5000,
    });
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
    // Its stylesheet came with it: no user-agent padding, the close button placed over the image.
    expect(getComputedStyle(dialog).paddingTop).to.equal('0px');
    expect(getComputedStyle(part(el, 'close')!).position).to.equal('absolute');
    expect(getComputedStyle(part(el, 'close')!).cursor).to.equal('pointer');
    dialog.close();
    expect(el.shadowRoot!.activeElement).to.equal(enlarge);
  });

  it('gives a second article the loaded dialog, styled, on its first press', async () => {
    const el = await article();
    await ready(el);
    expect(part(el, 'dialog'), 'each article renders its dialog on its own first press').to.equal(null);
    const dialog = await openEnlargeDialog(el);
    expect(getComputedStyle(dialog).paddingTop).to.equal('0px');
    dialog.close();
  });

  it('never loads the read counter for an article without view-endpoint, and loads it once one is set', async () => {
    const el = await article();
    await ready(el);
    await sleep(PAST_DWELL);
    expect(requests(BEACON_MODULE), 'no counter code without an endpoint').to.deep.equal([]);
    expect(beacons).to.have.length(0);

    const endpoint = `/views/${uniqueKey()}`;
    el.setAttribute('view-endpoint', endpoint);
    await waitUntil(() => beacons.length > 0, 'a beacon once the article has an endpoint', { timeout: 5000 });
    expect(requests(BEACON_MODULE).length, 'the counter module was requested').to.be.above(0);
    expect(beacons).to.have.length(1);
    expect(beacons[0]!.url).to.equal(new URL(endpoint, location.href).href);
    expect(JSON.parse(beacons[0]!.data as string)).to.deep.equal({ id: 'seed' });
    await sleep(PAST_DWELL);
    expect(beacons, 'still one beacon').to.have.length(1);
  });
});

describe('lazyModule', () => {
  guardPageErrors();

  it('imports once for every caller, and gives the module synchronously once loaded', async () => {
    let imports = 0;
    const module = { name: 'part' };
    const part = lazyModule(async () => {
      imports++;
      return module;
    });
    expect(part.loaded).to.equal(undefined);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(module);
    expect(b).to.equal(module);
    expect(part.loaded).to.equal(module);
    await part.load();
    expect(imports).to.equal(1);
  });

  it('forgets a failed import, so the next need tries again', async () => {
    let imports = 0;
    const part = lazyModule(async () => {
      imports++;
      if (imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { name: 'part' };
    });
    let failure: unknown;
    await part.load().catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('Failed to fetch');
    expect(part.loaded).to.equal(undefined);
    expect(await part.load()).to.deep.equal({ name: 'part' });
    expect(imports).to.equal(2);
  });
});
