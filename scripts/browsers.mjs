// Where the test browsers live: CHROME_PATH / FIREFOX_PATH win, then Debian's packages.
import { existsSync } from 'node:fs';

const CHROME_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * Headless Chromium flags for every harness (tests, built-bundle checks, benchmark): root needs
 * --no-sandbox; the rest keep Chromium from reaching the network on this offline machine.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Firefox prefs for every harness that launches Firefox (tests, built-bundle checks, benchmark).
 *
 * Firefox ESR 140 (Debian's firefox-esr, here and in CI) implements Trusted Types but ships them
 * off: `window.trustedTypes` is undefined and `require-trusted-types-for 'script'` is ignored.
 * With `dom.security.trusted_types.enabled` (checked on 140.12.0esr under
 * `require-trusted-types-for 'script'; trusted-types good`): `window.trustedTypes` exists,
 * createPolicy('good') works, createPolicy('evil') throws a TypeError and a plain string to
 * innerHTML throws a TypeError. The suite asserts Trusted Types are enforced in both browsers, so
 * the pref is required, not optional. Where a later Firefox has them on by default, it is a no-op.
 */
export const FIREFOX_PREFS = { 'dom.security.trusted_types.enabled': true };

/**
 * puppeteer-core launch options for headless Firefox over WebDriver BiDi, with FIREFOX_PREFS. (The
 * test runner also needs a shim for Firefox 140: tolerateMissingOrientationOverride in
 * web-test-runner.config.mjs.)
 */
export function firefoxLaunchOptions(executablePath) {
  return { browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS };
}

export function resolveBrowsers() {
  const chrome = process.env.CHROME_PATH || CHROME_CANDIDATES.find((p) => existsSync(p));
  const firefox = process.env.FIREFOX_PATH || FIREFOX_CANDIDATES.find((p) => existsSync(p));
  return { chrome, firefox };
}
