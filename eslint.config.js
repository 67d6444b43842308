// Lint: typescript-eslint, Lit and web-component rules, plus the security seam: only
// src/sanitize/ may turn strings into HTML (no innerHTML/unsafeHTML anywhere else); source files
// of 400 lines at most; and layering that runs one way (feed/ and i18n/ import no widget code).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const htmlSinks = [
  {
    selector: "AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Feed HTML reaches the DOM only through src/sanitize/.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]",
    message: 'Feed HTML reaches the DOM only through src/sanitize/.',
  },
];

// Only src/sanitize/ turns strings into HTML.
const sanitizerOnly = {
  paths: [{ name: 'dompurify', message: 'Only src/sanitize/ imports DOMPurify.' }],
  patterns: [{ group: ['lit/directives/unsafe-html*', 'lit-html/directives/unsafe-html*'], message: 'Use src/sanitize/.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'node_modules/**', 'demo/dist/**', 'bench/out/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `interface HTMLElementEventMap extends OurEvents {}` merges our events into the DOM's maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/sanitize/**'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-imports': ['error', sanitizerOnly],
    },
  },
  {
    // Small files with one job.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // Layering runs one way: the feed client knows nothing of the widgets, the sanitizer, themes
    // or strings (it is usable alone, as news-widgets/feed)...
    files: ['src/feed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...sanitizerOnly,
          patterns: [
            ...sanitizerOnly.patterns,
            {
              group: ['**/components/*', '**/controllers/*', '**/context/*', '**/i18n/*', '**/sanitize/*', '**/theme/*'],
              message: 'src/feed/ knows nothing of the widgets: layering runs one way.',
            },
          ],
        },
      ],
    },
  },
  {
    // ...and the strings know no feed code, only its types.
    files: ['src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/feed/*'], allowTypeImports: true, message: 'src/i18n/ imports no feed code.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
