import { defineConfig } from 'vitest/config';

// Three suites: pure unit tests beside the code, PostgreSQL-backed tests (run by scripts/run-pg-tests.ts
// against the embedded engine and, when configured, a PostgreSQL server), and browser tests under e2e/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        test: {
          name: 'pg',
          include: ['packages/server/test-pg/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['packages/server/test-pg/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A save seen in the browser can take over a second on two busy cores; expect.poll's default is 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
