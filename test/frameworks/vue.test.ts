import { expect, waitUntil } from '@open-wc/testing';
// The full build with the template compiler, as a Vue app that compiles templates in the browser uses.
import { createApp, ref, nextTick } from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import type { TrendingRegion } from '../../src/classes.js';

const FEED = '/test/fixtures/feed-basic.json';
const ourTags = (tag: string) =>
  ['news-article', 'related-list', 'trending-region', 'dark-mode-toggle', 'news-provider'].includes(tag);

describe('Vue 3', () => {
  let host: HTMLDivElement;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => host.remove());

  it('renders widgets with isCustomElement, binds attributes and .prop, and hears news-load', async () => {
    const limit = ref(2);
    const loads = ref(0);
    const app = createApp({
      setup: () => ({ limit, loads, feed: FEED }),
      template: `<trending-region :feed="feed" :limit.prop="limit" locale="en" @news-load="loads++"></trending-region>`,
    });
    app.config.compilerOptions.isCustomElement = ourTags;
    const warnings: unknown[] = [];
    app.config.warnHandler = (message: unknown) => warnings.push(message);
    app.mount(host);
    const el = host.querySelector('trending-region') as TrendingRegion;
    await waitUntil(() => loads.value === 1, 'news-load through @news-load', { timeout: 10_000 });
    expect(el.limit).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    limit.value = 4;
    await nextTick();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 4, 'the .prop binding updated', {
      timeout: 10_000,
    });
    expect(warnings, 'no "failed to resolve component" warnings').to.deep.equal([]);
    app.unmount();
  });
});
