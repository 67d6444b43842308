// This page must not import the theme store (no ./helpers.js, which does): it is a page with
// widgets only, where the store loads when the page needs it (src/theme/theme-core.ts).
import { expect } from '@open-wc/testing';
import type { DarkModeToggle } from '../../src/components/dark-mode-toggle/dark-mode-toggle.js';
import { guardPageErrors } from '../feed/helpers.js';
import { connectedNow, importTime, storeRequested, trending } from './lazy-helpers.js';

const KEY = `news-widgets-theme-test-${Math.random().toString(36).slice(2)}`;

describe('the theme store on a page with widgets only', () => {
  // Nothing stored under the default key: the page states no theme (no other test page runs at
  // the same time in this browser, and the pre-paint tests store theirs on another origin).
  before(() => localStorage.removeItem('news-widgets-theme'));
  after(() => localStorage.removeItem(KEY));
  guardPageErrors();

  it('is not loaded, and no data-news-theme is set, when the page states no theme', async () => {
    expect(storeRequested(), 'requested before any widget').to.equal(false);
    const el = await trending();
    await importTime();
    expect(el.hasAttribute('data-news-theme')).to.equal(false);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(storeRequested()).to.equal(false);
  });

  it('is not needed for a widget theme attribute, which shows at once', async () => {
    const el = await trending();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect([el.getAttribute('data-news-theme'), getComputedStyle(el).colorScheme]).to.deep.equal([
      'dark',
      'dark',
    ]);
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(el.hasAttribute('data-news-theme')).to.equal(false);
    await importTime();
    expect(storeRequested()).to.equal(false);
  });

  it('is not loaded for <html> attributes that name no scheme', async () => {
    const root = document.documentElement;
    const el = await trending();
    root.setAttribute('data-theme', 'sepia');
    root.style.colorScheme = 'light dark';
    root.classList.add('no-scheme');
    try {
      await importTime();
      expect(el.hasAttribute('data-news-theme')).to.equal(false);
      expect(storeRequested()).to.equal(false);
    } finally {
      root.removeAttribute('data-theme');
      root.removeAttribute('style');
      root.classList.remove('no-scheme');
    }
  });

  it('loads with a toggle added later, which then switches the widgets already here', async () => {
    const el = await trending();
    const own = await trending('light');
    await import('../../src/components/dark-mode-toggle/dark-mode-toggle.define.js');
    expect(storeRequested(), 'the toggle imports the store').to.equal(true);
    expect(el.hasAttribute('data-news-theme')).to.equal(false);
    const toggle = document.createElement('dark-mode-toggle') as DarkModeToggle;
    toggle.setAttribute('storage-key', KEY);
    document.body.append(toggle);
    try {
      // At once: a toggle on the page themes every widget (the system setting, here).
      expect(el.getAttribute('data-news-theme')).to.equal(toggle.mode);
      const other = toggle.mode === 'dark' ? 'light' : 'dark';
      toggle.mode = other;
      expect([el.getAttribute('data-news-theme'), getComputedStyle(el).colorScheme]).to.deep.equal([
        other,
        other,
      ]);
      // A widget's own theme still wins.
      expect(own.getAttribute('data-news-theme')).to.equal('light');
      // Widgets connecting now follow the store at once too.
      const late = connectedNow();
      expect(late.getAttribute('data-news-theme')).to.equal(other);
      late.remove();
      toggle.preference = 'system';
    } finally {
      toggle.remove();
    }
  });
});
