#!/usr/bin/env node
// Writes docs/elements.md, the element reference, and types/react.d.ts from custom-elements.json, so the tables can
// never drift from the JSDoc they come from. Run by `npm run manifest`.
import { readFileSync, writeFileSync } from 'node:fs';
import { sortedManifest } from './manifest-sort.mjs';
import { reactTypes } from './react-types.mjs';

writeFileSync('custom-elements.json', sortedManifest(readFileSync('custom-elements.json', 'utf8')));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const order = ['news-article', 'related-list', 'trending-region', 'dark-mode-toggle', 'news-provider'];

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));

const out = [
  '# Element reference',
  '',
  'Generated from `custom-elements.json` (which is generated from the source JSDoc) by',
  '`npm run manifest`. Every feed widget also accepts the attributes of the shared base: `feed`,',
  '`locale`, `link-params`, `cache-ttl`, `theme`.',
  '',
];
// The tier-one tokens, which every styled element reads: listed once, not under each element.
const styled = elements.filter((el) => el.cssProperties?.length);
const tokens = styled[0].cssProperties.filter((p) =>
  styled.every((el) => el.cssProperties.some((q) => q.name === p.name)),
);
const shared = new Set(tokens.map((p) => p.name));
const propertyRow = (p) =>
  `| \`${p.name}\` | ${cell(p.description)}${p.default ? ` (default \`${cell(p.default)}\`)` : ''} |`;
out.push(
  '## Design tokens',
  '',
  `Read by every element but \`<news-provider>\` (see [theming.md](theming.md)).`,
  '',
  '| custom property | description |',
  '|---|---|',
  ...tokens.map(propertyRow),
  '',
);
for (const el of elements) {
  out.push(`## \`<${el.tagName}>\``, '', cell(el.summary ?? ''), '');
  if (el.attributes?.length) {
    out.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const a of el.attributes) {
      out.push(
        `| \`${a.name}\` | \`${a.fieldName ?? (el.members?.some((m) => m.name === a.name) ? a.name : '')}\` | \`${cell(a.type?.text ?? '')}\` | ${a.default ? `\`${cell(a.default)}\`` : ''} | ${cell(a.description)} |`,
      );
    }
    out.push('');
  }
  if (el.events?.length) {
    out.push('| event | description |', '|---|---|');
    for (const e of el.events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    out.push('');
  }
  if (el.cssParts?.length) {
    out.push('| part | description |', '|---|---|');
    for (const p of el.cssParts) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  const own = el.cssProperties?.filter((p) => !shared.has(p.name)) ?? [];
  if (own.length) {
    out.push('| custom property | description |', '|---|---|', ...own.map(propertyRow), '');
  }
  if (el.slots?.length) {
    out.push('| slot | description |', '|---|---|');
    for (const s of el.slots)
      out.push(`| ${s.name ? `\`${s.name}\`` : '(default)'} | ${cell(s.description)} |`);
    out.push('');
  }
}
writeFileSync('docs/elements.md', out.join('\n'));
writeFileSync('types/react.d.ts', reactTypes(manifest));
console.log(`docs/elements.md: ${elements.length} elements`);
