// A build plugin for the self-contained CDN bundles: Lit writes a few globals when it loads
// (`litHtmlVersions`, `reactiveElementVersions`, `litElementVersions`, `litPropertyMetadata`) and
// polyfills `Symbol.metadata`. Our contract with host pages is "nothing but the elements", so in
// the bundles we ship, the version registries are dropped and the metadata map and symbol become
// module-local (Lit reads them only from its own modules). npm builds keep Lit external and
// untouched.
//
// Lit also creates its `lit-html` Trusted Types policy when it loads. Here it is created on first
// use: a copy of the bundle that finds the elements already defined never renders, so it never
// asks for a second `lit-html` policy, which a page's `trusted-types` directive refuses (an error
// and a violation report). Two copies do load on a page with the module bundle first and a
// deferred classic one: the classic runs while the module still fetches its chunks.
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
        .replace(
          /\(\w+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\?\?=\[\]\)\.push\("[^"]*"\)/g,
          '0',
        )
        .replace(/Symbol\.metadata\?\?=Symbol\("metadata"\),?/g, '')
        .replace(/\w+\.litPropertyMetadata\?\?=new WeakMap;?/g, '')
        .replace(/globalThis\.litPropertyMetadata/g, 'litPropertyMetadataMap')
        .replace(/\blitPropertyMetadata\b/g, 'litPropertyMetadataMap')
        .replace(/Symbol\.metadata/g, 'litMetadataSymbol');
      if (id.includes('/lit-html/lit-html.js')) {
        const lazy = next.replace(
          /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/,
          // The factory comes in as an argument: whatever Lit's minifier names it, no local captures it.
          '$1?(f=>{let p;return{createHTML:h=>(p??=f.createPolicy("lit-html",{createHTML:x=>x})).createHTML(h)}})($1):void 0',
        );
        if (lazy === next) throw new Error(`${id}: Lit's createPolicy("lit-html") not found (Lit changed?)`);
        next = lazy;
      }
      if (next === code) return null;
      next = `import { litMetadataSymbol, litPropertyMetadataMap } from '${SHARED}';\n${next}`;
      return { code: next, map: null };
    },
  };
}
