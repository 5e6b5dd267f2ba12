// Prism serving the shipped spec: stateless, an optional peer dependency. The stateful mock is mock-api.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

/** The contract this package was built from (shipped beside src/ and dist/). */
// Found through the package's own exports (a package may import itself by name), so the path holds wherever the
// build puts this code: src/ under tsx, a bundled entry or a chunk in dist/.
export const SPEC_PATH = createRequire(import.meta.url).resolve("blooio-v4/openapi.yaml");

export interface MockServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Generate responses from the schemas instead of serving the examples. */
  dynamic?: boolean;
  /** Milliseconds to wait for Prism to start. Default 30 000. */
  startTimeoutMs?: number;
  /** Prism mode: `mock` serves the spec; `proxy` forwards to `upstream` and validates both ways. */
  upstream?: string;
  /**
   * Proxy mode: answer an exchange that breaks the spec with a 500 problem (true, the default), or pass the
   * upstream's answer through with the violations in its `sl-violations` header (false).
   */
  errors?: boolean;
}

export interface MockServer {
  /** Base URL to give createBlooioClient, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The Prism process id, so it can be stopped by id alone. */
  pid: number;
  /** Lines Prism printed, including the validation violations it reports in proxy mode. */
  output: string[];
  close(): Promise<void>;
}

function prismBin(): string {
  try {
    return createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
  } catch {
    throw new Error(
      "The Prism mock needs @stoplight/prism-cli, an optional peer dependency: npm install --save-dev @stoplight/prism-cli",
    );
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", dynamic = false, startTimeoutMs = 30_000, upstream, errors = true } = options;
  const args = upstream
    ? [prismBin(), "proxy", SPEC_PATH, upstream, ...(errors ? ["--errors"] : [])]
    : [prismBin(), "mock", SPEC_PATH, ...(dynamic ? ["--dynamic"] : [])];
  const child = spawn(process.execPath, [...args, "-h", host, "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const output: string[] = [];
  return new Promise<MockServer>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      void stop(child).then(() => reject(new Error(`Prism did not start: ${reason}\n${output.slice(-20).join("\n")}`)));
    };
    const timer = setTimeout(() => fail(`no answer within ${startTimeoutMs} ms`), startTimeoutMs);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 1000) output.shift();
        const match = /Prism is listening on (http:\/\/\S+)/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve({ url: match[1], pid: child.pid!, output, close: () => stop(child) });
        }
      }
    };
    child.stdout!.on("data", onLine);
    child.stderr!.on("data", onLine);
    child.once("error", (error) => fail(error.message));
    child.once("exit", (code, signal) => fail(`exited with ${signal ?? code}`));
  });
}
