// One rendering of schema errors for the client, the kit and the live check: where a value is, as an app writes it.
import { describe, expect, it } from "vitest";
import { fieldPath } from "../../src/core/schema-errors.js";

describe("fieldPath", () => {
  it("writes JSON pointers as field paths", () => {
    expect(fieldPath("/data/12/capabilities/a~1b")).toBe("data[12].capabilities.a/b");
    expect(fieldPath("")).toBe("");
  });
});
