// JSX types for React 19 (types/react.d.ts), generated from custom-elements.json so that every
// tag, attribute, settable property and event the manifest lists is typed, and none drifts.
// Written by `npm run manifest`; scripts/check-manifest.mjs fails when the committed file differs.

const HEADER = `// Generated from custom-elements.json by \`npm run manifest\` (scripts/react-types.mjs): do not edit.
/**
 * JSX types for React 19 users: \`import type {} from 'news-widgets/react';\` once in the app
 * (or add it to tsconfig \`types\`) and the tags type-check with their attributes, properties and
 * events (\`onnews-load={(event) => event.detail.items}\`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';`;

function elementProps(element) {
  const cls = element.name;
  const props = new Map();
  for (const { name, fieldName, type } of element.attributes ?? []) {
    if (!fieldName && !type?.text)
      throw new Error(`custom-elements.json: <${element.tagName}> ${name} has no type`);
    const declared = fieldName ? `${cls}['${fieldName}']` : type.text;
    // A number attribute may be written as a string in JSX (limit="3").
    props.set(name, /\bnumber\b/.test(type?.text ?? '') ? `${declared} | string` : declared);
  }
  // Properties without an attribute (React 19 sets a prop as a property when the element has it).
  for (const member of element.members ?? []) {
    const settable =
      member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public';
    const hasAttribute = element.attributes?.some(
      (a) => a.fieldName === member.name || a.name === member.name,
    );
    if (settable && !member.name.startsWith('#') && !hasAttribute) {
      props.set(member.name, `${cls}['${member.name}']`);
    }
  }
  for (const event of element.events ?? []) {
    props.set(`on${event.name}`, `(event: HTMLElementEventMap['${event.name}']) => void`);
  }
  return props;
}

const key = (name) => (/^[a-z_$][\w$]*$/i.test(name) ? name : `'${name}'`);

/** The text of types/react.d.ts for a manifest. */
export function reactTypes(manifest) {
  const declarations = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.name, d]),
  );
  const definitions = manifest.modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .sort((a, b) => a.name.localeCompare(b.name));
  const classes = [...new Set(definitions.map((d) => d.declaration.name))].sort();
  // One props type per class: a class registered under two tags (the toggle) is typed once.
  const propsTypes = classes.map((cls) => {
    const props = [...elementProps(declarations.get(cls))].map(([prop, type]) => `  ${key(prop)}?: ${type};`);
    return [`type ${cls}Props = Base<${cls}> & {`, ...props, '};'].join('\n');
  });
  const tags = definitions.map(({ name, declaration }) => `      '${name}': ${declaration.name}Props;`);
  return `${HEADER}
import type { ${classes.join(', ')} } from '../dist/classes.js';

type Base<T> = DetailedHTMLProps<HTMLAttributes<T>, T>;

${propsTypes.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags.join('\n')}
    }
  }
}
`;
}
