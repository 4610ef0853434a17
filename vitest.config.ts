// Test runner settings: unit tests live beside the code; bench/ is never run as tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // In CI, a missing ../shared fails the run instead of skipping the tests on real news.
    globalSetup: ['test/setup/require-shared.ts'],
  },
});
