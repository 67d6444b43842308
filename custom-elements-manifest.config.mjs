// The Custom Elements Manifest describes the package as npm ships it: the analyzer reads src/, but
// editors and frameworks resolve the paths in the manifest inside the installed package, which
// holds dist/ only. This plugin also adds what the analyzer cannot see in our source:
// - the tag definitions (each `*.define.ts` calls `Class.define()`, not customElements.define);
// - the tier-one design tokens, written once in src/theme/tokens.ts, on every element that
//   adopts them.
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** `src/a/b.ts` or `/src/a/b.js` -> `dist/a/b.js`. */
const distPath = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Extra tags registered by a define module besides the class's own (see dark-mode-toggle.define.ts). */
const ALIASES = { 'dark-mode-toggle': ['news-dark-mode-toggle'] };

/**
 * The tokens of src/theme/tokens.ts, each a `/* description *\/` line above its declaration
 * `--_x: var(--news-name, fallback);`. A token without one fails the manifest, so none is left
 * undocumented.
 */
function tierOneTokens() {
  const tokens = [];
  let description;
  for (const line of readFileSync('src/theme/tokens.ts', 'utf8').split('\n')) {
    const comment = line.match(/^\s*\/\*\s*(.+?)\s*\*\/$/);
    const token = line.match(/var\((--news-[\w-]+), (.+)\);$/);
    if (token) {
      if (!description)
        throw new Error(`src/theme/tokens.ts: ${token[1]} needs a /* description */ above it`);
      tokens.push({ name: token[1], default: token[2], description });
    }
    description = comment?.[1];
  }
  return tokens;
}

/** Every `module` reference in the manifest (superclasses, inherited members, exports), in place. */
function rewriteModules(value) {
  if (Array.isArray(value)) value.forEach(rewriteModules);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string') value.module = distPath(child);
      else rewriteModules(child);
    }
  }
}

function packagePaths() {
  return {
    name: 'news-widgets-package-paths',
    // Runs after the analyzer's own package link phase, which applies inheritance.
    packageLinkPhase({ customElementsManifest: manifest }) {
      const tokens = tierOneTokens();
      const definitions = [];
      for (const module of manifest.modules) {
        const adoptsTokens = /import \{ tokens \}/.test(readFileSync(module.path, 'utf8'));
        module.path = distPath(module.path);
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          if (adoptsTokens) declaration.cssProperties = [...(declaration.cssProperties ?? []), ...tokens];
          const tags = [declaration.tagName, ...(ALIASES[declaration.tagName] ?? [])];
          definitions.push({
            kind: 'javascript-module',
            path: module.path.replace(/\.js$/, '.define.js'),
            declarations: [],
            exports: tags.map((name) => ({
              kind: 'custom-element-definition',
              name,
              declaration: { name: declaration.name, module: module.path },
            })),
          });
        }
      }
      rewriteModules(manifest.modules);
      manifest.modules.push(...definitions);
    },
  };
}

// Editor data, written beside custom-elements.json and shipped in the package: VS Code's HTML
// custom data (`html.customData` in a project's .vscode/settings.json) and JetBrains' web-types
// (found through package.json's "web-types"). No VS Code CSS data: the generator lists the shared
// design tokens once per element (92 duplicates today). Attribute values come from the
// literal-union types in the manifest. scripts/check-manifest.mjs points EDITOR_DATA_OUTDIR at a
// scratch folder to compare them with the committed files.
function editorData() {
  const options = { outdir: process.env.EDITOR_DATA_OUTDIR ?? './', hideLogs: true };
  const generators = [
    customElementVsCodePlugin({
      ...options,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: null,
    }),
    customElementJetBrainsPlugin({ ...options, webTypesFileName: 'web-types.json', packageJson: false }),
  ];
  return {
    name: 'news-widgets-editor-data',
    packageLinkPhase({ customElementsManifest: manifest }) {
      // The generators know one tag per class: give them the aliases too (news-dark-mode-toggle),
      // on a copy, so the manifest keeps one declaration per class.
      const copy = structuredClone(manifest);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const alias of ALIASES[declaration.tagName] ?? []) {
            copy.modules.push({
              kind: 'javascript-module',
              path: module.path,
              declarations: [{ ...structuredClone(declaration), tagName: alias }],
            });
          }
        }
      }
      copy.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const generator of generators) generator.packageLinkPhase({ customElementsManifest: copy });
    },
  };
}

export default {
  plugins: [packagePaths(), editorData()],
};
