#!/usr/bin/env node
// What `npm publish` would ship: the built files, types, manifest, editor data and docs; no tests,
// demo, sources or scripts. Run after `npm run build` (`npm pack` and `npm publish` run both, see
// the `prepack` script). `node --test scripts/check-pack.test.mjs` tests the rules (name the file:
// `node --test scripts/` would also run scripts/test.mjs, the whole browser suite).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ELEMENTS } from './cdn-graph.mjs';

export const required = [
  'package.json',
  'README.md',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/cdn/news-widgets.iife.js',
  'dist/cdn/news-widgets.js',
  'dist/cdn/news-widgets-theme.js',
  // What the classic script's loader imports (each element's module; its chunks are hashed).
  ...ELEMENTS.map((name) => `dist/cdn/elements/${name}.js`),
  'dist/components/trending-region/trending-region.define.js',
  'types/react.d.ts',
  'vscode.html-custom-data.json',
  'web-types.json',
];
const forbidden = /^(test|demo|src|scripts|bench|node_modules|\.ci)\//;

/** What is wrong with a packed file list, given package.json and the manifest; [] when nothing. */
export function packProblems(files, pkg, manifest) {
  const pointers = [pkg.customElements, pkg.types, pkg.main, pkg['web-types']];
  // Editors and frameworks resolve the manifest's module paths and the exports map inside the package.
  const manifestPaths = manifest.modules.map((m) => m.path);
  const exportTargets = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  const shipped = (path) => files.includes(path.replace(/^\.\//, '')) || path.includes('*');
  return [
    ...manifestPaths
      .filter((p) => !shipped(p))
      .map((p) => `custom-elements.json names a module that does not ship: ${p}`),
    ...exportTargets
      .filter((p) => !shipped(p))
      .map((p) => `package.json exports a file that does not ship: ${p}`),
    ...pointers
      .filter((p) => !shipped(p))
      .map((p) => `package.json points at a file that does not ship: ${p}`),
    ...required.filter((f) => !files.includes(f)).map((f) => `missing: ${f}`),
    ...files.filter((f) => forbidden.test(f)).map((f) => `should not ship: ${f}`),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  );
  const files = pack.files.map((f) => f.path);
  const problems = packProblems(
    files,
    JSON.parse(readFileSync('package.json', 'utf8')),
    JSON.parse(readFileSync('custom-elements.json', 'utf8')),
  );
  console.log(`npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('package content OK');
}
