import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['postings/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'integration/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
