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
const definition = (scheme: unknown) => JSON.stringify(SCHEME_FIELDS.map((field) => node(scheme)[field] ?? null));

/**
 * A scheme the new spec only renamed (the same definition under another name) sends the same credentials: it is
 * renamed back in the new spec's requirements, so the comparison sees no change, and reported as a rename.
 */
export function alignRenamedSchemes(before: { components?: unknown }, after: { components?: unknown; security?: unknown; paths?: unknown }, report: Report): void {
  const old = node(node(before.components).securitySchemes);
  const now = node(node(after.components).securitySchemes);
  const renames = new Map<string, string>();
  for (const [name, scheme] of Object.entries(now)) {
    if (name in old) continue;
    const was = Object.keys(old).find((oldName) => !(oldName in now) && !renames.has(oldName) && definition(old[oldName]) === definition(scheme));
    if (!was) continue;
    renames.set(name, was);
    report({ kind: "security scheme renamed", where: `securitySchemes ${was}`, detail: `${was} -> ${name}`, breaking: false, why: "the same credentials, sent the same way" });
  }
  if (!renames.size) return;
  const rename = (security: unknown) => {
    if (!Array.isArray(security)) return;
    for (const requirement of security) {
      for (const [from, to] of renames) {
        if (requirement && typeof requirement === "object" && from in requirement) {
          (requirement as Record<string, unknown>)[to] = (requirement as Record<string, unknown>)[from];
          delete (requirement as Record<string, unknown>)[from];
        }
      }
    }
  };
  rename(after.security);
  for (const item of Object.values(node(after.paths))) for (const operation of Object.values(node(item))) rename(node(operation).security);
  for (const [from, to] of renames) {
    now[to] = now[from];
    delete now[from];
  }
}

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
