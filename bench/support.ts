// Helpers the benchmark rows share: child processes, the loopback server, timing.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export { FAKE_KEY } from "../test/support/data.js";

export interface BenchServer {
  url: string;
  requests(): Promise<number>;
  close(): Promise<void>;
}

/** bench/server.ts in a child process on 127.0.0.1, port 0. */
export async function startServer(options: { latencyMs?: number; total?: number }): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "bench/server.ts", JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const line = await lines.next();
  if (line.done) throw new Error("bench server exited before listening");
  const { port } = JSON.parse(line.value) as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async requests() {
      child.stdin!.write("count\n");
      const reply = await lines.next();
      return (JSON.parse(reply.value as string) as { requests: number }).requests;
    },
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `node args` to completion and returns its stdout. Its stderr goes to ours, or with `quiet` is kept and, with
 * the end of its stdout, put in the error when it fails.
 */
export function runNode(args: string[], cwd = ROOT, quiet = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", quiet ? "pipe" : "inherit"] });
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve(out);
      const said = quiet ? `\n${(out + err).slice(-4_000)}` : "";
      reject(new Error(`node ${args.join(" ")} (in ${cwd}) exited ${code}${said}`));
    });
  });
}
