#!/usr/bin/env node
// `npm run build`: the npm modules, the CDN modules and the classic loader, type declarations, the pre-paint theme
// script, the Custom Elements Manifest; then the size budgets (which fail the build).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { CDN_MANIFEST, KEPT_MANIFEST } from './cdn-graph.mjs';

function step(label, command, args, env = {}) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(result.status ?? 1);
  }
}

rmSync('dist', { recursive: true, force: true });
step('npm modules (dist/)', 'npx', ['vite', 'build', '--logLevel', 'warn'], { BUILD_TARGET: 'npm' });
step('CDN modules (dist/cdn/news-widgets.js, elements/, chunks/)', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
  BUILD_TARGET: 'esm',
});
step('CDN classic script, the loader (dist/cdn/news-widgets.iife.js)', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
  BUILD_TARGET: 'iife',
});
// The module graph served its purpose in the loader; the size budgets read it from outside dist/.
mkdirSync(dirname(KEPT_MANIFEST), { recursive: true });
renameSync(`dist/cdn/${CDN_MANIFEST}`, KEPT_MANIFEST);
rmSync(`dist/cdn/${dirname(CDN_MANIFEST)}`, { recursive: true, force: true });
step('type declarations', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
if (existsSync('src/theme/prepaint.js')) {
  mkdirSync('dist/cdn', { recursive: true });
  copyFileSync('src/theme/prepaint.js', 'dist/cdn/news-widgets-theme.js');
}
step('custom elements manifest', 'npm', ['run', '--silent', 'manifest']);
step('size budgets', 'node', ['scripts/size.mjs']);
