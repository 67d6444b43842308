import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import '../../src/components/dark-mode-toggle/dark-mode-toggle.define.js';
import { NewsWidget } from '../../src/components/shared/news-widget.js';
import { FeedStore } from '../../src/feed/store.js';
import type { NewsItem } from '../../src/feed/types.js';
import { tokens } from '../../src/theme/tokens.js';
import type { DarkModeToggle } from '../../src/components/dark-mode-toggle/dark-mode-toggle.js';
import { getThemeStore } from '../../src/theme/theme-store.js';
import {
  KEY,
  ThemeProbe,
  fakeSystem,
  freshTheme,
  restoreTheme,
  settled,
  guardPageErrors,
} from './helpers.js';

/** The smallest real feed widget: the base class installs the theme controller. */
class ThemedTestWidget extends NewsWidget {
  static override styles = [tokens];
  protected selectItems(feed: { items: NewsItem[] }): NewsItem[] {
    return feed.items.slice(0, 2);
  }
  protected renderItems(items: NewsItem[]): TemplateResult {
    return litHtml`<ul>${items.map((item) => litHtml`<li>${item.title}</li>`)}</ul>`;
  }
  protected renderSkeleton(): TemplateResult {
    return litHtml`<div class="bone"></div>`;
  }
}
customElements.define('themed-test-widget', ThemedTestWidget);

function attr(el: Element): string | null {
  return el.getAttribute('data-news-theme');
}

function scheme(el: Element): string {
  return getComputedStyle(el).colorScheme;
}

