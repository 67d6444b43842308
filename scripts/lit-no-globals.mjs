// A build plugin for the self-contained CDN bundles: Lit writes a few globals when it loads
// (`litHtmlVersions`, `reactiveElementVersions`, `litElementVersions`, `litPropertyMetadata`) and
// polyfills `Symbol.metadata`. Our contract with host pages is "nothing but the elements", so in
// the bundles we ship, the version registries are dropped and the metadata map and symbol become
// module-local (Lit reads them only from its own modules). npm builds keep Lit external and
// untouched.
const LIT_FILE = /node_modules\/(@lit\/reactive-element|lit-html|lit-element)\/.*\.js$/;
const SHARED = '\0news-widgets:lit-shared';

export function litNoGlobals() {
  return {
    name: 'news-widgets:lit-no-globals',
    resolveId: (id) => (id === SHARED ? SHARED : null),
    load: (id) =>
      id === SHARED
        ? `export const litMetadataSymbol = Symbol.metadata ?? Symbol('metadata');
           export const litPropertyMetadataMap = new WeakMap();`
        : null,
    transform(code, id) {
      if (!LIT_FILE.test(id)) return null;
      let next = code
        .replace(/\(\w+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\?\?=\[\]\)\.push\("[^"]*"\)/g, '0')
        .replace(/Symbol\.metadata\?\?=Symbol\("metadata"\),?/g, '')
        .replace(/\w+\.litPropertyMetadata\?\?=new WeakMap;?/g, '')
        .replace(/globalThis\.litPropertyMetadata/g, 'litPropertyMetadataMap')
        .replace(/\blitPropertyMetadata\b/g, 'litPropertyMetadataMap')
        .replace(/Symbol\.metadata/g, 'litMetadataSymbol');
      if (next === code) return null;
      next = `import { litMetadataSymbol, litPropertyMetadataMap } from '${SHARED}';\n${next}`;
      return { code: next, map: null };
    },
  };
}
