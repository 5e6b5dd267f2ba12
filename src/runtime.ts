// What the client needs to know about the JavaScript runtime it runs in, without assuming Node: workerd and
// browsers have no `process`, and Deno throws on an environment read it was not granted.
// Each function takes the global scope as a parameter (default `globalThis`), so tests can pose as any runtime.

/** The globals consulted, all optional: each runtime has a different subset. */
export interface RuntimeScope {
  process?: { env?: Record<string, string | undefined>; versions?: Record<string, string | undefined> };
  Deno?: { env?: { get(name: string): string | undefined }; version?: { deno?: string } };
  Bun?: { version?: string };
  navigator?: { userAgent?: string };
  window?: unknown;
  document?: unknown;
}

const globalScope = globalThis as RuntimeScope;

/**
 * An environment variable, where the runtime has an environment and lets us read it: `process.env` (Node, Bun),
 * `Deno.env` (a read denied without `--allow-env` counts as unset), nothing in workerd or a browser.
 */
export function readEnv(name: string, scope: RuntimeScope = globalScope): string | undefined {
  try {
    if (typeof scope.Deno?.env?.get === "function") return scope.Deno.env.get(name) ?? undefined;
    return scope.process?.env?.[name] ?? undefined;
  } catch {
    return undefined; // Deno's NotCapable / PermissionDenied
  }
}

function isWorkerd(scope: RuntimeScope): boolean {
  return scope.navigator?.userAgent === "Cloudflare-Workers";
}

/** A page in a browser: a window with a document, and none of the server runtimes that define such globals. */
export function isBrowser(scope: RuntimeScope = globalScope): boolean {
  return (
    typeof scope.window === "object" &&
    scope.window !== null &&
    typeof scope.document === "object" &&
    scope.document !== null &&
    scope.Deno === undefined &&
    !isWorkerd(scope)
  );
}

/** `node/20.20.2`, `bun/1.4.5`, `deno/2.9.6`, `workerd`, `browser`, or `js` when none of these is recognised. */
export function runtimeName(scope: RuntimeScope = globalScope): string {
  // Bun and Deno also carry process.versions.node, so they are asked first.
  const bun = scope.Bun?.version ?? scope.process?.versions?.bun;
  if (bun) return `bun/${bun}`;
  const deno = scope.Deno?.version?.deno;
  if (deno) return `deno/${deno}`;
  if (isWorkerd(scope)) return "workerd";
  const node = scope.process?.versions?.node;
  if (node) return `node/${node}`;
  if (isBrowser(scope)) return "browser";
  return "js";
}

/** Added to a failed fetch's message: in a browser the usual reason is a CORS policy, which fetch does not name. */
export function connectionHint(scope: RuntimeScope = globalScope): string {
  return isBrowser(scope)
    ? " (in a browser, a likely cause is CORS: the server must allow this page's origin and the Authorization header)"
    : "";
}

/** A secret key shipped in a page is readable by anyone who opens it: refuse unless the app says it knows. */
export function browserRefusal(dangerouslyAllowBrowser: boolean, scope: RuntimeScope = globalScope): string | undefined {
  if (dangerouslyAllowBrowser || !isBrowser(scope)) return undefined;
  return (
    "createBlooioClient is running in a browser, where anyone who opens the page can read the API key; " +
    "call the Blooio API from your server, or pass dangerouslyAllowBrowser: true if exposing this key is intended"
  );
}
