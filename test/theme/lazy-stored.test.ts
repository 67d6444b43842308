import { expect } from '@open-wc/testing';
import { guardPageErrors } from '../feed/helpers.js';

interface Report {
  atConnect: string | null;
  schemeAtConnect: string;
  storeAtConnect: boolean;
  storeLoaded: boolean;
  storeMs: number | null;
  afterLoad: string | null;
  htmlTheme: string | null;
  errors: string[];
  afterClear?: string | null;
  system?: string;
}

/**
 * The pages load from another origin (127.0.0.1 instead of localhost), so the default key they
 * store (prepaint-setup.js, `?default=`) is in their own localStorage, not in this page's.
 */
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const frames: HTMLIFrameElement[] = [];

async function reportOf(path: string): Promise<Report> {
  const received = new Promise<Report>((resolve, reject) => {
    // A page that never reports fails its test at once, with the page named, not at mocha's timeout.
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error(`${path} sent no report within 10 s`));
    }, 10_000);
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type !== 'news-lazy-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data.report as Report);
    };
    window.addEventListener('message', onMessage);
  });
  const frame = document.createElement('iframe');
  frame.src = otherOrigin + path;
  frames.push(frame);
  document.body.append(frame);
  return received;
}

describe('a widget without a toggle on a page with a stored choice', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
  guardPageErrors();

  it('shows the stored choice from the moment it connects, and loads the store to follow it live', async () => {
    const report = await reportOf('/test/theme/lazy-stored-page.html?default=dark&clear');
    expect(report).to.deep.include({
      atConnect: 'dark',
      schemeAtConnect: 'dark',
      storeAtConnect: false,
      storeLoaded: true,
      afterLoad: 'dark',
      htmlTheme: null,
    });
    // The store took over: with the choice removed (another tab), it follows the system (rule 4).
    expect(report.afterClear).to.equal(report.system);
    // For the record: how long the store took to arrive after the widget had decided alone.
    console.info(`theme store arrived ${report.storeMs} ms after the widget connected`);
  });

  it('shows a stored light choice too', async () => {
    const report = await reportOf('/test/theme/lazy-stored-page.html?default=light');
    expect([report.atConnect, report.afterLoad, report.storeLoaded]).to.deep.equal(['light', 'light', true]);
  });

  it('keeps the stored choice the pre-paint script applied to <html>', async () => {
    const report = await reportOf('/test/theme/lazy-prepaint-page.html?default=dark');
    expect(report).to.deep.include({
      atConnect: 'dark',
      storeLoaded: true,
      afterLoad: 'dark',
      htmlTheme: 'dark',
      errors: [],
    });
  });

  it('does not load the store for nothing, or something unknown, stored', async () => {
    for (const query of ['', '?default=sepia']) {
      const report = await reportOf(`/test/theme/lazy-stored-page.html${query}${query ? '&' : '?'}wait=300`);
      expect([report.atConnect, report.afterLoad, report.storeLoaded], query).to.deep.equal([
        null,
        null,
        false,
      ]);
    }
  });
});
