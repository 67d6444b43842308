#!/usr/bin/env node
// `npm run test:dist`: the built bundles in real Chromium and Firefox, the way partners use them:
// a host page with a strict CSP and Trusted Types, hostile page CSS, the classic bundle loaded
// twice plus the module bundle, and a foreign <dark-mode-toggle> defined first. Prints the same
// "N passed, N failed" line as npm test.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, firefoxLaunchOptions, resolveBrowsers } from './browsers.mjs';
import { TYPES, repoFile } from './repo-files.mjs';

if (!existsSync('dist/cdn/news-widgets.iife.js')) {
  console.error('dist/cdn/news-widgets.iife.js is missing: run npm run build first');
  process.exit(1);
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types news-widgets lit-html";
// A page whose Trusted Types list leaves out Lit's policy (or whose own Lit took the name).
const CSP_WITHOUT_LIT = CSP.replace(' lit-html', '');
const NO_LIT_PAGE = '/smoke/no-lit-policy.html';
const CSP_WITH_REMOTE_IMAGES = CSP.replace("img-src 'self' data:", "img-src 'self' data: https:");

const hostileFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: '<img src=x onerror=__xss()>',
  items: [
    {
      id: 'h1',
      url: 'javascript:__xss()',
      title: '<img src=x onerror=__xss()>Judul',
      content_html:
        '<p>Isi</p><img src=x onerror=__xss()><script>__xss()</script><a href="jav&#x09;ascript:__xss()">x</a>' +
        '<svg><animate onbegin=__xss() attributeName=x dur=1s></svg><style>*{display:none!important}</style>' +
        '<div style="position:fixed;inset:0;z-index:99999;background:red">overlay</div><form><button formaction="javascript:__xss()">b</button></form>',
      image: 'javascript:__xss()',
      date_published: '2025-06-30T09:00:00+08:00',
      authors: [{ name: '<b onmouseover=__xss()>Writer</b>', url: 'javascript:__xss()' }],
      tags: ['<script>__xss()</script>'],
      _news: { category: '<i>Daerah</i>', region: 'Kalimantan Timur', views: 20, image_caption: '"><img src=x onerror=__xss()>' },
    },
  ],
});

// The classic bundle twice, then the module bundle: each later copy finds the elements defined.
const THREE_COPIES = `<script src="/dist/cdn/news-widgets.iife.js"></script>
<script src="/dist/cdn/news-widgets.iife.js"></script>
<script type="module" src="/dist/cdn/news-widgets.js"></script>`;
// The module bundle, then a deferred classic one: the classic copy runs while the module copy is
// still loading its chunks, so both start, and only one may create Lit's Trusted Types policy.
const MODULE_THEN_CLASSIC = `<script type="module" src="/dist/cdn/news-widgets.js"></script>
<script src="/dist/cdn/news-widgets.iife.js" defer></script>`;

