#!/usr/bin/env node
// `npm test`: lint, typecheck, then every test in Chromium and Firefox. Ends with the plain
// "N passed, N failed" line that CI reads. Installs Debian's browsers when it may (root on
// Debian), otherwise names what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolveBrowsers } from './browsers.mjs';

function run(label, command, args, extraEnv = {}) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status === 0;
}

function ensureBrowsers() {
  let { chrome, firefox } = resolveBrowsers();
  if (chrome && firefox) return true;
  const missing = [!chrome && 'chromium', !firefox && 'firefox-esr'].filter(Boolean);
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = process.getuid?.() === 0;
  if (isDebian && isRoot) {
    console.log(`Installing ${missing.join(' and ')} with apt-get (Debian, running as root)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
    ({ chrome, firefox } = resolveBrowsers());
    if (chrome && firefox) return true;
  }
  console.error(
    `Missing test browser(s): ${missing.join(', ')}. Install Debian's "chromium" and "firefox-esr" ` +
      `(apt-get install chromium firefox-esr) or set CHROME_PATH / FIREFOX_PATH to the binaries.`,
  );
  return false;
}

const countFile = '.wtr-counts.json';
rmSync(countFile, { force: true });

if (!ensureBrowsers()) process.exit(1);

const lintOk = run('lint', 'npm', ['run', '--silent', 'lint']);
const typesOk = run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
const manifestOk = run('custom elements manifest is up to date', 'node', ['scripts/check-manifest.mjs']);
const packRulesOk = run('package content rules and generated types', 'node', [
  '--test',
  'scripts/check-pack.test.mjs',
  'scripts/react-types.test.mjs',
]);
const testsOk = run('browser tests (Chromium, Firefox)', 'npx', ['web-test-runner'], {
  WTR_COUNT_FILE: countFile,
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(countFile)) {
  const perBrowser = JSON.parse(readFileSync(countFile, 'utf8'));
  for (const [browser, c] of Object.entries(perBrowser)) {
    console.log(`${browser}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    passed += c.passed;
    failed += c.failed + c.fileErrors;
    skipped += c.skipped;
  }
  rmSync(countFile, { force: true });
} else {
  failed += 1;
}
// Lint, typecheck, the manifest check and the package rules count as one check each, so a red lint can never hide behind green tests.
for (const ok of [lintOk, typesOk, manifestOk, packRulesOk]) ok ? passed++ : failed++;
if (!testsOk && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// Every check above counted into `failed`.
process.exit(failed === 0 ? 0 : 1);
