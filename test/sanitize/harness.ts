/**
 * Shared by the sanitize tests: the `__xss` sentinel, dialog recording, waiting for the browser
 * to act on inserted nodes, and the structural safety check of a rendered tree.
 */

declare global {
  interface Window {
    __xss?: () => void;
  }
}

/** Counts sentinel calls and alert/confirm/prompt calls while installed. */
export interface Sentinel {
  readonly hits: number;
  /** For each call, the root passed to {@link Sentinel.watch} it came from (undefined: elsewhere). */
  readonly roots: Array<Node | undefined>;
  readonly dialogs: string[];
  /**
   * Attributes later calls from elements under `root` to `root`. An inline handler resolves
   * `__xss` through its element first (the handler's scope chain is element, form, document,
   * window), so an own property on each element answers before the global one. (`window.event`
   * cannot help: it is undefined for events inside shadow trees.)
   */
  watch(root: ParentNode & Node): void;
  uninstall(): void;
}

export function installSentinel(): Sentinel {
  const dialogs: string[] = [];
  const roots: Array<Node | undefined> = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.__xss = () => {
    roots.push(undefined);
  };
  window.alert = (message?: unknown) => void dialogs.push(`alert:${String(message)}`);
  window.confirm = (message?: unknown) => (dialogs.push(`confirm:${String(message)}`), false);
  window.prompt = (message?: unknown) => (dialogs.push(`prompt:${String(message)}`), null);
  return {
    get hits() {
      return roots.length;
    },
    roots,
    dialogs,
    watch(root) {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        Object.defineProperty(element, '__xss', { value: () => void roots.push(root), configurable: true });
      }
    },
    uninstall() {
      delete window.__xss;
      Object.assign(window, saved);
    },
  };
}

/**
 * One animation frame, or 100 ms if frames do not come: the runner loads two test pages at once
 * and a background tab gets no animation frames at all.
 */
const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

/** Gives the browser time to fire load/error/focus/animation events: two frames, then ~50 ms. */
export async function settle(): Promise<void> {
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Resolves once `condition()` holds, checking every frame; the mocha timeout bounds the wait,
 * or `maxFrames` when given (then it resolves, whatever the condition).
 */
export async function until(condition: () => boolean, maxFrames = Infinity): Promise<void> {
  for (let i = 0; i < maxFrames && !condition(); i++) await frame();
}

/** A fresh open shadow root on an element attached to the document. */
export function shadowHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  document.body.append(host);
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'keygen',
  'isindex',
  'meta',
  'link',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
  'frame',
  'frameset',
  'video',
  'audio',
  'source',
  'area',
  'map',
]);

export const FORBIDDEN_ATTRIBUTES = ['style', 'id', 'name', 'srcdoc', 'ping', 'autofocus', 'tabindex'];

/**
 * The class tokens the news profile keeps (WordPress layout names), written out here rather than
 * imported: the check must not trust the code it checks. Any other token is a feed class that
 * survived.
 */
const KEPT_CLASS =
  /^(?:wp-block-(?:gallery|image|columns?|embed(?:__wrapper)?|quote|pullquote|table)|(?:gallery-)?columns-[1-8]|has-nested-images|is-cropped|is-type-video|wp-embed-aspect-(?:16-9|4-3)|align(?:left|right|center|wide|full)|blocks-gallery-(?:grid|item)|wp-caption|gallery(?:-item)?)$/;

const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'lowsrc',
  'dynsrc',
];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function assertSafeUrl(element: Element, attribute: string, value: string): void {
  let url: URL;
  try {
    // No base: every URL we keep must already be absolute.
    url = new URL(value);
  } catch {
    throw new Error(`<${element.localName} ${attribute}="${value}"> is not an absolute URL`);
  }
  if (!SAFE_SCHEMES.has(url.protocol)) {
    throw new Error(`<${element.localName} ${attribute}="${value}"> uses scheme ${url.protocol}`);
  }
}

/** Throws, naming the problem, unless `root` holds only what the news profile allows. */
export function assertSafeTree(root: ParentNode, options: { allowIframes?: boolean } = {}): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      throw new Error(`<${tag}> is in namespace ${element.namespaceURI}`);
    }
    if (FORBIDDEN_ELEMENTS.has(tag) && !(tag === 'iframe' && options.allowIframes)) {
      throw new Error(`forbidden element <${tag}> survived`);
    }
    if (tag.includes('-')) throw new Error(`custom element <${tag}> survived`);
    if (element.shadowRoot !== null) throw new Error(`<${tag}> carries a shadow root`);
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) throw new Error(`<${tag}> kept event handler ${name}="${attr.value}"`);
      if (FORBIDDEN_ATTRIBUTES.includes(name)) throw new Error(`<${tag}> kept ${name}="${attr.value}"`);
      if (name === 'class' && !attr.value.split(' ').every((token) => KEPT_CLASS.test(token))) {
        throw new Error(`<${tag}> kept class="${attr.value}"`);
      }
      if (name.startsWith('data-')) throw new Error(`<${tag}> kept ${name}`);
      if (URL_ATTRIBUTES.includes(name)) assertSafeUrl(element, name, attr.value);
      if (name === 'srcset') {
        for (const candidate of attr.value.split(/,\s+/)) {
          assertSafeUrl(element, 'srcset', candidate.trim().split(/\s+/)[0]!);
        }
      }
    }
    const target = element.getAttribute('target');
    if (target !== null) {
      if (tag !== 'a' || target !== '_blank') throw new Error(`<${tag} target="${target}"> survived`);
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        throw new Error(`<a target=_blank rel="${element.getAttribute('rel')}"> lacks noopener noreferrer`);
      }
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const url = new URL(element.getAttribute('href')!);
      const external =
        (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
      if (external && target !== '_blank') throw new Error(`external link ${url.href} lacks target=_blank`);
    }
  }
}
