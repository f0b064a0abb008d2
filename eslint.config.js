// Lint rules for the whole repo: typescript-eslint recommended, and the environment read in one place only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.tradepilot/',
      '.wrangler/',
      'widget/dist/',
      'dist/',
      'test/artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through server/env.ts.',
        },
      ],
    },
  },
  // Layers point one way: core <- knowledge <- tools <- server. Capabilities share code through tools/shared.
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/tools/**', '**/knowledge/**'],
              message: 'core/ is the ground floor: it imports no other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/**/*.ts', 'knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              message: 'tools/ and knowledge/ import core/, never server/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/tools/**'],
              message: 'knowledge/ sits below tools/ and imports core/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/ads/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '../localization/*'],
              message: 'Share code through tools/shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/localization/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '../ads/*'], message: 'Share code through tools/shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/surfaces/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entry/**'],
              message: 'Entries compose surfaces, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/env.ts', 'server/entry/**', 'test/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