const page = (body, scripts = THREE_COPIES) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>smoke</title>
<link rel="stylesheet" href="/smoke/hostile.css">
<script src="/smoke/probe.js"></script>
<script src="/smoke/foreign-toggle.js"></script>
${scripts}
</head><body>${body}</body></html>`;

const WIDGETS = `
    <news-provider feed="/demo/public/feed.json" locale="id">
      <news-article article-id="upaya-balikpapan-birokrasi-bersih" structured-data></news-article>
      <related-list></related-list>
      <trending-region region="kalimantan timur" refresh="60"></trending-region>
    </news-provider>
    <news-dark-mode-toggle></news-dark-mode-toggle>`;

const RSS_WIDGETS = `<news-provider feed="/smoke/rss-as-html" locale="id">
      <news-article></news-article><trending-region></trending-region></news-provider>`;
// The first two titles of test/fixtures/real/rss-antara-jambi-terkini.xml (see its expected.json):
// the article shows the newest; the trending list beside it never offers that one again.
const RSS_TITLE = 'Malisya Deslilian lulus Fakultas Kedokteran Unisba pada usia 20 tahun';
const RSS_SECOND = 'Polda Jambi perkuat pembinaan sikap personel untuk responsif tolak paham radikal';
const rssRendered = {
  ready: `(() => document.querySelector('news-article')?.shadowRoot?.querySelector('h1') && document.querySelector('trending-region')?.shadowRoot?.querySelectorAll('li').length)()`,
  verify: `(() => { const problems = [];
    const h1 = document.querySelector('news-article').shadowRoot.querySelector('h1').textContent.trim();
    if (h1 !== ${JSON.stringify(RSS_TITLE)}) problems.push('headline: ' + h1);
    if (!document.querySelector('news-article').shadowRoot.textContent.includes('setelah berhasil lulus dari Fakultas Kedokteran')) problems.push('body sentence missing');
    const first = document.querySelector('trending-region').shadowRoot.querySelector('li [part~=title]')?.textContent.trim();
    if (first !== ${JSON.stringify(RSS_SECOND)}) problems.push('trending first entry: ' + first);
    return problems; })()`,
};

const files = {
  '/smoke/probe.js': `window.__globalsBefore = Object.getOwnPropertyNames(window); window.__symbolMetadataBefore = 'metadata' in Symbol;
    window.__violations = []; window.__errors = []; window.__xssCalls = 0;
    window.__xss = function () { window.__xssCalls++; };
    document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });
    window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
    window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + String(e.reason)); });`,
  // The popular, unrelated element that owns this tag on many sites.
  '/smoke/foreign-toggle.js': `customElements.define('dark-mode-toggle', class extends HTMLElement {});`,
  // A host stylesheet that tries to leak into widgets.
  '/smoke/hostile.css': `* { color: rgb(255, 0, 0) !important; font-size: 40px; } h1, a, li { display: none !important; }
    news-article, trending-region, related-list { display: block; }`,
  '/smoke/hostile.json': hostileFeed,
  '/smoke/widgets.html': page(WIDGETS),
  '/smoke/module-then-classic.html': page(WIDGETS, MODULE_THEN_CLASSIC),
  // The list's locale is no locale tag: the loader's early date data must not throw on it either.
  '/smoke/hostile.html': page(`<news-article feed="/smoke/hostile.json"></news-article>
    <trending-region feed="/smoke/hostile.json" locale="x_@@!"></trending-region><related-list feed="/smoke/hostile.json"></related-list>`),
  [NO_LIT_PAGE]: page(`<trending-region feed="/demo/public/feed.json"><p>Indeks berita terpopuler</p></trending-region>
    <news-article feed="/demo/public/feed.json"><p>Baca artikel di situs kami</p></news-article>
    <news-dark-mode-toggle></news-dark-mode-toggle>`),
  // RSS from an Indonesian portal, sent as text/html as many servers do: the classic script
  // and the module bundle both load the XML chunk from beside themselves.
  '/smoke/rss-classic.html': page(RSS_WIDGETS, '<script src="/dist/cdn/news-widgets.iife.js"></script>'),
  '/smoke/rss-module.html': page(RSS_WIDGETS, '<script type="module" src="/dist/cdn/news-widgets.js"></script>'),
  // The partner's page: lists, the script tag above them (the loader sees the list as it is parsed).
  '/smoke/one-trending.html': page(
    // Two lists, one feed written two ways (a fragment is never sent): one request, started early.
    `<trending-region feed="/demo/public/feed.json" region="Kalimantan Timur"></trending-region>
    <trending-region feed="/demo/public/feed.json#terpopuler" region="Jawa Timur"></trending-region>`,
    '<script src="/dist/cdn/news-widgets.iife.js"></script>',
  ),
  // A single-page app: the article is added after the page loaded.
  '/smoke/late-element.html': page('', '<script src="/dist/cdn/news-widgets.iife.js"></script><script src="/smoke/insert-later.js" defer></script>'),
  '/smoke/insert-later.js': `setTimeout(() => {
    const article = document.createElement('news-article');
    article.setAttribute('feed', '/demo/public/feed.json');
    article.setAttribute('article-id', 'upaya-balikpapan-birokrasi-bersih');
    document.body.append(article);
  }, 300);`,
  '/smoke/failing.html': page(`<news-article feed="/smoke/status/500"></news-article>
    <trending-region feed="/smoke/not-json"></trending-region>`),
};

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  // The RSS pages show a real portal's images, from its own host.
  const csp = path === NO_LIT_PAGE ? CSP_WITHOUT_LIT : path.startsWith('/smoke/rss-') ? CSP_WITH_REMOTE_IMAGES : CSP;
  const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
  if (path === '/smoke/status/500') return res.writeHead(500, headers).end('boom');
  if (path === '/smoke/rss-as-html') {
    const rss = await repoFile('/test/fixtures/real/rss-antara-jambi-terkini.xml');
    return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=UTF-8' }).end(rss.body);
  }
  if (path === '/smoke/not-json') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end('<!doctype html>');
  if (files[path]) return res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] }).end(files[path]);
  const file = await repoFile(path);
  if (file) res.writeHead(200, { ...headers, 'Content-Type': file.type }).end(file.body);
  else res.writeHead(404, headers).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// Every widget rendered from the demo feed, host CSS kept out, no globals added.
const widgetsRendered = {
  ready: `(() => { const a = document.querySelector('news-article'); const t = document.querySelector('trending-region');
    const r = document.querySelector('related-list');
    return a?.shadowRoot?.querySelector('h1') && t?.shadowRoot?.querySelectorAll('li').length && r?.shadowRoot?.querySelectorAll('li').length; })()`,
  verify: `(() => { const a = document.querySelector('news-article').shadowRoot;
    const problems = [];
    if (a.querySelector('h1').textContent.trim() !== 'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel') problems.push('headline');
    if (!a.textContent.includes('Artikel ini telah dibaca 20 kali')) problems.push('read count');
    if (getComputedStyle(a.querySelector('h1')).color === 'rgb(255, 0, 0)') problems.push('host CSS leaked into the headline');
    if (getComputedStyle(a.querySelector('h1')).display === 'none') problems.push('host CSS hid the headline');
    if (!document.querySelector('news-article script[type="application/ld+json"]')) problems.push('structured data missing');
    if (customElements.get('dark-mode-toggle').newsWidgetsElement) problems.push('foreign toggle replaced');
    if (!document.querySelector('news-dark-mode-toggle').shadowRoot?.querySelector('[role=switch]')) problems.push('renamed toggle');
    const before = new Set(window.__globalsBefore);
    const added = Object.getOwnPropertyNames(window).filter((n) => !before.has(n) && !n.startsWith('__') && !/puppeteer/i.test(n));
    if (added.length) problems.push('globals added: ' + added.join(', '));
    if (!window.__symbolMetadataBefore && 'metadata' in Symbol) problems.push('Symbol.metadata added');
    // The live list's timer is a part loaded on demand: under the same CSP and Trusted Types.
    if (!performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/live-refresh-controller-')))
      problems.push('the live-refresh part was not loaded');
    return problems; })()`,
};

const checks = [
  {
    name: 'renders every widget under strict CSP + Trusted Types, loaded three times, next to a foreign dark-mode-toggle, adding no globals',
    path: '/smoke/widgets.html',
    ...widgetsRendered,
  },
  {
    name: 'the module bundle, then a deferred classic bundle while the module loads: one copy renders, no Trusted Types error',
    path: '/smoke/module-then-classic.html',
    ...widgetsRendered,
  },
  {
    name: 'renders a hostile feed as text: no script runs, no handler or script URL survives',
    path: '/smoke/hostile.html',
    ready: `(() => document.querySelector('news-article')?.shadowRoot?.querySelector('h1'))()`,
    verify: `(() => { const problems = [];
      for (const el of document.querySelectorAll('news-article, trending-region, related-list')) {
        for (const node of el.shadowRoot.querySelectorAll('*')) {
          for (const attr of node.attributes) {
            if (/^on/i.test(attr.name)) problems.push(el.localName + ': handler ' + attr.name);
            if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\\s*(javascript|data|vbscript):/i.test(attr.value)) problems.push(el.localName + ': script URL');
          }
        }
        for (const node of el.shadowRoot.querySelectorAll('[part~=body] *')) {
          if (/^(script|style|iframe|object|embed|form|button|input|svg|math|meta|base|link|template)$/i.test(node.localName)) problems.push(el.localName + ': <' + node.localName + '> in the body');
        }
      }
      const h1 = document.querySelector('news-article').shadowRoot.querySelector('h1').textContent;
      if (!h1.includes('<img')) problems.push('title not shown as text: ' + h1);
      return problems; })()`,
  },
  {
    name: 'a page that refuses the lit-html policy keeps its own fallback content: one refusal, one NW-TT-LIT warning, nothing thrown',
    path: NO_LIT_PAGE,
    violations: 1,
    warning: 'NW-TT-LIT',
    ready: `(() => [...document.querySelectorAll('trending-region, news-article')].every((el) => el.shadowRoot?.querySelector('slot')))()`,
    verify: `(() => { const problems = [];
      for (const el of document.querySelectorAll('trending-region, news-article')) {
        const fallback = el.querySelector('p');
        if (!fallback.checkVisibility() || fallback.getBoundingClientRect().height === 0) problems.push(el.localName + ': fallback hidden');
        if (el.shadowRoot.querySelector('[part]')) problems.push(el.localName + ': rendered parts without Lit');
      }
      return problems; })()`,
  },
  {
    name: 'a JSON-only page downloads no RSS/Atom code',
    path: '/smoke/widgets.html',
    ...widgetsRendered,
    verify: '[]',
    unrequested: /xml/,
  },
  {
    name: 'the classic script renders an RSS feed served as text/html, loading its XML chunk from beside itself, under strict CSP + Trusted Types',
    path: '/smoke/rss-classic.html',
    ...rssRendered,
    requested: /\/dist\/cdn\/chunks\/xml-[\w-]+\.js$/,
  },
  {
    name: 'the module bundle renders the same RSS feed, loading its XML chunk',
    path: '/smoke/rss-module.html',
    ...rssRendered,
    requested: /\/dist\/cdn\/chunks\/xml-[\w-]+\.js$/,
  },
  {
    name: 'the classic script requests the feed before the element code arrives, once, and loads only what the page uses',
    path: '/smoke/one-trending.html',
    ready: `(() => document.querySelector('trending-region')?.shadowRoot?.querySelectorAll('li').length)()`,
    verify: '[]',
    requestedBefore: [/\/demo\/public\/feed\.json$/, /\/dist\/cdn\/elements\/trending-region\.js$/],
    requestedOnce: /\/demo\/public\/feed\.json$/,
    unrequested: /elements\/(news-article|related-list|dark-mode-toggle|news-provider)|chunks\/(sanitize|xml|wordpress|theme-store|console-diagnostics|enlarge-dialog|live-refresh-controller|http-retry|policy)-/,
  },
  {
    name: 'the classic script defines an element a single-page app adds later',
    path: '/smoke/late-element.html',
    ready: `(() => document.querySelector('news-article')?.shadowRoot?.querySelector('h1'))()`,
    verify: `(() => { const h1 = document.querySelector('news-article').shadowRoot.querySelector('h1').textContent.trim();
      return h1 === 'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel' ? [] : ['headline: ' + h1]; })()`,
  },
  {
    // A 500 may pass: it keeps its retry. A page that is not a feed stays one: no retry there.
    name: 'failing servers end in the localized error state, with a retry control only where retrying can help',
    path: '/smoke/failing.html',
    ready: `(() => document.querySelector('news-article')?.shadowRoot?.querySelector('[part~=error]') && document.querySelector('trending-region')?.shadowRoot?.querySelector('[part~=error]'))()`,
    verify: `(() => { const problems = [];
      const retry = (tag) => document.querySelector(tag).shadowRoot.querySelector('[part~=error] [part~=retry]');
      if (!retry('news-article')) problems.push('news-article (500): no retry');
      if (retry('trending-region')) problems.push('trending-region (not a feed): a retry that cannot help');
      // The retries are a part loaded with the first transient failure (the 500).
      if (!performance.getEntriesByType('resource').some((e) => e.name.includes('/chunks/http-retry-')))
        problems.push('the retry part was not loaded after the 500');
      return problems; })()`,
  },
];

const { chrome, firefox } = resolveBrowsers();
const launches = [
  ['Chromium', () => puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS })],
  ['Firefox', () => puppeteer.launch(firefoxLaunchOptions(firefox))], // with Trusted Types on: see FIREFOX_PREFS
];

/**
 * Polls `expression` from here, not with waitForFunction: in Firefox, puppeteer polls a string by
 * `eval` in the page, which the strict CSP blocks (a page error, and the wait fails).
 */
async function until(tab, expression, timeout) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await tab.evaluate(`!!(${expression})`)) return;
  }
  throw new Error(`not ready within ${timeout} ms: ${expression}`);
}

let passed = 0;
let failed = 0;
for (const [browserName, launch] of launches) {
  const browser = await launch();
  for (const check of checks) {
    const tab = await browser.newPage();
    const pageErrors = [];
    const warnings = [];
    const requests = [];
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    tab.on('pageerror', (e) => pageErrors.push(String(e.message ?? e)));
    tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    let problems;
    try {
      await tab.goto(origin + check.path);
      await until(tab, check.ready, 45_000);
      await new Promise((r) => setTimeout(r, 300));
      problems = await tab.evaluate(check.verify);
      const state = await tab.evaluate('({ v: window.__violations, e: window.__errors, x: window.__xssCalls })');
      // A refused policy is reported by the browser itself, once per attempt: the expected count
      // proves the widgets stopped asking after the first refusal.
      const expected = (v) => check.violations && v.startsWith('trusted-types');
      if (state.v.length !== (check.violations ?? 0) || !state.v.every(expected))
        problems.push(...state.v.map((v) => 'CSP violation: ' + v));
      // Firefox also logs each expected refusal as a page error: the browser's report, not a throw.
      const thrown = pageErrors.filter((e) => !(check.violations && e.startsWith('Content-Security-Policy:')));
      problems.push(...state.e.map((e) => 'uncaught: ' + e), ...thrown.map((e) => 'page error: ' + e));
      const expectedWarnings = warnings.filter((text) => check.warning && text.includes(check.warning));
      if (check.warning && expectedWarnings.length !== 1) problems.push(`${expectedWarnings.length} ${check.warning} warnings, expected 1`);
      if (state.x) problems.push(`sentinel ran ${state.x} times`);
      if (check.requested && !requests.some((path) => check.requested.test(path))) problems.push(`never requested ${check.requested}`);
      for (const path of requests.filter((p) => check.unrequested?.test(p))) problems.push(`requested ${path}`);
      if (check.requestedBefore) {
        const [first, then] = check.requestedBefore.map((pattern) => requests.findIndex((p) => pattern.test(p)));
        if (first === -1 || then === -1 || first > then) problems.push(`not requested in this order: ${check.requestedBefore.join(', ')} (${requests.join(' ')})`);
      }
      const times = requests.filter((p) => check.requestedOnce?.test(p)).length;
      if (check.requestedOnce && times !== 1) problems.push(`requested ${times} times: ${check.requestedOnce}`);
    } catch (error) {
      problems = [`did not finish: ${error.message}`, ...pageErrors.map((e) => 'page error: ' + e), ...warnings];
    }
    await tab.close();
    if (problems.length === 0) {
      passed++;
      console.log(`  ✓ [${browserName}] ${check.name}`);
    } else {
      failed++;
      console.log(`  ✗ [${browserName}] ${check.name}\n      ${problems.join('\n      ')}`);
    }
  }
  await browser.close();
}
server.close();
console.log(`built bundles (smoke): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
