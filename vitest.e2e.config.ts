import { defineConfig } from 'vitest/config';

// Real-browser suites: one file at a time (each drives its own browser), generous
// timeouts for browser start-up on a shared two-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['test/e2e/global-setup.ts'],
    reporters: ['default'],
  },
});
