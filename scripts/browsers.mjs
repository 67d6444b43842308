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

export function resolveBrowsers() {
  const chrome = process.env.CHROME_PATH || CHROME_CANDIDATES.find((p) => existsSync(p));
  const firefox = process.env.FIREFOX_PATH || FIREFOX_CANDIDATES.find((p) => existsSync(p));
  return { chrome, firefox };
}
