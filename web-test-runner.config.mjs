// Tests run on source (not dist) in real Chromium and Firefox, served by the runner's own HTTP
// server; fault and CSP routes are real middleware, so every failure crosses the network stack.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { faultMiddleware } from './test/server/faults.mjs';
import { cspMiddleware } from './test/server/csp.mjs';
import { feedsMiddleware } from './test/server/feeds.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { reactVendorPlugin } from './test/server/react-vendor.mjs';
import { CHROME_ARGS, firefoxLaunchOptions, resolveBrowsers } from './scripts/browsers.mjs';

// The browsers inherit this zone. Not UTC, the zone of most CI machines: a date read in the
// reader's local time instead of the feed's (or UTC) would pass unnoticed there. WITA, the seed
// page's own zone; a test that needs another sets it itself.
process.env.TZ = 'Asia/Makassar';

// Firefox ESR compatibility: @web/test-runner-chrome opens every test file with
// page.setViewport({ width: 800, height: 600 }), and puppeteer-core 24.43 implements that over
// WebDriver BiDi as browsingContext.setViewport plus emulation.setScreenOrientationOverride.
// Firefox ESR 140 does not know the second command ("unknown command"), so every Firefox test file
// failed before running. The viewport size itself is applied by the first command; no test reads
// screen.orientation. Tolerate exactly that error for exactly that command, as puppeteer already
// does for emulation.setTouchOverride; any other error still throws. Harmless once Firefox knows
// the command (newer Firefox releases), and CDP (Chromium) never goes through BrowsingContext.
function tolerateMissingOrientationOverride() {
  const original = BrowsingContext.prototype.setScreenOrientationOverride;
  if (typeof original !== 'function') return; // a puppeteer-core without it needs no shim
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      if (error instanceof puppeteerCore.ProtocolError && error.message.includes('unknown command')) return;
      throw error;
    }
  };
}
tolerateMissingOrientationOverride();

/**
 * Every test file imports test/readable-failures.js first, so a failed assertion on DOM nodes
 * fails its test at once instead of stalling the runner (see that file).
 */
function readableFailures() {
  return {
    name: 'readable-failures',
    transform(context) {
      if (!/\.test\.ts$/.test(context.path)) return undefined;
      return `import '/test/readable-failures.js';\n${context.body}`;
    },
  };
}

const { chrome, firefox } = resolveBrowsers();
const only = process.env.WTR_BROWSERS?.split(',');

const browsers = [
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { executablePath: chrome, headless: true, args: CHROME_ARGS },
  }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    // Trusted Types are behind a pref in Firefox ESR 140: see FIREFOX_PREFS in scripts/browsers.mjs.
    launchOptions: firefoxLaunchOptions(firefox),
  }),
].filter((_, i) => !only || only.includes(i === 0 ? 'chromium' : 'firefox'));

export default {
  files: ['test/**/*.test.ts'],
  rootDir: '.',
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  // One page per browser at a time: a background tab gets no animation frames or intersection
  // reports (Firefox throttles it hard), which would make visibility tests meaningless.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [faultMiddleware, cspMiddleware, feedsMiddleware],
  plugins: [
    readableFailures(),
    reactVendorPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./test/tsconfig.json', import.meta.url)),
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
