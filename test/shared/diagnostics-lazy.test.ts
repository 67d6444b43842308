// The console diagnostics load the first time something is wrong (src/components/shared/
// diagnostics.ts): a page where all is well, its widgets carrying ids, classes and framework
// bindings, never downloads them. In a page of its own: nothing before has loaded them. Observed
// by the module requests the browser makes (Resource Timing).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import { captureWarnings, guardPageErrors } from '../feed/helpers.js';

performance.setResourceTimingBufferSize(100_000);

const CONSOLE_MODULE = /\/components\/shared\/console-diagnostics\.(?:js|ts)$/;
const requested = () =>
  performance.getEntriesByType('resource').some((entry) => CONSOLE_MODULE.test(new URL(entry.name).pathname));

describe('console diagnostics, loaded on demand', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  it('are not downloaded while all is well, framework attributes and all', async () => {
    const parsed = document.createElement('div');
    parsed.innerHTML = `<trending-region id="t" class="sidebar" x-data @click="open" v-cloak hx-get="/x"
      :region="r" data-track="1" aria-label="Terpopuler" feed="/test/fixtures/lists/trending.json"></trending-region>`;
    const el = (await fixture(html`<div>${parsed.firstElementChild}</div>`))
      .firstElementChild as TrendingRegion;
    await waitUntil(() => el.items.length > 0, 'the list loads', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested()).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('are downloaded for the first thing that is wrong, and say it', async () => {
    await fixture(
      html`<trending-region regoin="Bali" feed="/test/fixtures/lists/trending.json"></trending-region>`,
    );
    await waitUntil(() => warnings.length > 0, 'the warning', { timeout: 5000 });
    expect(requested()).to.equal(true);
    expect(warnings[0]).to.contain('unknown attribute "regoin": did you mean "region"?');
  });
});
