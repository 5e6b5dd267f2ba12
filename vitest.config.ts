import { configDefaults, defineConfig } from "vitest/config";

// Two projects, run side by side by `npm test`: Prism is started only for the tests that talk to it.
const PRISM_TESTS = "test/contract/**/*.test.ts";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 40_000,
    // Many files mostly wait on child processes (Prism, npm pack, tsc): a third worker keeps both cores busy.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // The contract tests, against one Prism mock of the spec for the whole run (prismUrl() in test/support/prism.ts).
        test: { name: "prism", include: [PRISM_TESTS], globalSetup: ["test/support/prism-setup.ts"] },
      },
      {
        extends: true,
        test: {
          name: "no-prism",
          include: ["test/**/*.test.ts"],
          // test/redis needs a redis-server: `npm run test:redis` (vitest.redis.config.ts) runs it.
          exclude: [...configDefaults.exclude, PRISM_TESTS, "test/redis/**"],
        },
      },
    ],
  },
});
