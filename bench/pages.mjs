// The benchmark's pages: N widgets sharing one feed, the hand-written floor doing the same job
// (one fetch, string templates, innerHTML), and the Lit floor (the same job as bare LitElements).
// Each marks `window.__done` when all content is in the DOM and `window.__painted` once painted.
const REGIONS = ['Kalimantan Timur', 'Kalimantan Utara', 'Kalimantan Selatan', 'Jawa Timur'];
const FEED = '/demo/public/feed.json';

/**
 * Marks the time content is in the DOM (`__done`), then, after the next frame's style, layout
 * and paint, the time it is painted (`__painted`): a task queued from requestAnimationFrame runs
 * after that frame.
 */
const markDone = `window.__done = performance.now();
  requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())));`;

const probe = `
  window.__loads = 0;
  document.addEventListener('news-load', () => {
    if (++window.__loads === window.__expected) { ${markDone} }
  });`;

export function widgetsPage(n, bundle = '/dist/cdn/news-widgets.iife.js', tag = 'trending-region') {
  const widgets = Array.from(
    { length: n },
    (_, i) => `<${tag} feed="${FEED}" region="${REGIONS[i % REGIONS.length]}" locale="id"></${tag}>`,
  ).join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>widgets ${n}</title>
<script src="/bench/probe.js?n=${n}"></script><script src="${bundle}" defer></script>
<style>body{font-family:system-ui;margin:0;display:grid;grid-template-columns:repeat(4,1fr);gap:8px}</style>
</head><body>${widgets}</body></html>`;
}

/** The Lit floor (bench/lit-floor.ts): the same lists from a bare LitElement. */
export function litFloorPage(n) {
  return widgetsPage(n, '/bench/out/lit-floor.js', 'lit-floor-list');
}

export function probeScript(n) {
  return `window.__expected = ${n};${probe}`;
}

export function baselinePage(n) {
  const slots = Array.from({ length: n }, (_, i) => `<div class="w" data-region="${REGIONS[i % REGIONS.length]}"></div>`).join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>baseline ${n}</title>
<script src="/bench/baseline.js" defer></script>
<style>body{font-family:system-ui;margin:0;display:grid;grid-template-columns:repeat(4,1fr);gap:8px}</style>
</head><body>${slots}</body></html>`;
}

// The floor: what a careful developer writes by hand for this job, with escaping and Intl dates.
export const baselineScript = `
(async () => {
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const fmt = new Intl.DateTimeFormat('id', { day: 'numeric', month: 'long', year: 'numeric' });
  const feed = await (await fetch('${FEED}')).json();
  const norm = (s) => String(s || '').normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim();
  for (const el of document.querySelectorAll('.w')) {
    const region = norm(el.dataset.region);
    const items = feed.items
      .filter((it) => norm(it._news && it._news.region) === region)
      .sort((a, b) => (b._news.views || 0) - (a._news.views || 0) || Date.parse(b.date_published) - Date.parse(a.date_published))
      .slice(0, 5);
    el.innerHTML = '<h2>Trending di Daerah</h2><ol>' + items.map((it, i) =>
      '<li><span>' + (i + 1) + '</span><a href="' + esc(it.url) + '">' + esc(it.title) + '</a><time>' +
      fmt.format(new Date(it.date_published)) + '</time></li>').join('') + '</ol>';
  }
  ${markDone}
})();`;
