// React ships CommonJS only. The framework test imports it from /__vendor/react.js, bundled here
// once by esbuild into one ES module (test-only: the library itself has no CommonJS anywhere).
import { build } from 'esbuild';

let bundled;

export function reactVendorPlugin() {
  return {
    name: 'react-vendor',
    async serve(context) {
      if (context.path !== '/__vendor/react.js') return undefined;
      bundled ??= build({
        stdin: {
          contents: `import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client';
                     export { React, ReactDOMClient };`,
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundled, type: 'js' };
    },
  };
}
