// A page with widgets only (no ./helpers.js, which imports the store): the host page states its
// theme on <html> after the widgets connected.
import { expect, waitUntil } from '@open-wc/testing';
import { guardPageErrors } from '../feed/helpers.js';
import { connectedNow, importTime, storeRequested, tick, trending } from './lazy-helpers.js';

describe('a widget on a page that states its theme later', () => {
  before(() => localStorage.removeItem('news-widgets-theme'));
  afterEach(() => {
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('style');
  });
  guardPageErrors();

  it('follows a data-theme the host sets on <html> later, and loads the store for it', async () => {
    const root = document.documentElement;
    const el = await trending();
    await importTime();
    expect([el.hasAttribute('data-news-theme'), storeRequested()]).to.deep.equal([false, false]);
    root.setAttribute('data-theme', 'dark');
    await tick();
    expect([el.getAttribute('data-news-theme'), getComputedStyle(el).colorScheme]).to.deep.equal([
      'dark',
      'dark',
    ]);
    await waitUntil(storeRequested, 'the store is requested', { timeout: 5000 });
    root.setAttribute('data-theme', 'light');
    await tick();
    expect(el.getAttribute('data-news-theme')).to.equal('light');
    // A widget connecting now sees it at once.
    const late = connectedNow();
    expect(late.getAttribute('data-news-theme')).to.equal('light');
    root.removeAttribute('data-theme');
    await tick();
    expect([el.hasAttribute('data-news-theme'), late.hasAttribute('data-news-theme')]).to.deep.equal([
      false,
      false,
    ]);
    late.remove();
  });
});
