// Vitest global setup of the "prism" project (vitest.config.ts): one Prism mock of openapi/v4.yaml on a free loopback
// port for the tests of test/contract/, which read its URL with prismUrl() (test/support/prism.ts).
import type { TestProject } from "vitest/node";
import { startMockServer } from "../../src/testing.js";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockServer();
  project.provide("prismUrl", mock.url);
  return () => mock.close();
}
