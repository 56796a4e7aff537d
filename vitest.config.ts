import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['test/helpers/remove-temp-dirs.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/pdf/**', 'test/pptx/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          setupFiles: ['test/helpers/remove-temp-dirs.ts'],
          include: ['test/browser/**/*.test.ts', 'test/pdf/**/*.test.ts', 'test/pptx/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