describe('ThemeController (widgets follow the theme)', () => {
  beforeEach(() => freshTheme());
  // Restore first: a failing guard would skip the hooks registered after it.
  afterEach(() => restoreTheme());
  guardPageErrors();

  it('sets nothing without a toggle, a stored choice or a host theme: a light partner page stays light', async () => {
    const os = fakeSystem('dark');
    try {
      const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      expect(attr(probe)).to.equal(null);
      expect(scheme(probe)).to.equal('normal');
      expect(getComputedStyle(probe).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      os.restore();
    }
  });

  it('follows a stored choice without any toggle on the page', async () => {
    localStorage.setItem(KEY, 'dark');
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    expect(attr(probe)).to.equal('dark');
    expect(scheme(probe)).to.equal('dark');
    expect(getComputedStyle(probe).color).to.equal('rgb(236, 238, 241)');
  });

  it('follows the system once a toggle is on the page, whichever connects first', async () => {
    const os = fakeSystem('dark');
    try {
      const early = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      expect(attr(early)).to.equal(null);
      const toggle = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      expect(attr(early)).to.equal('dark');
      const late = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      expect(attr(late)).to.equal('dark');
      (toggle.shadowRoot!.querySelector('[part~="switch"]') as HTMLElement).click();
      expect([attr(early), attr(late)]).to.deep.equal(['light', 'light']);
      toggle.remove();
      // The stored choice still rules after the toggle leaves.
      expect([attr(early), attr(late)]).to.deep.equal(['light', 'light']);
    } finally {
      os.restore();
    }
  });

  it('themes real feed widgets (NewsWidget) and toggles connected in any order', async () => {
    const store = new FeedStore();
    const first = await fixture<ThemedTestWidget>(
      html`<themed-test-widget feed="/test/fixtures/feed-basic.json" .store=${store}></themed-test-widget>`,
    );
    if (first.items.length === 0) await oneEvent(first, 'news-load');
    expect(attr(first)).to.equal(null);
    const toggle = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
    toggle.mode = 'dark';
    const second = await fixture<ThemedTestWidget>(
      html`<themed-test-widget feed="/test/fixtures/feed-basic.json" .store=${store}></themed-test-widget>`,
    );
    expect([attr(first), attr(second), scheme(first), scheme(second)]).to.deep.equal([
      'dark',
      'dark',
      'dark',
      'dark',
    ]);
    toggle.mode = 'light';
    expect([attr(first), attr(second)]).to.deep.equal(['light', 'light']);
    const rendered = first.shadowRoot!.querySelector('ul');
    expect(rendered).to.not.equal(null);
    toggle.mode = 'dark';
    await first.updateComplete;
    expect(attr(first)).to.equal('dark');
    // Restyled in place: the same rendered nodes, not a re-created widget.
    // Compared as a boolean: a failing equality of two elements is slow to report.
    expect(first.shadowRoot!.querySelector('ul') === rendered, 'the same rendered list').to.equal(true);
  });

  it('follows data-theme set by the host page on <html>, live, without re-creating widgets', async () => {
    const root = document.documentElement;
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    const toggle = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
    root.setAttribute('data-theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(toggle);
    expect([attr(probe), attr(toggle), toggle.mode]).to.deep.equal(['dark', 'dark', 'dark']);
    expect(scheme(probe)).to.equal('dark');
    root.setAttribute('data-theme', 'light');
    await new Promise((resolve) => setTimeout(resolve));
    expect(attr(probe)).to.equal('light');
    root.setAttribute('data-theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve));
    expect(attr(probe)).to.equal('dark');
    // Removed: back to the system scheme (light here), not the last value the page set.
    expect(getThemeStore().systemScheme).to.equal('light');
    root.removeAttribute('data-theme');
    await new Promise((resolve) => setTimeout(resolve));
    expect(attr(probe)).to.equal(getThemeStore().systemScheme);
  });

  it('follows an inline color-scheme on <html>, and a stylesheet color-scheme', async () => {
    const root = document.documentElement;
    root.style.colorScheme = 'dark';
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    expect(attr(probe)).to.equal('dark');
    root.style.colorScheme = 'light dark';
    await new Promise((resolve) => setTimeout(resolve));
    // "light dark" names no single scheme: nothing to follow, the widget inherits.
    expect(attr(probe)).to.equal(null);
    root.style.removeProperty('color-scheme');
    probe.remove();

    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { color-scheme: dark; }');
    const saved = [...document.adoptedStyleSheets];
    document.adoptedStyleSheets = [...saved, sheet];
    try {
      const toggle = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      expect(toggle.mode).to.equal('dark');
    } finally {
      document.adoptedStyleSheets = saved;
    }
  });

  it('lets a choice made with the toggle win over the host page, so the switch always flips', async () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    const toggle = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
    expect(toggle.mode).to.equal('dark');
    (toggle.shadowRoot!.querySelector('[part~="switch"]') as HTMLElement).click();
    await settled(toggle);
    expect([toggle.mode, attr(probe)]).to.deep.equal(['light', 'light']);
    (toggle.shadowRoot!.querySelector('[part~="system"]') as HTMLElement).click();
    await settled(toggle);
    // Following the system again: the host's own theme applies.
    expect([toggle.mode, attr(probe)]).to.deep.equal(['dark', 'dark']);
  });

  it('prefers the host page over a choice stored on another page when no toggle is here', async () => {
    localStorage.setItem(KEY, 'light');
    document.documentElement.setAttribute('data-theme', 'dark');
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    expect(attr(probe)).to.equal('dark');
  });

  it('listens to the OS, other tabs and <html> only while a widget is connected', async () => {
    const os = fakeSystem('light');
    try {
      const store = getThemeStore();
      expect([store.live, os.listeners()]).to.deep.equal([false, 0]);
      const a = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      const b = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      expect([store.live, os.listeners()]).to.deep.equal([true, 1]);
      a.remove();
      expect(store.live).to.equal(true);
      b.remove();
      expect([store.live, os.listeners()]).to.deep.equal([false, 0]);
      // Facts that changed while nobody listened are read again on the next connect.
      localStorage.setItem(KEY, 'dark');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'dark' }));
      expect(store.mode).to.equal('system');
      document.body.append(a);
      expect([store.live, store.mode, attr(a)]).to.deep.equal([true, 'dark', 'dark']);
      a.remove();
    } finally {
      os.restore();
    }
  });

  it('is accessible with enough contrast in both palettes', async () => {
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    const store = getThemeStore();
    store.setMode('light');
    expect(attr(probe)).to.equal('light');
    await expect(probe).to.be.accessible();
    store.setMode('dark');
    expect(attr(probe)).to.equal('dark');
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(18, 20, 23)');
    await expect(probe).to.be.accessible();
  });
});
