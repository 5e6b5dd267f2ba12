import { configDefaults, defineConfig } from "vitest/config";

// Two projects, run side by side by `npm test`: Prism is started only for the tests that talk to it. The suites
// that build, pack or regenerate a copy of the project (minutes of CPU) are `npm run test:builds`, as CI runs them.
const PRISM_TESTS = "test/contract/**/*.test.ts";
export const BUILD_TESTS = ["test/package/**", "test/drill/**", "test/bench/**"];

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
          exclude: [...configDefaults.exclude, PRISM_TESTS, "test/redis/**", ...BUILD_TESTS],
        },
      },
    ],
  },
});
