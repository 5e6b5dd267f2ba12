// `npm run test:redis`: tests that need a real redis-server (started by the test itself), kept out of `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/redis/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 40_000,
  },
});
