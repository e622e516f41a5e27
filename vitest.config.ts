import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Fixtures of thousands of files are written and removed in hooks; on a loaded 2-core host that outlasts the 10 s default.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
