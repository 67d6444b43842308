import { expect } from '@open-wc/testing';
import { PREPAINT_CSP_HASH, PREPAINT_SCRIPT } from '../../src/theme/prepaint-snippet.js';
import { freshTheme, loadFrame, restoreTheme } from './helpers.js';

interface Report {
  theme: string | null;
  inlineScheme: string;
  computedScheme: string;
  bodyElements: number;
  errors: string[];
  origin: string;
}

/**
 * The pre-paint pages load from another origin (127.0.0.1 instead of localhost), so their
 * localStorage is theirs alone: writing the default key here would reach every other test page
 * running at the same time. They store what their query says (prepaint-setup.js).
 */
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** Loads a test page in an iframe and returns what its first body script saw. */
async function reportOf(
  path: string,
  attrs: Record<string, string> = {},
  origin = otherOrigin,
): Promise<Report> {
  const received = new Promise<Report>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type !== 'news-prepaint-report') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data.report as Report);
    };
    window.addEventListener('message', onMessage);
  });
  await loadFrame(origin + path, attrs);
  // A page that never reports fails its test soon after it loaded, named, not at mocha's timeout.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${path} sent no report within 10 s of loading`)), 10_000);
  });
  return Promise.race([received, silent]).finally(() => clearTimeout(timer));
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * The file as written: the test server's esbuild plugin serves .js files transformed, with the
 * original text in the inline source map's `sourcesContent`.
 */
async function originalText(path: string): Promise<string> {
  const served = await (await fetch(path)).text();
  const map = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(served);
  return map ? (JSON.parse(atob(map[1]!)) as { sourcesContent: string[] }).sourcesContent[0]! : served;
}

describe('the pre-paint script', () => {
  beforeEach(freshTheme);
  afterEach(restoreTheme);

  it('applies the stored theme to <html> before the body renders', async () => {
    const report = await reportOf('/test/theme/prepaint-page.html?default=dark');
    expect(report).to.deep.equal({
      theme: 'dark',
      inlineScheme: 'dark',
      computedScheme: 'dark',
      bodyElements: 1,
      errors: [],
      origin: otherOrigin,
    });
  });

  it('applies a stored light theme too', async () => {
    const report = await reportOf('/test/theme/prepaint-page.html?default=light');
    expect([report.theme, report.inlineScheme]).to.deep.equal(['light', 'light']);
  });

  it('does nothing when nothing, or something unknown, is stored', async () => {
    expect((await reportOf('/test/theme/prepaint-page.html')).theme).to.equal(null);
    const report = await reportOf('/test/theme/prepaint-page.html?default=sepia');
    expect([report.theme, report.inlineScheme, report.errors]).to.deep.equal([null, '', []]);
  });

  it('reads the key named by data-storage-key on its script tag', async () => {
    const report = await reportOf('/test/theme/prepaint-key-page.html?default=light&custom=dark');
    expect(report.theme).to.equal('dark');
  });

  it('does not throw where storage is blocked (sandboxed page)', async () => {
    const report = await reportOf(
      '/test/theme/prepaint-page.html',
      { sandbox: 'allow-scripts' },
      location.origin,
    );
    expect([report.theme, report.errors, report.origin]).to.deep.equal([null, [], 'null']);
  });

  it('runs inline under a CSP that lists its documented hash', async () => {
    const page = await (await fetch('/test/theme/prepaint-inline-page.html')).text();
    expect(page).to.contain(`>${PREPAINT_SCRIPT}</script>`);
    expect(page).to.contain(PREPAINT_CSP_HASH);
    const report = await reportOf('/test/theme/prepaint-inline-page.html?default=dark');
    expect([report.theme, report.computedScheme]).to.deep.equal(['dark', 'dark']);
  });

  it('is small, ES5, free of document.write, and its file, string, hash and docs agree', async () => {
    const file = (await originalText('/src/theme/prepaint.js')).replace(/\n+$/, '');
    expect(file).to.equal(PREPAINT_SCRIPT);
    expect(new TextEncoder().encode(file).length).to.be.below(600);
    expect(file).to.not.match(/document\.write|=>|\blet\b|\bconst\b|`/);
    expect(PREPAINT_CSP_HASH).to.equal(`'sha256-${await sha256Base64(PREPAINT_SCRIPT)}'`);
    const docs = await (await fetch('/docs/theming.md')).text();
    expect(docs).to.contain(`<script>${PREPAINT_SCRIPT}</script>`);
    expect(docs).to.contain(PREPAINT_CSP_HASH);
  });
});
