import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/dark-mode-toggle/dark-mode-toggle.define.js';
import {
  DarkModeToggle,
  type ColorSchemeChangeDetail,
} from '../../src/components/dark-mode-toggle/dark-mode-toggle.js';
import { getThemeStore } from '../../src/theme/theme-store.js';
import {
  KEY,
  ThemeProbe,
  darkOs,
  emulateOs,
  fakeSystem,
  freshTheme,
  loadFrame,
  mount,
  realKeys,
  restoreTheme,
  settled,
  usesKey,
  guardPageErrors,
} from './helpers.js';

function parts(el: DarkModeToggle) {
  const root = el.shadowRoot!;
  return {
    switch: root.querySelector<HTMLButtonElement>('[part~="switch"]')!,
    system: root.querySelector<HTMLButtonElement>('[part~="system"]')!,
    label: root.querySelector<HTMLElement>('[part~="label"]')!,
  };
}

async function click(el: DarkModeToggle, part: 'switch' | 'system'): Promise<void> {
  parts(el)[part].click();
  await settled(el);
}

function stored(key = KEY): string | null {
  return localStorage.getItem(key);
}

describe('<dark-mode-toggle>', () => {
  beforeEach(() => freshTheme());
  // Restore first: a failing guard would skip the hooks registered after it.
  afterEach(() => restoreTheme());
  guardPageErrors();

  describe('the control', () => {
    it('is a real switch button with aria-checked and the English label by default', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      const { switch: sw, label, system } = parts(el);
      expect(sw.localName).to.equal('button');
      expect(sw.getAttribute('role')).to.equal('switch');
      expect(sw.getAttribute('aria-checked')).to.equal(el.mode === 'dark' ? 'true' : 'false');
      expect(label.textContent).to.equal('Dark mode');
      expect(system.textContent!.trim()).to.equal('Following system');
      expect(el.shadowRoot!.querySelector('[part~="track"] [part~="thumb"] svg[part~="icon"]')).to.not.equal(
        null,
      );
    });

    it('says "Mode Gelap" and "Ikuti sistem" in Indonesian, from the nearest lang', async () => {
      const wrapper = await mount(html`<div lang="id"><dark-mode-toggle></dark-mode-toggle></div>`);
      const el = wrapper.querySelector('dark-mode-toggle')!;
      await settled(el);
      expect(parts(el).label.textContent).to.equal('Mode Gelap');
      expect(parts(el).system.textContent!.trim()).to.equal('Mengikuti sistem');
      await click(el, 'switch');
      expect(parts(el).system.textContent!.trim()).to.equal('Ikuti sistem');
    });

    it('skips a malformed locale attribute for the nearest lang, as the widgets do', async () => {
      const wrapper = await mount(
        html`<div lang="id"><dark-mode-toggle locale="id_ID!"></dark-mode-toggle></div>`,
      );
      const el = wrapper.querySelector('dark-mode-toggle')!;
      await settled(el);
      expect(parts(el).label.textContent).to.equal('Mode Gelap');
    });

    it('takes its locale from the locale attribute first, and its label from label', async () => {
      const el = await fixture<DarkModeToggle>(
        html`<dark-mode-toggle locale="id" label="Tema gelap"></dark-mode-toggle>`,
      );
      expect(parts(el).label.textContent).to.equal('Tema gelap');
      expect(parts(el).system.textContent!.trim()).to.equal('Mengikuti sistem');
    });

    it('is operable with the keyboard: native buttons in the tab order, Space and Enter flip it', async function () {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      for (const button of [parts(el).switch, parts(el).system]) {
        expect([button.localName, button.type, button.tabIndex, button.disabled]).to.deep.equal([
          'button',
          'button',
          0,
          false,
        ]);
        // Nothing cancels the keys the browser turns into a click.
        for (const key of [' ', 'Enter']) {
          const event = new KeyboardEvent('keydown', {
            key,
            bubbles: true,
            composed: true,
            cancelable: true,
          });
          button.dispatchEvent(event);
          expect(event.defaultPrevented, key).to.equal(false);
        }
      }
      if (!(await realKeys(this))) return;
      const before = el.mode;
      parts(el).switch.focus();
      await sendKeys({ press: ' ' });
      await settled(el);
      expect(el.mode).to.not.equal(before);
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.mode).to.equal(before);
      expect(el.shadowRoot!.activeElement).to.equal(parts(el).switch);
    });

    it('keeps focus on the system control after returning to the system setting', async function () {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      await click(el, 'switch');
      parts(el).system.focus();
      if (await realKeys(this)) await sendKeys({ press: 'Enter' });
      else parts(el).system.click();
      await settled(el);
      expect(el.preference).to.equal('system');
      expect(el.shadowRoot!.activeElement).to.equal(parts(el).system);
      expect(parts(el).system.getAttribute('aria-disabled')).to.equal('true');
    });

    it('animates the thumb, but not with prefers-reduced-motion: reduce', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      const thumb = el.shadowRoot!.querySelector('[part~="thumb"]')!;
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules));
      const reduce = rules.find(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'),
      );
      expect(reduce?.cssText).to.match(/--_transition:\s*0s/);
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
      expect(getComputedStyle(thumb).transitionDuration).to.equal('0.16s');
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        return; // Firefox under BiDi cannot emulate media features; the rule above is what applies.
      }
      try {
        expect(getComputedStyle(thumb).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('slides the thumb to the end of its track in either direction, set by dir or by CSS alone', async () => {
      for (const wrapper of ['<div>', '<div dir="rtl">', '<div style="direction: rtl">']) {
        const page = await fixture<HTMLElement>(wrapper);
        const el = document.createElement('dark-mode-toggle');
        el.style.setProperty('--news-transition-duration', '0s');
        el.mode = 'light';
        page.append(el);
        await settled(el);
        const track = el.shadowRoot!.querySelector('[part~="track"]')!;
        const thumb = el.shadowRoot!.querySelector('[part~="thumb"]')!;
        const rtl = getComputedStyle(el).direction === 'rtl';
        expect(rtl, wrapper).to.equal(wrapper !== '<div>');
        for (const mode of ['light', 'dark'] as const) {
          el.mode = mode;
          await settled(el);
          const outer = track.getBoundingClientRect();
          const inner = thumb.getBoundingClientRect();
          expect(inner.left, `${wrapper} ${mode}: inside the track`).to.be.at.least(outer.left);
          expect(inner.right, `${wrapper} ${mode}: inside the track`).to.be.at.most(outer.right);
          // Off at the start of the line, on at its end: the right in English, the left in Arabic.
          const atRight = outer.right - inner.right < inner.left - outer.left;
          expect(atRight, `${wrapper} ${mode}: at the ${mode === 'dark' ? 'end' : 'start'}`).to.equal(
            (mode === 'dark') !== rtl,
          );
        }
      }
    });

    it('is accessible, with enough contrast, in light and in dark', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      el.mode = 'light';
      await settled(el);
      expect(el.getAttribute('data-news-theme')).to.equal('light');
      await expect(el).to.be.accessible();
      el.mode = 'dark';
      await settled(el);
      expect(el.getAttribute('data-news-theme')).to.equal('dark');
      expect(parts(el).switch.getAttribute('aria-checked')).to.equal('true');
      await expect(el).to.be.accessible();
      await click(el, 'system');
      await expect(el).to.be.accessible();
    });
  });

  describe('state transitions', () => {
    it('goes from system to dark when the OS is light', async function () {
      await emulateOs(this, 'light');
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      expect([el.preference, el.mode]).to.deep.equal(['system', 'light']);
      await click(el, 'switch');
      expect([el.preference, el.mode]).to.deep.equal(['dark', 'dark']);
      expect(stored()).to.equal('dark');
      expect(el.getAttribute('mode')).to.equal('dark');
    });

    it('goes from system to light when the OS is dark', async () => {
      const restore = await darkOs();
      try {
        const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
        expect([el.preference, el.mode]).to.deep.equal(['system', 'dark']);
        expect(parts(el).switch.getAttribute('aria-checked')).to.equal('true');
        await click(el, 'switch');
        expect([el.preference, el.mode]).to.deep.equal(['light', 'light']);
        expect(stored()).to.equal('light');
      } finally {
        restore();
      }
    });

    it('goes from dark to light and from light to dark', async () => {
      localStorage.setItem(KEY, 'dark');
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      expect([el.preference, el.mode]).to.deep.equal(['dark', 'dark']);
      await click(el, 'switch');
      expect([el.preference, el.mode, stored()]).to.deep.equal(['light', 'light', 'light']);
      expect(parts(el).switch.getAttribute('aria-checked')).to.equal('false');
      await click(el, 'switch');
      expect([el.preference, el.mode, stored()]).to.deep.equal(['dark', 'dark', 'dark']);
      expect(parts(el).switch.getAttribute('aria-checked')).to.equal('true');
    });

    it('returns to the system setting with the system control, removing the stored choice', async () => {
      const os = fakeSystem('dark');
      try {
        localStorage.setItem(KEY, 'light');
        const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
        expect([el.preference, el.mode]).to.deep.equal(['light', 'light']);
        expect(parts(el).system.hasAttribute('aria-disabled')).to.equal(false);
        await click(el, 'system');
        expect([el.preference, el.mode]).to.deep.equal(['system', 'dark']);
        expect(stored()).to.equal(null);
        expect(parts(el).system.textContent!.trim()).to.equal('Following system');
        // Activating it again while following the system changes nothing.
        await click(el, 'system');
        expect(el.preference).to.equal('system');
      } finally {
        os.restore();
      }
    });

    it('follows prefers-color-scheme emulated in both directions, live, and never over an explicit choice', async function () {
      await emulateOs(this, 'light');
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      expect([el.mode, probe.getAttribute('data-news-theme')]).to.deep.equal(['light', 'light']);
      const toDark = oneEvent(el, 'colorschemechange');
      await emulateOs(this, 'dark');
      expect((await toDark).detail).to.deep.equal({ colorScheme: 'dark', mode: 'system', userChoice: false });
      await settled(el);
      expect(parts(el).switch.getAttribute('aria-checked')).to.equal('true');
      expect(probe.getAttribute('data-news-theme')).to.equal('dark');
      const toLight = oneEvent(el, 'colorschemechange');
      await emulateOs(this, 'light');
      expect((await toLight).detail.colorScheme).to.equal('light');
      expect([el.mode, probe.getAttribute('data-news-theme')]).to.deep.equal(['light', 'light']);

      // An explicit choice stays, whatever the OS does.
      await click(el, 'switch');
      expect(el.mode).to.equal('dark');
      await emulateOs(this, 'dark');
      await emulateOs(this, 'light');
      await settled(el);
      expect([el.preference, el.mode, probe.getAttribute('data-news-theme')]).to.deep.equal([
        'dark',
        'dark',
        'dark',
      ]);
    });

    it('follows the OS live and keeps explicit choices (fake matchMedia, every browser)', async () => {
      const os = fakeSystem('light');
      try {
        const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
        expect(el.mode).to.equal('light');
        os.set('dark');
        await settled(el);
        expect([el.preference, el.mode]).to.deep.equal(['system', 'dark']);
        await click(el, 'switch');
        expect([el.preference, el.mode]).to.deep.equal(['light', 'light']);
        os.set('light');
        os.set('dark');
        await settled(el);
        expect(el.mode).to.equal('light');
        await click(el, 'system');
        expect(el.mode).to.equal('dark');
      } finally {
        os.restore();
      }
    });
  });

  describe('persistence and sync', () => {
    it('keeps the choice across a reload (a new page in an iframe)', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      el.mode = el.mode === 'dark' ? 'light' : 'dark';
      const chosen = el.mode;
      const frame = await loadFrame(`/test/theme/reload-page.html?key=${KEY}`);
      const read = async () => {
        const win = frame.contentWindow as Window & typeof globalThis;
        await win.customElements.whenDefined('dark-mode-toggle');
        await waitUntil(
          () => frame.contentDocument!.querySelector('dark-mode-toggle'),
          'the page created its toggle',
        );
        const other = frame.contentDocument!.querySelector('dark-mode-toggle') as DarkModeToggle;
        await other.updateComplete;
        return {
          mode: other.mode,
          preference: other.preference,
          theme: other.getAttribute('data-news-theme'),
        };
      };
      expect(await read()).to.deep.equal({ mode: chosen, preference: chosen, theme: chosen });

      // A real reload of that page after choosing the system setting there.
      const other = frame.contentDocument!.querySelector('dark-mode-toggle') as DarkModeToggle;
      (other.shadowRoot!.querySelector('[part~="system"]') as HTMLButtonElement).click();
      expect(stored()).to.equal(null);
      const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.contentWindow!.location.reload();
      await reloaded;
      expect((await read()).preference).to.equal('system');
    });

    it('keeps two toggles on one page in sync', async () => {
      const wrapper = await mount(
        html`<div><dark-mode-toggle></dark-mode-toggle><news-dark-mode-toggle></news-dark-mode-toggle></div>`,
      );
      const [a, b] = Array.from(wrapper.children) as DarkModeToggle[];
      await Promise.all([settled(a!), settled(b!)]);
      expect(b).to.be.instanceOf(DarkModeToggle);
      await click(a!, 'switch');
      await settled(b!);
      expect(b!.mode).to.equal(a!.mode);
      expect(parts(b!).switch.getAttribute('aria-checked')).to.equal(
        parts(a!).switch.getAttribute('aria-checked'),
      );
      await click(b!, 'switch');
      await settled(a!);
      expect(a!.mode).to.equal(b!.mode);
      await click(b!, 'system');
      await settled(a!);
      expect(a!.preference).to.equal('system');
      expect(parts(a!).system.getAttribute('aria-disabled')).to.equal('true');
    });

    it('follows a choice made in another tab (storage event), and its reset', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      const target = el.mode === 'dark' ? 'light' : 'dark';
      const changed = oneEvent(el, 'colorschemechange');
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: target }));
      const { detail } = await changed;
      expect(detail).to.deep.equal({ colorScheme: target, mode: target, userChoice: false });
      await settled(el);
      expect([el.preference, el.mode]).to.deep.equal([target, target]);
      // The other tab wrote storage itself: this tab does not write it back.
      expect(stored()).to.equal(null);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }));
      await settled(el);
      expect(el.preference).to.equal('system');
    });

    it('ignores storage events for other keys', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'dark' }));
      await settled(el);
      expect(el.preference).to.equal('system');
    });

    it('uses the storage-key attribute', async () => {
      usesKey('my-site-theme');
      localStorage.setItem('my-site-theme', 'dark');
      const el = await fixture<DarkModeToggle>(
        html`<dark-mode-toggle storage-key="my-site-theme"></dark-mode-toggle>`,
      );
      expect([el.preference, el.mode]).to.deep.equal(['dark', 'dark']);
      await click(el, 'switch');
      expect(localStorage.getItem('my-site-theme')).to.equal('light');
      expect(stored()).to.equal(null);
    });

    it('stores a mode set with a new storage key in the same task under that key', async () => {
      usesKey('site-theme-2');
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      // What a framework does when it sets both properties at once.
      el.storageKey = 'site-theme-2';
      el.mode = 'dark';
      await settled(el);
      expect(localStorage.getItem('site-theme-2')).to.equal('dark');
      expect(stored()).to.equal(null);
    });

    it('keeps working when storage throws (blocked or full)', async () => {
      const { getItem, setItem, removeItem } = Storage.prototype;
      const fail = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      Storage.prototype.removeItem = fail;
      try {
        const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
        const before = el.mode;
        await click(el, 'switch');
        expect(el.mode).to.not.equal(before);
        await click(el, 'system');
        expect(el.preference).to.equal('system');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
      }
    });
  });

  describe('events and properties', () => {
    it('fires colorschemechange with colorScheme, mode and userChoice, bubbling and composed', async () => {
      const wrapper = await mount(
        html`<div><dark-mode-toggle></dark-mode-toggle><dark-mode-toggle></dark-mode-toggle></div>`,
      );
      const [a, b] = Array.from(wrapper.children) as DarkModeToggle[];
      await Promise.all([settled(a!), settled(b!)]);
      const seen: Array<{
        from: Element;
        detail: ColorSchemeChangeDetail;
        bubbles: boolean;
        composed: boolean;
      }> = [];
      const listener = (e: Event) => {
        const ev = e as CustomEvent<ColorSchemeChangeDetail>;
        seen.push({
          from: ev.target as Element,
          detail: ev.detail,
          bubbles: ev.bubbles,
          composed: ev.composed,
        });
      };
      document.addEventListener('colorschemechange', listener);
      try {
        const next = a!.mode === 'dark' ? 'light' : 'dark';
        await click(a!, 'switch');
        expect(seen).to.have.length(2);
        expect(seen.find((s) => s.from === a)!.detail).to.deep.equal({
          colorScheme: next,
          mode: next,
          userChoice: true,
        });
        expect(seen.find((s) => s.from === b)!.detail).to.deep.equal({
          colorScheme: next,
          mode: next,
          userChoice: false,
        });
        expect(seen.every((s) => s.bubbles && s.composed)).to.equal(true);

        seen.length = 0;
        await click(b!, 'system');
        expect(seen.find((s) => s.from === b)!.detail.userChoice).to.equal(true);
        expect(seen.find((s) => s.from === b)!.detail.mode).to.equal('system');

        seen.length = 0;
        a!.mode = 'dark';
        expect(seen.find((s) => s.from === a)!.detail).to.deep.equal({
          colorScheme: 'dark',
          mode: 'dark',
          userChoice: false,
        });
      } finally {
        document.removeEventListener('colorschemechange', listener);
      }
    });

    it('reflects what is showing to the mode attribute, and takes a mode set by script as a choice', async () => {
      localStorage.setItem(KEY, 'light');
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle mode="dark"></dark-mode-toggle>`);
      // Markup present before the upgrade does not override the stored choice.
      expect(el.getAttribute('mode')).to.equal('light');
      el.setAttribute('mode', 'dark');
      await settled(el);
      expect([el.preference, el.mode, stored()]).to.deep.equal(['dark', 'dark', 'dark']);
      el.preference = 'system';
      await settled(el);
      expect(el.preference).to.equal('system');
      expect(el.getAttribute('mode')).to.equal(el.mode);
    });

    it('toggle() flips what is showing', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      const before = el.mode;
      const changed = oneEvent(el, 'colorschemechange');
      el.toggle();
      expect((await changed).detail.userChoice).to.equal(false);
      await settled(el);
      expect(el.mode).to.not.equal(before);
    });
  });

  describe('apply-to="document"', () => {
    it('sets data-theme, color-scheme and an existing theme-color meta on <html>', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'theme-color', content: '#abcdef' });
      meta.dataset.test = '';
      document.head.append(meta);
      const el = await fixture<DarkModeToggle>(
        html`<dark-mode-toggle
          apply-to="document"
          theme-color-light="#ffffff"
          theme-color-dark="#121417"
        ></dark-mode-toggle>`,
      );
      const root = document.documentElement;
      expect(root.dataset.theme).to.equal(el.mode);
      expect(root.style.colorScheme).to.equal(el.mode);
      expect(meta.content).to.equal(el.mode === 'dark' ? '#121417' : '#ffffff');
      el.mode = 'dark';
      await settled(el);
      expect([root.dataset.theme, root.style.colorScheme, meta.content]).to.deep.equal([
        'dark',
        'dark',
        '#121417',
      ]);
      expect(getComputedStyle(root).colorScheme).to.equal('dark');
      el.mode = 'light';
      await settled(el);
      expect([root.dataset.theme, root.style.colorScheme, meta.content]).to.deep.equal([
        'light',
        'light',
        '#ffffff',
      ]);
    });

    it('does not create a theme-color meta, nor touch one with a media attribute', async () => {
      const meta = Object.assign(document.createElement('meta'), {
        name: 'theme-color',
        content: '#000000',
        media: '(prefers-color-scheme: dark)',
      });
      meta.dataset.test = '';
      document.head.append(meta);
      const el = await fixture<DarkModeToggle>(
        html`<dark-mode-toggle
          apply-to="document"
          theme-color-light="#ffffff"
          theme-color-dark="#121417"
        ></dark-mode-toggle>`,
      );
      el.mode = 'light';
      await settled(el);
      expect(document.head.querySelectorAll('meta[name="theme-color"]')).to.have.length(1);
      expect(meta.content).to.equal('#000000');
    });

    it('writes the system scheme while following the system, live, without taking it for the host page', async () => {
      const os = fakeSystem('light');
      try {
        const el = await fixture<DarkModeToggle>(
          html`<dark-mode-toggle apply-to="document"></dark-mode-toggle>`,
        );
        const root = document.documentElement;
        expect(root.dataset.theme).to.equal('light');
        el.mode = 'dark';
        await settled(el);
        expect(root.dataset.theme).to.equal('dark');
        await click(el, 'system');
        // Our own earlier "dark" on <html> is not mistaken for a host override.
        expect([el.mode, root.dataset.theme]).to.deep.equal(['light', 'light']);
        os.set('dark');
        await settled(el);
        expect([el.mode, root.dataset.theme, root.style.colorScheme]).to.deep.equal(['dark', 'dark', 'dark']);
        // The MutationObserver sees our writes; they must not start a loop of changes.
        let changes = 0;
        const off = getThemeStore().subscribe(() => changes++);
        await new Promise((resolve) => setTimeout(resolve, 50));
        off();
        expect(changes).to.equal(0);
      } finally {
        os.restore();
      }
    });

    it('leaves <html> alone without apply-to', async () => {
      const el = await fixture<DarkModeToggle>(html`<dark-mode-toggle></dark-mode-toggle>`);
      el.mode = 'dark';
      await settled(el);
      expect(document.documentElement.hasAttribute('data-theme')).to.equal(false);
      expect(document.documentElement.style.colorScheme).to.equal('');
    });
  });

  describe('registration', () => {
    it('steps aside with a warning when another element owns the tag, and can be renamed', async () => {
      class ForeignToggle extends HTMLElement {}
      customElements.define('foreign-mode-toggle', ForeignToggle);
      const warnings: unknown[][] = [];
      const { warn } = console;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(DarkModeToggle.define('foreign-mode-toggle')).to.equal(false);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('foreign-mode-toggle')).to.equal(ForeignToggle);
      expect(String(warnings[0]?.[0])).to.contain("DarkModeToggle.define('news-foreign-mode-toggle')");
      expect(DarkModeToggle.define('renamed-mode-toggle')).to.equal(true);
      // Again: a no-op, without a warning.
      DarkModeToggle.define('renamed-mode-toggle');
      expect(warnings).to.have.length(1);
      const el = document.createElement('renamed-mode-toggle') as DarkModeToggle;
      const wrapper = await mount(html`<div></div>`);
      wrapper.append(el);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role="switch"]')).to.not.equal(null);
    });

    it('registers news-dark-mode-toggle as an unambiguous alias', () => {
      expect(customElements.get('news-dark-mode-toggle')?.prototype).to.be.instanceOf(DarkModeToggle);
      expect(customElements.get('dark-mode-toggle')).to.equal(DarkModeToggle);
    });
  });
});
