/**
 * The classic script's XML loader, which vite.config.ts puts in place of xml-loader.ts for the
 * iife build. A classic script cannot load chunks of itself (the bundler inlines every `import()`
 * into an iife), so the RSS and Atom reader is a file of its own, `news-widgets-xml.js`, built
 * beside the script and imported from the folder the script came from.
 */

// Read while the script runs: `document.currentScript` is null once it has run.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export const loadXmlAdapter = (): Promise<typeof import('./xml/index.js')> =>
  import(/* @vite-ignore */ new URL('news-widgets-xml.js', base).href) as Promise<
    typeof import('./xml/index.js')
  >;
