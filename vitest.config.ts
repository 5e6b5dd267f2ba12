import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // test/redis needs a redis-server: `npm run test:redis` (vitest.redis.config.ts) runs it.
    exclude: [...configDefaults.exclude, "test/redis/**"],
    globalSetup: ["test/support/prism-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 40_000,
    // Many files mostly wait on child processes (Prism, npm pack, tsc): a third worker keeps both cores busy.
    maxWorkers: 3,
  },
});
