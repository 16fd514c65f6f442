// @ts-check
// Lint rules of the house (run by `npm test` through `npm run lint`):
// typescript-eslint's strict set, eslint-plugin-regexp's recommended set (every
// regex readable and linear), and the size limits of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'coverage/', 'node_modules/', 'bench/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // With noUncheckedIndexedAccess every read inside a bounds-checked loop is `T | undefined`;
      // the house writes `xs[i]!` there rather than a dead branch per read.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // The size limits of docs/architecture.md ("Rules of the house"), in lines as written.
      'max-lines': ['error', { max: 350 }],
      'max-lines-per-function': ['error', { max: 80, IIFEs: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
);
