// Opens a page in headless Chromium (Debian's `chromium`) and lists every request it makes that is not file:,
// data:, blob: or about:. Two logs, so nothing slips between them: the DevTools protocol's Network events (page,
// iframes and workers, over --remote-debugging-pipe: no debugging port is opened) and a recording proxy on
// 127.0.0.1 that every http(s)/ws request must go through. The proxy answers 403 and DNS resolves nothing, so
// nothing reaches past loopback. The browser gets its own temp profile; it is closed through the protocol, or
// else killed by its own pid.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { listenOnLoopback } from "./http-server.js";

const LOCAL = /^(file|data|blob|about):/;
// Chromium's own background calls (component updates, account and time checks) that no flag fully silences; the
// proxy refuses them too, and a page that asked for these hosts would still show in the DevTools log.
const BROWSER_SERVICES = /^(CONNECT )?(https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com)[:/]/;

/** Debian's Chromium on PATH; missing, it is an error, never a skipped test (CI installs it). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ["chromium", "chromium-browser"]) {
    const found = spawnSync("/bin/sh", ["-c", `command -v ${name}`], { encoding: "utf8", env }).stdout.trim();
    if (found) return found;
  }
  throw new Error("Chromium is missing: the offline check of the API reference needs it. Install it: apt-get update && apt-get install chromium");
}

/** A proxy on 127.0.0.1:0 that records what it is asked for and refuses it all. */
async function startRecordingProxy() {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? "");
    response.writeHead(403).end();
  });
  server.on("connect", (request, socket: Socket) => {
    asked.push(`CONNECT ${request.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  return { ...(await listenOnLoopback(server)), asked };
}

/** Resolves once the page's main thread has been idle five times in a row: a busy machine only makes it slower. */
const PAGE_IDLE = `new Promise((done) => {
  let idle = 0;
  const next = () => (++idle >= 5 ? done(true) : requestIdleCallback(() => setTimeout(next, 100)));
  next();
})`;

type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string; result?: Record<string, unknown>; error?: unknown };

/** The DevTools protocol over the pipe: commands out on fd 3, replies and events in on fd 4, each ended by NUL. */
function devtools(input: Writable, output: Readable, onEvent: (message: Message) => void) {
  let nextId = 1;
  let buffered = "";
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  output.setEncoding("utf8");
  output.on("data", (chunk: string) => {
    const parts = (buffered + chunk).split("\0");
    buffered = parts.pop()!;
    for (const part of parts) {
      const message = JSON.parse(part) as Message;
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) onEvent(message);
      else if (message.error) waiting.reject(new Error(JSON.stringify(message.error)));
      else waiting.resolve(message.result ?? {});
      if (message.id !== undefined) pending.delete(message.id);
    }
  });
  return (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
}

export interface PageVisit {
  /** Every request that was not file:, data:, blob: or about:, from the browser's log and the proxy's. */
  remote: string[];
  /** The page's text once loaded: proof the page really rendered. */
  text: string;
}

/**
 * Headless Chromium that stays on loopback and stays quiet: any name but 127.0.0.1 resolves to nothing, and the
 * browser's own background services are off. Shared by the API reference check and the runtime suite.
 */
export const QUIET_CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox", // CI runs as root
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--disable-default-apps",
];

/** Opens `url`, waits for the load event, an idle page and `quietMs` with no new request; reports what went out. */
export async function visit(url: string, { quietMs = 1000, timeoutMs = 45_000 } = {}): Promise<PageVisit> {
  const chromium = findChromium();
  const proxy = await startRecordingProxy();
  const profile = mkdtempSync(join(tmpdir(), "blooio-chromium-"));
  const browser = spawn(
    chromium,
    [
      ...QUIET_CHROMIUM_FLAGS,
      "--remote-debugging-pipe",
      `--user-data-dir=${profile}`,
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      "--proxy-bypass-list=<-loopback>",
      "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
      "--disable-crash-reporter",
      "--disable-breakpad",
      "--disable-domain-reliability",
      "--disable-client-side-phishing-detection",
      "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
      "--no-pings",
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
  );
  let stderr = "";
  browser.stderr!.on("data", (chunk) => (stderr += chunk));
  const seen: string[] = [];
  let lastRequest = Date.now();
  let loaded = false;
  const send = devtools(browser.stdio[3] as Writable, browser.stdio[4] as Readable, (event) => {
    if (event.method === "Network.requestWillBeSent") {
      seen.push(String((event.params?.request as { url?: string })?.url));
      lastRequest = Date.now();
    } else if (event.method === "Page.loadEventFired") loaded = true;
    else if (event.method === "Target.attachedToTarget") {
      // An iframe or worker: log its requests too, then let it run.
      const sessionId = String(event.params?.sessionId);
      void send("Network.enable", {}, sessionId).catch(() => {});
      void send("Runtime.runIfWaitingForDebugger", {}, sessionId).catch(() => {});
    }
  });
  const exited = new Promise<void>((resolve) => browser.once("exit", () => resolve()));
  try {
    const failed = new Promise<never>((_, reject) => {
      browser.once("error", reject);
      browser.once("exit", (code) => reject(new Error(`chromium exited (${code}) before the page was checked:\n${stderr}`)));
    });
    const run = async () => {
      const { targetId } = await send("Target.createTarget", { url: "about:blank" });
      const { sessionId } = (await send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
      await send("Network.enable", {}, sessionId);
      await send("Page.enable", {}, sessionId);
      await send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
      await send("Page.navigate", { url }, sessionId);
      const deadline = Date.now() + timeoutMs;
      const settled = async () => {
        if (!loaded) return false;
        // The page's main thread idle several times in a row (scripts ran, effects fired), then no request for quietMs.
        await send("Runtime.evaluate", { expression: PAGE_IDLE, awaitPromise: true, timeout: timeoutMs }, sessionId);
        return Date.now() - lastRequest >= quietMs;
      };
      while (!(await settled())) {
        if (Date.now() > deadline) throw new Error(`${url} did not finish loading within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const { result } = (await send("Runtime.evaluate", { expression: "document.body.innerText", returnByValue: true }, sessionId)) as { result: { value?: string } };
      return result.value ?? "";
    };
    const text = await Promise.race([run(), failed]);
    const remote = [...new Set([...seen.filter((request) => !LOCAL.test(request)), ...proxy.asked.filter((request) => !BROWSER_SERVICES.test(request))])];
    return { remote, text };
  } finally {
    // Browser.close lets Chromium end its own helper processes; its pid is killed only if that does not work.
    const running = () => browser.exitCode === null && browser.signalCode === null;
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
    if (running()) await Promise.race([send("Browser.close").then(() => exited, () => undefined), wait(5000)]);
    if (running()) browser.kill("SIGKILL");
    await exited;
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
