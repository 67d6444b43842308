// Helpers for the demo and layout specs: pages in iframes of a chosen size (a phone is an iframe
// 390px wide: its own viewport, so vw units and media queries see a phone), and shadow queries.
import { waitUntil } from '@open-wc/testing';

/** An iframe of `width` x `height` CSS pixels showing `src` (a URL) or `srcdoc`, once loaded. */
export async function frame(
  page: { src: string } | { srcdoc: string },
  width: number,
  height = 900,
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if ('src' in page) iframe.src = page.src;
  else iframe.srcdoc = page.srcdoc;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** A page whose only script defines every element, from source. */
export function widgetPage(body: string, head = ''): string {
  return `<!doctype html><html lang="id"><head><meta name="viewport" content="width=device-width, initial-scale=1">${head}
    <script type="module" src="/src/define.ts"></script></head><body>${body}</body></html>`;
}

export function shadowPart<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Resolves once the <news-article> shows its sanitized body (not the skeleton's). */
export async function articleReady(el: Element): Promise<void> {
  await waitUntil(
    () => {
      const body = shadowPart(el, 'body');
      return body !== null && !body.classList.contains('bones');
    },
    'the article body should render',
    { timeout: 10_000 },
  );
}

/** A font-family list as names: quotes and spacing as each browser serializes them removed. */
export function families(value: string): string[] {
  return value.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
}
