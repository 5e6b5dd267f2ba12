// `npm run contract:live`: the client, through `prism proxy openapi/v4.yaml <upstream>`, against the live API.
// Every request and response is checked twice: by Prism (its `sl-violations` header) and by the client's own
// validator generated from the spec. Each violation is printed as field path, expected, got.
// Fields the spec documents but a response leaves out are listed too: the spec marks every field optional,
// so they are not violations and do not fail the check, but they are what an app reading them would miss.
//   BLOOIO_API_KEY=... npm run contract:live [-- --upstream URL] [--max-pages N]
import { readFileSync, realpathSync } from "node:fs";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { createBlooioClient, SPEC_VERSION, type ListChatsQuery } from "../src/index.js";
import { responseValidators } from "../src/generated/validators/listChats.responses.js";
import { startMockServer } from "../src/testing.js";
import { fieldPath, meaningful, ruleOf, type Validator, valueAt } from "../src/core/schema-errors.js";

export const LIVE_API = "https://api.blooio.com/v4";

export interface Violation {
  /** `prism`, `client validator` or both. */
  sources: string[];
  /** The request it was found on, e.g. `GET /chats?limit=2`. */
  request: string;
  side: "request" | "response";
  /** `data[0].state`, `query.limit`, ... */
  path: string;
  expected: string;
  got: string;
}

export interface MissingField {
  /** `data[].contact_id` */
  path: string;
  missing: number;
  of: number;
}

export interface LiveReport {
  upstream: string;
  requests: number;
  pages: number;
  items: number;
  violations: Violation[];
  missing: MissingField[];
  /** A call that failed outright (after Prism forwarded it): an API error, or a page the client refused. */
  failure?: string;
}

type Schema = Record<string, unknown>;
interface PrismViolation {
  location: string[];
  code: string | number;
  message: string;
}

const show = (value: unknown) => (value === undefined ? "missing" : JSON.stringify(value));

/**
 * Prism's wording in the client's (src/core/schema-errors.ts), so one violation seen by both reads the same:
 * "... must be equal to one of the allowed values: a, b" -> "one of a, b"; "must be integer" -> "of type integer".
 */
function expectedFromPrism(violation: PrismViolation): string {
  const rule = violation.message.includes(" must ") ? violation.message.slice(violation.message.indexOf(" must ") + 6) : violation.message;
  return rule
    .replace(/^be equal to one of the allowed values: /, "one of ")
    .replace(/^have required property '([^']+)'$/, "present")
    .replace(/^be (string|integer|number|boolean|object|array|null)$/, "of type $1")
    .replace(/^be /, "");
}

/** Fields the spec documents that a response leaves out, counted per field across every object seen. */
function countMissing(spec: Schema, schema: unknown, body: unknown, path: string, counts: Map<string, { missing: number; of: number }>, depth = 0) {
  let resolved = (schema ?? {}) as Schema;
  for (let hops = 0; typeof resolved.$ref === "string" && hops < 10; hops++) {
    resolved = ((resolved.$ref as string).replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Schema)?.[key], spec) ?? {}) as Schema;
  }
  if (depth > 10) return;
  if (Array.isArray(body) && resolved.items) {
    for (const item of body) countMissing(spec, resolved.items, item, `${path}[]`, counts, depth + 1);
    return;
  }
  if (!body || typeof body !== "object" || Array.isArray(body) || !resolved.properties) return;
  for (const [name, sub] of Object.entries(resolved.properties as Record<string, unknown>)) {
    const field = path ? `${path}.${name}` : name;
    const count = counts.get(field) ?? { missing: 0, of: 0 };
    count.of++;
    if (!(name in body)) count.missing++;
    counts.set(field, count);
    if (name in body) countMissing(spec, sub, (body as Record<string, unknown>)[name], field, counts, depth + 1);
  }
}

