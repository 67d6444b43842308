// The benchmark's pages, each in three variants doing the same job on one feed: ours (the classic
// script tag), the hand-written floor (one fetch, string templates, innerHTML) and the Lit floor
// (the same job as bare LitElements, bench/lit-floor*.ts). Layouts:
// - `trending`: N `<trending-region>` widgets;
// - `mixed`: N widgets, the i-th an article, a related list and a trending list in turn (i % 3);
// - `seed`: the demo's seed page: dark-mode toggle, article, related list, trending list.
// Each marks `window.__done` when all content is in the DOM and `window.__painted` once painted.
import { readFileSync } from 'node:fs';

const REGIONS = ['Kalimantan Timur', 'Kalimantan Utara', 'Kalimantan Selatan', 'Jawa Timur'];
const FEED = '/demo/public/feed.json';
// Articles the feed has, so every article widget finds its article (read, not listed, so a new
// feed cannot leave the pages asking for ids it no longer has).
const ARTICLE_IDS = JSON.parse(readFileSync(new URL('../demo/public/feed.json', import.meta.url), 'utf8')).items.map(
  (item) => item.id,
);
export const SEED_ARTICLE_ID = ARTICLE_IDS[0];

export const CLASSIC_SCRIPT = '/dist/cdn/news-widgets.iife.js';

// The articles of the mixed page's article widgets, in turn. Few: our lists never list an article
// a `<news-article>` on the page shows, and a page showing every article of the feed would leave
// them all empty, a job the floors do not get.
const MIXED_ARTICLES = 4;

/**
 * The widgets of a layout, independent of how a variant writes them: `{ kind, region | id }`.
 * In `mixed`, the article and the related list of one round share an article, as on a real page.
 * On the pages of N widgets our lists repeat what lists above them show (`exclude-shown="false"`):
 * by default each would leave out the entries above it, so beyond the first few every list would
 * be empty, while the floors render five rows per list.
 */
function widgetsOf(layout, n) {
  if (layout === 'seed')
    return [
      { kind: 'toggle' },
      { kind: 'article', id: SEED_ARTICLE_ID },
      { kind: 'related', id: SEED_ARTICLE_ID },
      { kind: 'trending', region: REGIONS[0] },
    ];
  const kindOf = (i) => (layout === 'mixed' ? ['article', 'related', 'trending'][i % 3] : 'trending');
  return Array.from({ length: n }, (_, i) => {
    const round = Math.floor(i / 3);
    const id = ARTICLE_IDS[round % MIXED_ARTICLES];
    const region = REGIONS[(layout === 'mixed' ? round : i) % REGIONS.length];
    return { kind: kindOf(i), region, id, repeatShown: true };
  });
}

/** How many `news-load` events mean every widget shows content: one per widget that reads the feed. */
const expectedLoads = (layout, n) => widgetsOf(layout, n).filter((w) => w.kind !== 'toggle').length;

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

/** The probe of our pages and the Lit floor's: counts `news-load` until every widget has fired one. */
function probeScript(expected) {
  return `window.__expected = ${expected};${probe}`;
}

const STYLE = '<style>body{font-family:system-ui;margin:0;display:grid;grid-template-columns:repeat(4,1fr);gap:8px}img{max-width:100%;height:auto}</style>';

