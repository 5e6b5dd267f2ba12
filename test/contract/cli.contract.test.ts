// The `blooio` command against the shared Prism mock of the spec: it lists the spec's own example page.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cli } from "../support/cli.js";
import { FAKE_KEY } from "../support/data.js";
import { prismUrl } from "../support/prism.js";

afterEach(() => vi.unstubAllEnvs());

describe("blooio chats list", () => {
  it("lists from the shared Prism mock of the spec", async () => {
    vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
    const { code, stdout } = await cli(["chats", "list", "--base-url", await prismUrl(), "--state", "open"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^chat_a1b2c3d4\s+blooio\s+open\s+ct_3fj8kq2w\s+2025-11-24T16:05:00Z$/m);
  });
});
