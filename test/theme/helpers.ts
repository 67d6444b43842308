import { fixtureCleanup } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, html, css, render, type TemplateResult } from 'lit';
import { ThemeController } from '../../src/controllers/theme-controller.js';
import { tokens } from '../../src/theme/tokens.js';
import { getThemeStore, resetThemeStore, type ColorScheme } from '../../src/theme/theme-store.js';

/**
 * This test file's storage key. Test files run concurrently in one browser and share the origin's
 * localStorage, and every write fires `storage` events in the other pages: a key per file keeps
 * them from changing each other's theme.
 */
export const KEY = `news-widgets-theme-test-${Math.random().toString(36).slice(2)}`;
export const isFirefox = navigator.userAgent.includes('Firefox');

/**
 * A minimal themed widget for tests: the theme controller plus text in every token color, so axe
 * checks the palettes' contrast.
 */
export class ThemeProbe extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        padding: 0.5rem;
      }
      .muted {
        color: var(--_muted);
      }
      .accent {
        color: var(--_accent);
      }
      a {
        color: var(--_link);
      }
      .danger {
        color: var(--_danger);
      }
      .surface {
        background: var(--_surface);
        padding: 0.25rem;
      }
    `,
  ];

  readonly theme = new ThemeController(this);

  protected override render(): TemplateResult {
    return html`<p>Upaya Balikpapan Bangun Birokrasi Bersih</p>
      <p class="muted">30 Jun 2025</p>
      <p class="accent">Daerah</p>
      <p><a href="#x">Baca Lainnya</a></p>
      <div class="surface">
        <p class="danger">Berita tidak dapat dimuat.</p>
        <p class="muted">Artikel ini telah dibaca 20 kali</p>
        <a href="#y">Trending di Daerah</a>
      </div>`;
  }
}
if (!customElements.get('theme-probe')) customElements.define('theme-probe', ThemeProbe);

declare global {
  interface HTMLElementTagNameMap {
    'theme-probe': ThemeProbe;
  }
}

let savedHtml: { theme: string | null; style: string | null } | undefined;
let emulated = false;
const extraKeys = new Set<string>();
const frames = new Set<HTMLIFrameElement>();
const containers = new Set<HTMLElement>();

/**
 * Renders a template with several elements (open-wc's `fixture` waits a frame for a non-Lit root,
 * which never comes in a page the browser keeps in the background) and waits for their updates.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  containers.add(container);
  document.body.append(container);
  render(template, container);
  const root = container.firstElementChild as T;
  await Promise.all(
    [root, ...root.querySelectorAll('*')].map((el) => (el as Partial<LitElement>).updateComplete),
  );
  return root;
}

/** Call in beforeEach: a page as fresh as a new one (nothing stored, the store re-created). */
export function freshTheme(): void {
  const root = document.documentElement;
  savedHtml = { theme: root.getAttribute('data-theme'), style: root.getAttribute('style') };
  localStorage.removeItem(KEY);
  resetThemeStore(KEY);
}

/** Marks another storage key for removal after the test. */
export function usesKey(key: string): void {
  extraKeys.add(key);
}

/** Call in afterEach: removes fixtures, then restores `<html>`, storage, emulation and the store. */
export async function restoreTheme(): Promise<void> {
  fixtureCleanup();
  const root = document.documentElement;
  if (savedHtml) {
    setOrRemove(root, 'data-theme', savedHtml.theme);
    setOrRemove(root, 'style', savedHtml.style);
  }
  for (const meta of document.head.querySelectorAll('meta[data-test]')) meta.remove();
  for (const key of [KEY, ...extraKeys]) localStorage.removeItem(key);
  extraKeys.clear();
  if (emulated) {
    emulated = false;
    await emulateMedia({ colorScheme: 'light' });
  }
  for (const node of [...frames, ...containers]) node.remove();
  frames.clear();
  containers.clear();
  const live = getThemeStore().live;
  resetThemeStore(KEY);
  if (live) throw new Error('the theme store is still listening after every element left');
}

function setOrRemove(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

export function osIsDark(): boolean {
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Emulates `prefers-color-scheme`. Chromium supports it (CDP); Firefox runs through WebDriver
 * BiDi, where puppeteer's `emulateMediaFeatures` throws "CDP support is required": there the
 * test is skipped, unless the browser already has the wanted scheme (Firefox headless is light).
 */
export async function emulateOs(ctx: Mocha.Context, scheme: ColorScheme): Promise<void> {
  const query = matchMedia('(prefers-color-scheme: dark)');
  const willChange = query.matches !== (scheme === 'dark');
  const changed = new Promise((resolve) => query.addEventListener('change', resolve, { once: true }));
  try {
    await emulateMedia({ colorScheme: scheme });
    emulated = true;
    // Media query listeners run in the browser's rendering steps, after every listener created
    // earlier (the theme store's): once this one has run, the store has seen the change.
    const late = new Promise((resolve) => setTimeout(() => resolve('late'), 5000));
    if (willChange && (await Promise.race([changed, late])) === 'late') {
      throw new Error(
        `the prefers-color-scheme change event did not arrive (page ${document.visibilityState}): a hidden page gets no ` +
          `rendering updates, so the runner must open each test page in its own window (createPage type 'window').`,
      );
    }
  } catch (error) {
    if (emulated) throw error;
    if (osIsDark() === (scheme === 'dark')) return;
    if (isFirefox) {
      console.warn(
        `[skipped] "${ctx.test?.title}": prefers-color-scheme cannot be emulated in Firefox under WebDriver BiDi ` +
          `(puppeteer: ${String(error).slice(0, 120)}). The fake-matchMedia tests cover this logic in Firefox.`,
      );
      ctx.skip();
    }
    throw error;
  }
  if (osIsDark() !== (scheme === 'dark'))
    throw new Error(`emulating prefers-color-scheme: ${scheme} had no effect`);
}

/**
 * Whether real key presses (sendKeys) can activate controls here. Chromium: always. Firefox under
 * WebDriver BiDi delivers the keydown to a window without OS focus (concurrent test files each
 * have a window) but does not turn it into a click there; then the caller checks the native
 * button semantics only, and says so.
 */
export async function realKeys(ctx: Mocha.Context): Promise<boolean> {
  if (!isFirefox || document.hasFocus()) return true;
  console.warn(
    `[partial] "${ctx.test?.title}": this Firefox window has no focus, so sent keys do not activate buttons; checked the native button semantics instead.`,
  );
  return false;
}

/**
 * A dark OS for a test: emulated where the browser can (Chromium), else a fake `matchMedia`
 * (Firefox under BiDi). Call before the elements connect; returns the cleanup.
 */
export async function darkOs(): Promise<() => void> {
  try {
    await emulateMedia({ colorScheme: 'dark' });
    emulated = true;
    if (osIsDark()) return () => {};
  } catch {
    // Not available: fall back to the fake below.
  }
  return fakeSystem('dark').restore;
}

/**
 * Replaces `window.matchMedia` for the dark query with a controllable fake (both browsers), for
 * the OS-following logic where emulation is unavailable. Install before the store is created.
 */
export function fakeSystem(initial: ColorScheme): {
  set(scheme: ColorScheme): void;
  listeners(): number;
  restore(): void;
} {
  const original = window.matchMedia;
  let matches = initial === 'dark';
  let count = 0;
  const target = new EventTarget();
  const fake = {
    media: '(prefers-color-scheme: dark)',
    get matches() {
      return matches;
    },
    onchange: null,
    addEventListener(type: string, fn: EventListener) {
      count++;
      target.addEventListener(type, fn);
    },
    removeEventListener(type: string, fn: EventListener) {
      count--;
      target.removeEventListener(type, fn);
    },
    addListener() {},
    removeListener() {},
    dispatchEvent: (e: Event) => target.dispatchEvent(e),
  };
  window.matchMedia = (query: string) =>
    query.includes('prefers-color-scheme: dark')
      ? (fake as unknown as MediaQueryList)
      : original.call(window, query);
  return {
    set(scheme) {
      matches = scheme === 'dark';
      const event = new Event('change');
      Object.defineProperty(event, 'matches', { value: matches });
      target.dispatchEvent(event);
    },
    listeners: () => count,
    restore() {
      window.matchMedia = original;
    },
  };
}

/** Waits for a Lit element's pending update. */
export async function settled(el: Element): Promise<void> {
  await (el as LitElement).updateComplete;
}

/** Loads a page in an iframe and waits for its load event. */
export async function loadFrame(src: string, attrs: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attrs)) frame.setAttribute(name, value);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  frames.add(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

export { guardPageErrors } from '../feed/helpers.js';