export async function checkLiveContract(options: {
  upstream: string;
  apiKey: string;
  query?: ListChatsQuery;
  maxPages?: number;
}): Promise<LiveReport> {
  const { upstream, apiKey, query = {}, maxPages = 3 } = options;
  const spec = parse(readFileSync(fileURLToPath(new URL("../openapi/v4.yaml", import.meta.url)), "utf8")) as Schema;
  const pageSchema = { $ref: "#/components/schemas/ChatPage" };
  const validate = responseValidators["200"] as Validator;
  const report: LiveReport = { upstream, requests: 0, pages: 0, items: 0, violations: [], missing: [] };
  const counts = new Map<string, { missing: number; of: number }>();
  const found = new Map<string, Violation>();
  const note = (violation: Omit<Violation, "sources">, source: string) => {
    const key = `${violation.request}|${violation.side}|${violation.path}|${violation.expected}`;
    const known = found.get(key);
    if (known) known.sources = [...new Set([...known.sources, source])];
    else found.set(key, { ...violation, sources: [source] });
  };

  const mock = await startMockServer({ upstream, errors: false });
  const checked: Promise<void>[] = [];
  try {
    const inspect = async (request: Request, response: Response) => {
      const url = new URL(request.url);
      const label = `${request.method} ${url.pathname}${url.search}`;
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const prism = JSON.parse(response.headers.get("sl-violations") ?? "[]") as PrismViolation[];
      for (const violation of prism) {
        const [side, , ...parts] = violation.location;
        if (side === "response") {
          const pointer = parts.map((part) => `/${part}`).join("");
          note({ request: label, side: "response", path: fieldPath(pointer) || "body", expected: expectedFromPrism(violation), got: show(valueAt(body, pointer)) }, "prism");
        } else {
          const parameter = parts.at(-1);
          note(
            {
              request: label,
              side: "request",
              path: violation.location.slice(1).join(".") || "request",
              expected: violation.code === 401 ? "credentials the security scheme accepts (a bearer key)" : expectedFromPrism(violation),
              got: parameter ? show(url.searchParams.get(parameter) ?? undefined) : violation.message,
            },
            "prism",
          );
        }
      }
      if (response.ok && body !== undefined && !validate(body)) {
        for (const error of meaningful(validate.errors ?? [])) {
          const missing = error.keyword === "required";
          note(
            { request: label, side: "response", path: fieldPath(error) || "body", expected: ruleOf(error).expected, got: missing ? "missing" : show(error.data) },
            "client validator",
          );
        }
      }
      if (response.ok) countMissing(spec, pageSchema, body, "", counts);
    };
    const client = createBlooioClient({
      apiKey,
      baseUrl: mock.url,
      maxRetries: 0,
      fetch: async (request) => {
        report.requests++;
        const response = await globalThis.fetch(request);
        checked.push(inspect(request, response.clone()));
        return response;
      },
    });
    try {
      for await (const page of client.chats.pages(query, { maxPages })) {
        report.pages++;
        report.items += page.data?.length ?? 0;
      }
    } catch (error) {
      report.failure = error instanceof Error ? error.message : String(error);
    }
    await Promise.all(checked);
  } finally {
    await mock.close();
  }
  report.violations = [...found.values()];
  report.missing = [...counts].filter(([, count]) => count.missing > 0).map(([path, count]) => ({ path, ...count }));
  return report;
}

export function formatReport(report: LiveReport): string {
  const lines = [
    `Live contract check: the client through \`prism proxy openapi/v4.yaml ${report.upstream}\` (spec ${SPEC_VERSION})`,
    `${report.requests} request${report.requests === 1 ? "" : "s"}, ${report.pages} page${report.pages === 1 ? "" : "s"}, ${report.items} chats`,
  ];
  if (report.violations.length) {
    lines.push(`Violations of the spec (${report.violations.length}):`);
    for (const v of report.violations) {
      lines.push(`  ${v.side} ${v.path}  expected: ${v.expected}  got: ${v.got}  [${v.sources.join(", ")}; ${v.request}]`);
    }
  }
  if (report.missing.length) {
    lines.push("Documented fields left out (the spec marks them optional, so these do not fail the check):");
    for (const m of report.missing) lines.push(`  ${m.path}  expected: present (documented)  got: missing in ${m.missing} of ${m.of}`);
  }
  if (report.failure) lines.push(`The listing stopped: ${report.failure}`);
  const ok = !report.violations.length && !report.failure;
  lines.push(ok ? "PASS: every request and response matched the spec" : `FAIL: ${report.violations.length} violation(s)${report.failure ? ", and a call failed" : ""}`);
  return `${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { upstream: { type: "string" }, "max-pages": { type: "string", default: "3" } },
  });
  const apiKey = process.env.BLOOIO_API_KEY?.trim();
  if (!apiKey) {
    console.log(
      "BLOOIO_API_KEY is not set: skipping the live contract check. Set it to run the client against the live API " +
        `through \`prism proxy openapi/v4.yaml ${values.upstream ?? LIVE_API}\`.`,
    );
    return 0;
  }
  const maxPages = Number(values["max-pages"]);
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    console.error(`--max-pages must be a positive integer (got ${values["max-pages"]})`);
    return 2;
  }
  const upstream = values.upstream ?? process.env.BLOOIO_BASE_URL?.trim() ?? LIVE_API;
  const report = await checkLiveContract({ upstream: upstream || LIVE_API, apiKey, maxPages });
  process.stdout.write(formatReport(report));
  return report.violations.length || report.failure ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
