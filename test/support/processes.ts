// Child processes a test starts: the checkout they run in, tsx, and run(), which waits for one without blocking the
// test's own loopback servers and stops it by its own pid when it outstays its time.
import { spawn } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");
export const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** SIGKILL by pid after this many milliseconds (what it printed is kept, and `code` is null). Default 120 000. */
  timeoutMs?: number;
}

/** Runs `file args` to its end and returns its exit code and output. */
export function run(file: string, args: string[], { cwd = ROOT, env = {}, timeoutMs = 120_000 }: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) => (stderr += String(error)));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a TypeScript entry point of this checkout (`scripts/spec-diff.ts`, ...) under tsx. */
export function runTsx(script: string, args: string[] = [], options: RunOptions = {}): Promise<RunResult> {
  return run(process.execPath, [TSX, join(ROOT, script), ...args], options);
}
