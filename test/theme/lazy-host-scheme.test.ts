// A page with widgets only (no ./helpers.js, which imports the store), in a page of its own: the
// host's inline color-scheme is followed before anything loaded the theme store.
import { expect, waitUntil } from '@open-wc/testing';
import { guardPageErrors } from '../feed/helpers.js';
import { importTime, storeRequested, trending } from './lazy-helpers.js';

describe('a widget on a page that states its color-scheme later', () => {
  before(() => localStorage.removeItem('news-widgets-theme'));
  after(() => document.documentElement.removeAttribute('style'));
  guardPageErrors();

  it('follows an inline color-scheme naming one scheme, and loads the store for it', async () => {
    const el = await trending();
    await importTime();
    expect([el.hasAttribute('data-news-theme'), storeRequested()]).to.deep.equal([false, false]);
    document.documentElement.style.colorScheme = 'only dark';
    await waitUntil(() => el.getAttribute('data-news-theme') === 'dark', 'the widget follows the page', {
      timeout: 5000,
    });
    await waitUntil(storeRequested, 'the store is requested', { timeout: 5000 });
  });
});
