// The chaos soak is not a test of speed: this runs a small one (2 000 chats, 20 keyed writes, a
// high fault rate) and checks that it passes its own checks: every chat once, every write applied exactly once.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("the soak smoke delivers every chat once and applies every write exactly once under random faults", async () => {
  const args = ["--import", "tsx", "bench/soak.ts", "--chats", "2000", "--limit", "50", "--writes", "20", "--rate", "0.3", "--seed", "7", "--timeout-ms", "150"];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, timeout: 90_000 });
  expect(stdout).toMatch(/faults injected +[1-9]\d*/);
  expect(stdout).toMatch(/chats delivered +2000 of 2000/);
  expect(stdout).toMatch(/duplicates +0\n/);
  expect(stdout).toMatch(/missing +0\n/);
  expect(stdout).toMatch(/writes +20 of 20 done \(sendToChat and send in turn\); applied once: 20; applied twice: 0/);
  expect(stdout).toMatch(/resumes +\d+/);
  expect(stdout).toMatch(/peak heap +[\d.]+ MB/);
  expect(stdout).toMatch(/PASS\n$/);
}, 90_000);
