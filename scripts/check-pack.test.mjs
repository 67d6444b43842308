// The rules of scripts/check-pack.mjs on made-up packages: `node --test scripts/check-pack.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packProblems, required } from './check-pack.mjs';

const pkg = {
  main: './dist/index.js',
  types: './dist/index.d.ts',
  customElements: 'custom-elements.json',
  'web-types': './web-types.json',
  exports: {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    './cdn/*': './dist/cdn/*',
    './web-types.json': './web-types.json',
  },
};
const manifest = { modules: [{ path: 'dist/components/trending-region/trending-region.js' }] };
const complete = [...required, 'dist/components/trending-region/trending-region.js'];

test('a complete package has no problems', () => {
  assert.deepEqual(packProblems(complete, pkg, manifest), []);
});

test('the editor data and the modules the classic script loads are required', () => {
  for (const file of ['vscode.html-custom-data.json', 'web-types.json', 'dist/cdn/elements/trending-region.js']) {
    const problems = packProblems(
      complete.filter((f) => f !== file),
      pkg,
      manifest,
    );
    assert.ok(problems.includes(`missing: ${file}`), `${file}: ${problems.join('; ')}`);
  }
});

test('package.json may not point or export at a file that does not ship', () => {
  const problems = packProblems(
    complete.filter((f) => f !== 'web-types.json'),
    pkg,
    manifest,
  );
  assert.ok(problems.includes('package.json points at a file that does not ship: ./web-types.json'));
  assert.ok(problems.includes('package.json exports a file that does not ship: ./web-types.json'));
});

test('every manifest module ships', () => {
  const problems = packProblems(required, pkg, manifest);
  assert.deepEqual(problems, [
    'custom-elements.json names a module that does not ship: dist/components/trending-region/trending-region.js',
  ]);
});

test('tests, demo, sources and scripts do not ship', () => {
  const problems = packProblems([...complete, 'src/index.ts', 'test/x.test.ts', 'scripts/build.mjs'], pkg, manifest);
  assert.deepEqual(problems, [
    'should not ship: src/index.ts',
    'should not ship: test/x.test.ts',
    'should not ship: scripts/build.mjs',
  ]);
});
