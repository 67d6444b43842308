#!/usr/bin/env node
// Fails when the committed custom-elements.json differs from what the analyzer makes of the
// source now: the manifest is the public API description editors and frameworks read. The React
// types generated from it (types/react.d.ts) are held to the same.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { sortedManifest } from './manifest-sort.mjs';
import { reactTypes } from './react-types.mjs';

const outdir = 'node_modules/.cache/manifest-check';
// The analyzer rewrites package.json's `customElements` to wherever it wrote: keep ours.
const packageJson = readFileSync('package.json', 'utf8');
const result = spawnSync('npm', ['run', '--silent', 'manifest:analyze', '--', '--outdir', outdir, '--quiet'], { encoding: 'utf8' });
writeFileSync('package.json', packageJson);
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
const fresh = sortedManifest(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
const stale = [
  fresh !== committed && 'custom-elements.json',
  reactTypes(JSON.parse(fresh)) !== readFileSync('types/react.d.ts', 'utf8') && 'types/react.d.ts',
].filter(Boolean);
if (stale.length) {
  console.error(`${stale.join(' and ')} out of date: run \`npm run manifest\` and commit.`);
  process.exit(1);
}
console.log('custom-elements.json and types/react.d.ts are up to date.');
