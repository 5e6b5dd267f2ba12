// `npm run test:builds`: the suites that build, pack or regenerate a copy of the project: the packed tarball in an
// app, the beta drill and drill:vendor on a fixture, the bench's smoke and small soak. Kept out of `npm test` for
// its time (minutes of CPU on two cores); CI runs it after `npm test`.
import { defineConfig } from "vitest/config";
import { BUILD_TESTS } from "./vitest.config.js";

export default defineConfig({
  test: {
    include: BUILD_TESTS.map((pattern) => `${pattern}/*.test.ts`),
    testTimeout: 20_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
