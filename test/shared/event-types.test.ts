import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { FeedErrorCode } from '../../src/index.js';

/**
 * Mostly compile-time: listeners get typed details from HTMLElementEventMap, DocumentEventMap and
 * WindowEventMap. `npm run typecheck`
 * fails if a detail loses a field, changes a field's type, or becomes `any` (then the
 * `@ts-expect-error` lines below have no error to expect).
 */
describe('event map augmentation', () => {
  it('types the details of every news event', () => {
    const el = document.createElement('trending-region');
    const seen: string[] = [];
    el.addEventListener('news-load', (e) => {
      const count: number = e.detail.items.length;
      // @ts-expect-error not a field of the detail
      void e.detail.nope;
      seen.push(`load:${count}`);
    });
    el.addEventListener('news-error', (e) => {
      const code: string = e.detail.code;
      // @ts-expect-error not a field of the detail
      void e.detail.nope;
      seen.push(`error:${code}`);
    });
    el.addEventListener('news-click', (e) => {
      const { id, position, url }: { id: string; position: number; url: string } = e.detail;
      // @ts-expect-error not a field of the detail
      void e.detail.nope;
      seen.push(`click:${id}@${position} ${url}`);
    });
    el.addEventListener('news-impression', (e) => {
      const { id, position }: { id: string; position: number } = e.detail;
      // @ts-expect-error not a field of the detail
      void e.detail.nope;
      seen.push(`impression:${id}@${position}`);
    });
    el.dispatchEvent(new CustomEvent('news-load', { detail: { items: [] } }));
    el.dispatchEvent(new CustomEvent('news-error', { detail: { code: 'http', message: 'x' } }));
    el.dispatchEvent(
      new CustomEvent('news-click', { detail: { id: 'a1', position: 2, url: 'https://e.x/' } }),
    );
    el.dispatchEvent(new CustomEvent('news-impression', { detail: { id: 'a1', position: 2 } }));
    expect(seen).to.deep.equal(['load:0', 'error:http', 'click:a1@2 https://e.x/', 'impression:a1@2']);
  });

  it('types the details on the document and the window, where the bubbling events arrive', () => {
    const el = document.createElement('trending-region');
    const toggle = document.createElement('dark-mode-toggle');
    document.body.append(el, toggle);
    const seen: string[] = [];
    const onError = (e: DocumentEventMap['news-error']) => {
      const code: FeedErrorCode = e.detail.code;
      // @ts-expect-error not a field of the detail
      void e.detail.nope;
      seen.push(`error:${code}`);
    };
    const onClick = (e: DocumentEventMap['news-click']) => seen.push(`click:${e.detail.position}`);
    const onScheme = (e: WindowEventMap['colorschemechange']) => seen.push(`scheme:${e.detail.colorScheme}`);
    // Typecheck only: every event on the map it was not heard on above.
    const elsewhere = [
      (e: WindowEventMap['news-error']) => e.detail.code,
      (e: WindowEventMap['news-click']) => e.detail.position,
      (e: DocumentEventMap['colorschemechange']) => e.detail.colorScheme,
    ];
    void elsewhere;
    document.addEventListener('news-error', onError);
    document.addEventListener('news-click', onClick);
    window.addEventListener('colorschemechange', onScheme);
    try {
      const bubbling = { bubbles: true, composed: true };
      el.dispatchEvent(
        new CustomEvent('news-error', { ...bubbling, detail: { code: 'http', message: 'x' } }),
      );
      el.dispatchEvent(
        new CustomEvent('news-click', {
          ...bubbling,
          detail: { id: 'a1', position: 3, url: 'https://e.x/' },
        }),
      );
      toggle.dispatchEvent(
        new CustomEvent('colorschemechange', {
          ...bubbling,
          detail: { colorScheme: 'dark', mode: 'dark', userChoice: true },
        }),
      );
    } finally {
      document.removeEventListener('news-error', onError);
      document.removeEventListener('news-click', onClick);
      window.removeEventListener('colorschemechange', onScheme);
      el.remove();
      toggle.remove();
    }
    expect(seen).to.deep.equal(['error:http', 'click:3', 'scheme:dark']);
  });
});
