// Lint: typescript-eslint, Lit and web-component rules, plus the security seam: only
// src/sanitize/ may turn strings into HTML (no innerHTML/unsafeHTML anywhere else).
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
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dompurify', message: 'Only src/sanitize/ imports DOMPurify.' }],
          patterns: [{ group: ['lit/directives/unsafe-html*', 'lit-html/directives/unsafe-html*'], message: 'Use src/sanitize/.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
