// The React types (types/react.d.ts) generated from the committed manifest: `npm test` runs this
// before any build, so it reads custom-elements.json, not dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reactTypes } from './react-types.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const types = reactTypes(manifest);

/** The body of `type <cls>Props = ... { ... };`. */
const propsOf = (cls) => types.match(new RegExp(`type ${cls}Props = [^{]*\\{([^}]*)\\};`))?.[1] ?? '';

test('property-only fields (store) are props of every element that has them', () => {
  // The analyzer writes `privacy: "public"` for some fields and nothing for others: both are public.
  for (const cls of ['NewsProvider', 'NewsArticle', 'RelatedList', 'TrendingRegion']) {
    assert.match(propsOf(cls), /^\s*store\?: \w+\['store'\];$/m, `${cls} lacks store`);
  }
});

test('attributes are props, and private or protected members are not', () => {
  assert.match(propsOf('TrendingRegion'), /^\s*'since-days'\?: TrendingRegion\['sinceDays'\] \| string;$/m);
  assert.doesNotMatch(propsOf('TrendingRegion'), /\bprovided\?|\bfeedUrl\?|#/);
});
