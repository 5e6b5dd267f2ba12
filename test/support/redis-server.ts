// A throwaway redis-server (Debian's `redis-server`) on a free loopback port, nothing saved to disk, stopped by
// its own pid. Missing, it is an error, never a skipped test: CI installs it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 right now: listen on port 0, read it, close. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string {
  const found = spawnSync("/bin/sh", ["-c", "command -v redis-server"], { encoding: "utf8", env }).stdout.trim();
  if (found) return found;
  throw new Error("redis-server is missing: the Redis dedupe store test needs it. Install it: apt-get update && apt-get install -y redis-server");
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function startRedisServer(): Promise<RedisServer> {
  const binary = findRedisServer();
  // A port can be taken between the probe and redis-server's bind: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freeLoopbackPort();
    const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 10_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout!.on("data", read);
      child.stderr!.on("data", read);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ready) return { url: `redis://127.0.0.1:${port}`, port, stop: () => stopProcess(child) };
    await stopProcess(child);
    if (attempt === 3) throw new Error(`redis-server did not start on 127.0.0.1:${port}:\n${output.slice(-2000)}`);
  }
}
