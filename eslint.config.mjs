// Lint rules: strict TypeScript, no default exports, and the core kept free of the editor and Node.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/**/*.js', 'test/**/*.mjs', 'scripts/**', 'esbuild.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode'], message: 'src/core must not import vscode.' },
        { group: ['fs', 'path', 'os', 'child_process', 'node:*', 'http', 'https', 'net', 'crypto', 'util', 'worker_threads'], message: 'src/core must not use Node-only modules.' },
      ] }],
    },
  },
);
