/**
 * Loads the RSS and Atom reader the first time a response is XML: a page whose feeds are JSON
 * never downloads it. The classic script's build swaps this module for xml-loader.cdn.ts, which
 * loads the same reader from a file beside the script (vite.config.ts).
 */
export const loadXmlAdapter = (): Promise<typeof import('./xml/index.js')> => import('./xml/index.js');
