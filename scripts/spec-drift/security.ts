// Servers and security as a client meets them: URLs it calls, credentials it sends. A security scheme counts by
// what it asks for (`http bearer`, `apiKey header x-api-key`), never by the name a document gives it.
import { node, type Node } from "../spec-diff/schema.js";
import { compareSets, stableJson, type Report } from "./differences.js";

/** A server as the URL a client calls, its variables' defaults and choices included. */
function serverOf(server: unknown): string {
  const { url, variables } = node(server);
  const choices = Object.entries(node(variables))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, variable]) => {
      const { default: fallback, enum: values } = node(variable);
      return `${name}=${String(fallback)}${Array.isArray(values) ? ` of ${values.map(String).sort().join("|")}` : ""}`;
    });
  return JSON.stringify(`${String(url).replace(/\/+$/, "")}${choices.length ? ` {${choices.join(", ")}}` : ""}`);
}

export function compareServers(place: string, vendor: unknown, ours: unknown, report: Report): void {
  const urls = (servers: unknown) => (Array.isArray(servers) ? servers.map(serverOf) : []);
  const [theirs, mine] = [urls(vendor), urls(ours)];
  const [missing, extra] = [theirs.filter((url) => !mine.includes(url)), mine.filter((url) => !theirs.includes(url))];
  // One URL out and one in is one server written differently, said in one line.
  if (missing.length === 1 && extra.length === 1) report(place, `vendor ${missing[0]}, ours ${extra[0]}`);
  else compareSets(place, theirs, mine, report);
}

/** What a scheme asks a client for; header names are case-insensitive, and so is the HTTP auth scheme. */
function schemeOf(scheme: Node): string {
  switch (scheme.type) {
    case "http":
      return `http ${String(scheme.scheme).toLowerCase()}`;
    case "apiKey":
      return `apiKey ${scheme.in} ${scheme.in === "header" ? String(scheme.name).toLowerCase() : scheme.name}`;
    case "openIdConnect":
      return `openIdConnect ${scheme.openIdConnectUrl}`;
    case "oauth2": {
      // Flows by their URLs and scope names; the scopes' descriptions are prose.
      const flows = Object.entries(node(scheme.flows)).map(([flow, settings]) => {
        const { authorizationUrl, tokenUrl, refreshUrl, scopes } = node(settings);
        return { flow, authorizationUrl, tokenUrl, refreshUrl, scopes: Object.keys(node(scopes)).sort() };
      });
      return `oauth2 ${stableJson(flows.sort((a, b) => a.flow.localeCompare(b.flow)))}`;
    }
    default:
      return String(scheme.type);
  }
}

/** Each alternative a caller may satisfy, as its schemes resolved (`a + b` both at once, scopes in brackets). */
function alternativesOf(security: unknown, schemes: Node): string[] {
  // No requirement listed (or none at all) means anyone may call, as an empty requirement does.
  if (!Array.isArray(security) || !security.length) return [JSON.stringify("no authentication")];
  return security.map((requirement) => {
    const parts = Object.entries(node(requirement)).map(([name, scopes]) => {
      const scheme = schemes[name] === undefined ? `undefined scheme ${name}` : schemeOf(node(schemes[name]));
      return Array.isArray(scopes) && scopes.length ? `${scheme} [${[...scopes].sort().join(", ")}]` : scheme;
    });
    return JSON.stringify(parts.sort().join(" + ") || "no authentication");
  });
}

/** `security` of two documents (or of one operation each), every requirement resolved in its own document. */
export function compareSecurity(place: string, vendor: { security: unknown; spec: Node }, ours: { security: unknown; spec: Node }, report: Report): void {
  const resolved = (side: { security: unknown; spec: Node }) => alternativesOf(side.security, node(node(side.spec.components).securitySchemes));
  compareSets(`${place} requirement`, resolved(vendor), resolved(ours), report);
}
