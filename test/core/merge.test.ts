// merged: several async sequences at once, at most `concurrency` running; an error stops the rest.
import { describe, expect, it } from "vitest";
import { merged } from "../../src/core/merge.js";

function source(values: number[], log: string[], name: string, failAt?: number) {
  return () =>
    (async function* () {
      log.push(`start ${name}`);
      try {
        for (const [i, value] of values.entries()) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          if (i === failAt) throw new Error(`${name} failed`);
          yield value;
        }
      } finally {
        log.push(`end ${name}`);
      }
    })();
}

describe("merged", () => {
  it("yields every value of every sequence, starting the next only when one ends", async () => {
    const log: string[] = [];
    const seen: number[] = [];
    for await (const value of merged([source([1, 2], log, "a"), source([3], log, "b"), source([4, 5], log, "c")], 2)) seen.push(value);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(log.indexOf("start c")).toBeGreaterThan(Math.min(log.indexOf("end a"), log.indexOf("end b")));
  });

  it("throws the first error and ends the sequences still running", async () => {
    const log: string[] = [];
    const run = async () => {
      for await (const _ of merged([source([1, 2, 3, 4], log, "slow"), source([1, 2], log, "bad", 1)], 2));
    };
    await expect(run()).rejects.toThrow("bad failed");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toContain("end slow");
  });

  it("a consumer that stops early ends every running sequence", async () => {
    const log: string[] = [];
    for await (const _ of merged([source([1, 2, 3], log, "a"), source([1, 2, 3], log, "b")], 2)) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.filter((line) => line.startsWith("end"))).toHaveLength(2);
  });
});
