// A page with one widget and no toggle (lazy-*-page.html): tells the test page what the widget
// showed the moment it connected (before it could paint), and after the theme store loaded (or
// did not, within `wait` ms).
import '/src/components/trending-region/trending-region.define.ts';

const params = new URLSearchParams(location.search);
const storeEntry = () =>
  performance.getEntriesByType('resource').find((entry) => entry.name.includes('theme-store'));
const el = document.createElement('trending-region');
el.setAttribute('feed', '/test/fixtures/feed-basic.json');
const connectedAt = performance.now();
document.body.append(el);
const report = {
  atConnect: el.getAttribute('data-news-theme'),
  schemeAtConnect: getComputedStyle(el).colorScheme,
  storeAtConnect: Boolean(storeEntry()),
};
const deadline = performance.now() + Number(params.get('wait') ?? 3000);
while (!storeEntry() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
// The module has arrived; let it evaluate and the widgets subscribe.
await new Promise((resolve) => setTimeout(resolve, 50));
const entry = storeEntry();
report.storeLoaded = Boolean(entry);
report.storeMs = entry ? Math.round(entry.responseEnd - connectedAt) : null;
report.afterLoad = el.getAttribute('data-news-theme');
report.htmlTheme = document.documentElement.getAttribute('data-theme');
if (params.has('clear')) {
  // As another tab returning to the system setting: the store (not the widget alone) then
  // follows the system, since a choice existed during this page view.
  localStorage.removeItem('news-widgets-theme');
  window.dispatchEvent(
    new StorageEvent('storage', { key: 'news-widgets-theme', newValue: null, storageArea: localStorage }),
  );
  await new Promise((resolve) => setTimeout(resolve));
  report.afterClear = el.getAttribute('data-news-theme');
  report.system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
report.errors = window.prepaintErrors;
parent.postMessage({ type: 'news-lazy-report', report }, '*');
