// @ts-check
import tseslint from 'typescript-eslint';

const boundary = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.e2e-tmp/**', 'bench/.work/**', 'screenshots-out/**', 'eslint.config.js'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name="only"][callee.object.name=/^(it|test|describe)$/]',
          message: 'No .only in committed tests.',
        },
        { selector: 'TSEnumDeclaration', message: 'Use string unions, not enums.' },
      ],
    },
  },
  // Architecture: pure core and knowledge import nothing from the browser side.
  {
    files: ['src/core/**', 'src/knowledge/**'],
    rules: boundary('core/ and knowledge/ stay pure: no platform, background, popup or polyfill imports.', [
      '**/platform/**',
      '**/background/**',
      '**/popup/**',
      '**/options/**',
      'webextension-polyfill',
    ]),
  },
  {
    files: ['src/knowledge/**'],
    rules: boundary('knowledge/ is data: it imports nothing from core/ either.', [
      '**/platform/**',
      '**/background/**',
      '**/popup/**',
      '**/options/**',
      'webextension-polyfill',
      '**/core/**',
    ]),
  },
  {
    files: ['src/popup/**', 'src/options/**'],
    ignores: ['src/popup/main.tsx', 'src/options/main.tsx'],
    rules: boundary('UI components get browser access through their source interface, not directly.', [
      '**/platform/**',
      'webextension-polyfill',
    ]),
  },
  {
    files: ['src/**'],
    ignores: ['src/platform/browser.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'Import the polyfill only through src/platform/browser.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
