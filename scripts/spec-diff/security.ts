// Security: the requirements an operation (or the whole spec) accepts, and the schemes they name.
import type { Report } from "./changes.js";
import { node } from "./schema.js";

/** Each alternative a caller may satisfy, as `scheme` or `a + b` (both at once), scopes in brackets; `none` is no auth. */
function alternatives(security: unknown): string[] {
  if (!Array.isArray(security) || !security.length) return ["none"];
  return security.map((requirement) => {
    const schemes = Object.entries(node(requirement)).map(([name, scopes]) => (Array.isArray(scopes) && scopes.length ? `${name}[${[...scopes].sort().join(",")}]` : name));
    return schemes.sort().join(" + ") || "none";
  });
}

export function diffSecurity(where: string, before: unknown, after: unknown, report: Report): void {
  const [old, now] = [alternatives(before), alternatives(after)];
  const open = now.includes("none"); // a call with no credentials is accepted: nothing apps send is refused
  for (const requirement of old.filter((r) => !now.includes(r))) {
    report({ kind: "security requirement removed", where, detail: requirement, breaking: !open, why: open ? "calls need no credentials now" : "apps authenticating this way will be refused" });
  }
  for (const requirement of now.filter((r) => !old.includes(r))) {
    report({ kind: "security requirement added", where, detail: requirement, breaking: false, why: "another way to authenticate; existing ones still work" });
  }
}

const SCHEME_FIELDS = ["type", "scheme", "in", "name", "bearerFormat", "flows", "openIdConnectUrl"];

export function diffSecuritySchemes(before: unknown, after: unknown, report: Report): void {
  const [old, now] = [node(before), node(after)];
  for (const [name, scheme] of Object.entries(old)) {
    const where = `securitySchemes ${name}`;
    if (!(name in now)) {
      report({ kind: "security scheme removed", where, breaking: true, why: "apps authenticating with it will be refused" });
      continue;
    }
    const changed = SCHEME_FIELDS.filter((field) => JSON.stringify(node(scheme)[field]) !== JSON.stringify(node(now[name])[field]));
    if (changed.length) report({ kind: "security scheme changed", where, detail: changed.join(", "), breaking: true, why: "apps send credentials the old way" });
  }
  for (const name of Object.keys(now).filter((name) => !(name in old))) {
    report({ kind: "security scheme added", where: `securitySchemes ${name}`, breaking: false, why: "new; nothing existing changes" });
  }
}
