import { expect } from '@open-wc/testing';
import '../../src/define.js';

// Compile-time: listeners get typed details from HTMLElementEventMap (a wrong field fails `npm run typecheck`).
describe('event map augmentation', () => {
  it('types the details of every news event', () => {
    const el = document.createElement('trending-region');
    const seen: string[] = [];
    el.addEventListener('news-load', (e) => seen.push(`load:${e.detail.items.length}`));
    el.addEventListener('news-error', (e) => seen.push(`error:${e.detail.code}`));
    el.addEventListener('news-click', (e) => seen.push(`click:${e.detail.id}@${e.detail.position}`));
    el.addEventListener('news-impression', (e) =>
      seen.push(`impression:${e.detail.id}@${e.detail.position}`),
    );
    el.dispatchEvent(new CustomEvent('news-load', { detail: { items: [] } }));
    el.dispatchEvent(new CustomEvent('news-error', { detail: { code: 'http', message: 'x' } }));
    el.dispatchEvent(
      new CustomEvent('news-click', { detail: { id: 'a1', position: 2, url: 'https://e.x/' } }),
    );
    el.dispatchEvent(new CustomEvent('news-impression', { detail: { id: 'a1', position: 2 } }));
    expect(seen).to.deep.equal(['load:0', 'error:http', 'click:a1@2', 'impression:a1@2']);
  });
});
