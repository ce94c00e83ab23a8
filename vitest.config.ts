import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests: everything under src/ (tests beside the code). The
// real-browser suites live in test/e2e and run through scripts/e2e.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    passWithNoTests: false,
  },
});
