#!/usr/bin/env node
// Fails when the committed custom-elements.json differs from what the analyzer makes of the
// source now: the manifest is the public API description editors and frameworks read. What is
// generated from it is held to the same: the React types (types/react.d.ts) and the editor data
// (vscode.html-custom-data.json, web-types.json; see custom-elements-manifest.config.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { sortedManifest } from './manifest-sort.mjs';
import { reactTypes } from './react-types.mjs';

const outdir = 'node_modules/.cache/manifest-check';
// The analyzer rewrites package.json's `customElements` to wherever it wrote: keep ours.
const packageJson = readFileSync('package.json', 'utf8');
const editorData = ['vscode.html-custom-data.json', 'web-types.json'];
const result = spawnSync('npm', ['run', '--silent', 'manifest:analyze', '--', '--outdir', outdir, '--quiet'], {
  encoding: 'utf8',
  env: { ...process.env, EDITOR_DATA_OUTDIR: outdir },
});
writeFileSync('package.json', packageJson);
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
const fresh = sortedManifest(readFileSync(`${outdir}/custom-elements.json`, 'utf8'));
const committed = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const stale = [
  fresh !== committed('custom-elements.json') && 'custom-elements.json',
  reactTypes(JSON.parse(fresh)) !== committed('types/react.d.ts') && 'types/react.d.ts',
  ...editorData.filter((file) => readFileSync(`${outdir}/${file}`, 'utf8') !== committed(file)),
].filter(Boolean);
if (stale.length) {
  console.error(`${stale.join(' and ')} out of date: run \`npm run manifest\` and commit.`);
  process.exit(1);
}
console.log(`custom-elements.json, types/react.d.ts, ${editorData.join(', ')} are up to date.`);