function htmlDocument(title, head, body) {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
${head}
${STYLE}
</head><body>${body}</body></html>`;
}

const repeatShown = (w) => (w.repeatShown ? ' exclude-shown="false"' : '');

const ourTag = {
  toggle: () => '<dark-mode-toggle></dark-mode-toggle>',
  article: (w) => `<news-article feed="${FEED}" article-id="${w.id}" locale="id"></news-article>`,
  related: (w) => `<related-list feed="${FEED}" article-id="${w.id}" locale="id"${repeatShown(w)}></related-list>`,
  trending: (w) => `<trending-region feed="${FEED}" region="${w.region}" locale="id"${repeatShown(w)}></trending-region>`,
};

/** Ours: the library's classic script tag, as the README tells a page to embed it. */
export function widgetsPage(layout, n) {
  const widgets = widgetsOf(layout, n);
  return htmlDocument(
    `widgets ${layout} ${n}`,
    `<script>${probeScript(expectedLoads(layout, n))}</script><script src="${CLASSIC_SCRIPT}" defer></script>`,
    widgets.map((w) => ourTag[w.kind](w)).join('\n'),
  );
}

const litTag = {
  toggle: () => '<lit-floor-toggle></lit-floor-toggle>',
  article: (w) => `<lit-floor-article article-id="${w.id}"></lit-floor-article>`,
  related: (w) => `<lit-floor-related article-id="${w.id}"></lit-floor-related>`,
  trending: (w) => `<lit-floor-list region="${w.region}"></lit-floor-list>`,
};

/**
 * The Lit floor: the same widgets as bare LitElements. A page of trending lists only loads the
 * bundle with the trending list alone, as ours loads only the elements a page uses.
 */
export function litFloorPage(layout, n) {
  const widgets = widgetsOf(layout, n);
  const bundle = layout === 'trending' ? '/bench/out/lit-floor-trending.js' : '/bench/out/lit-floor.js';
  return htmlDocument(
    `Lit floor ${layout} ${n}`,
    `<script>${probeScript(expectedLoads(layout, n))}</script><script src="${bundle}" defer></script>`,
    widgets.map((w) => litTag[w.kind](w)).join('\n'),
  );
}

const floorSlot = {
  toggle: () => '<button class="toggle" aria-pressed="false">Mode gelap</button>',
  article: (w) => `<div class="w" data-kind="article" data-id="${w.id}"></div>`,
  related: (w) => `<div class="w" data-kind="related" data-id="${w.id}"></div>`,
  trending: (w) => `<div class="w" data-kind="trending" data-region="${w.region}"></div>`,
};

/** The hand-written floor: empty slots that its one script fills. */
export function baselinePage(layout, n) {
  const widgets = widgetsOf(layout, n);
  const kinds = [...new Set(widgets.map((w) => w.kind))].join(',');
  return htmlDocument(
    `baseline ${layout} ${n}`,
    `<script src="/bench/baseline.js?kinds=${kinds}" defer></script>`,
    widgets.map((w) => floorSlot[w.kind](w)).join('\n'),
  );
}

// The floor's renderers: what a careful developer writes by hand for each job, with escaping and
// Intl dates. An article's body goes in as the feed's HTML, as naive embeds do.
const floorRenderers = {
  trending: `trending(el) {
    const region = norm(el.dataset.region);
    const items = feed.items
      .filter((it) => norm(it._news && it._news.region) === region)
      .sort((a, b) => (b._news.views || 0) - (a._news.views || 0) || newest(a, b))
      .slice(0, 5);
    el.innerHTML = '<h2>Trending di Daerah</h2><ol>' + items.map((it, i) =>
      '<li><span>' + (i + 1) + '</span><a href="' + esc(it.url) + '">' + esc(it.title) + '</a><time>' +
      fmt.format(new Date(it.date_published)) + '</time></li>').join('') + '</ol>';
  },`,
  related: `related(el) {
    const article = byId.get(el.dataset.id);
    const first = ((article && article._news && article._news.related) || []).map((id) => byId.get(id)).filter(Boolean);
    const rest = feed.items.filter((it) => it !== article && !first.includes(it)).sort(newest);
    el.innerHTML = '<h2>Baca Lainnya</h2><ul>' + first.concat(rest).slice(0, 5).map((it) =>
      '<li><a href="' + esc(it.url) + '">' + esc(it.title) + '</a><time>' +
      fmt.format(new Date(it.date_published)) + '</time></li>').join('') + '</ul>';
  },`,
  article: `article(el) {
    const it = byId.get(el.dataset.id);
    el.innerHTML = '<article><h1>' + esc(it.title) + '</h1><time>' + fmt.format(new Date(it.date_published)) + '</time>' +
      (it.image ? '<img src="' + esc(new URL(it.image, feedUrl).href) + '" alt="" width="' + (it._news.image_width || '') + '" height="' + (it._news.image_height || '') + '">' : '') +
      '<div>' + it.content_html + '</div></article>';
  },`,
};

// The floor's dark-mode switch: a button that flips the page's color scheme.
const floorToggle = `
  document.querySelector('.toggle').addEventListener('click', (e) => {
    const dark = e.target.getAttribute('aria-pressed') !== 'true';
    e.target.setAttribute('aria-pressed', String(dark));
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  });`;

/**
 * The floor's script, with only the renderers its page uses (`kinds`): a hand-written embed of
 * one trending list carries no article code.
 */
export function baselineScript(kinds) {
  const renderers = kinds.filter((k) => k in floorRenderers).map((k) => floorRenderers[k]);
  return `
(async () => {${kinds.includes('toggle') ? floorToggle : ''}
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const fmt = new Intl.DateTimeFormat('id', { day: 'numeric', month: 'long', year: 'numeric' });
  const feedUrl = new URL('${FEED}', location.href);
  const feed = await (await fetch(feedUrl)).json();
  const byId = new Map(feed.items.map((it) => [it.id, it]));
  const norm = (s) => String(s || '').normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim();
  const newest = (a, b) => Date.parse(b.date_published) - Date.parse(a.date_published);
  const render = {
  ${renderers.join('\n  ')}
  };
  for (const el of document.querySelectorAll('.w')) render[el.dataset.kind](el);
  ${markDone}
})();`;
}
