// What changed for users between two versions of a spec, each change marked breaking or not, as oasdiff classifies
// them: narrowing what apps send or widening what they receive breaks them. `$ref`s are resolved by Redocly's
// openapi-core, so a shared schema's change is reported at every path that uses it.
import { bundle, createConfig, Source } from "@redocly/openapi-core";
import { pathToFileURL } from "node:url";
import type { Change, Report } from "./changes.js";
import { diffOperation, endpointOf, operationsOf, pathParameterNames } from "./operations.js";
import { node, type Node } from "./schema.js";
import { alignRenamedSchemes, diffSecurity, diffSecuritySchemes } from "./security.js";

export { formatChanges, type Change } from "./changes.js";

/** The spec with every `$ref` replaced by its target (recursive schemas become object cycles). */
export async function dereference(spec: unknown, location = "spec.yaml"): Promise<Node> {
  const parsed = structuredClone(spec); // bundling rewrites the document in place
  const source = new Source(pathToFileURL(location).href, JSON.stringify(parsed));
  const result = await bundle({ doc: { source, parsed }, config: await createConfig({}), dereference: true });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  // Where each problem is (`Can't resolve $ref at #/paths/...`): the message alone does not say.
  const where = (problem: (typeof errors)[number]) => (problem.location[0]?.pointer ? ` at ${problem.location[0].pointer}` : "");
  if (errors.length) throw new Error(`${location}: ${errors.map((problem) => `${problem.message}${where(problem)}`).join("; ")}`);
  return node(result.bundle.parsed);
}

function diffServers(before: unknown, after: unknown, report: Report) {
  const urls = (servers: unknown) => (Array.isArray(servers) ? servers.map((server) => String(node(server).url)) : []);
  const [old, now] = [urls(before), urls(after)];
  const removed = old.filter((url) => !now.includes(url));
  const added = now.filter((url) => !old.includes(url));
  // One URL out and one in is a move, not two unrelated changes.
  if (removed.length === 1 && added.length === 1) {
    report({ kind: "server URL changed", where: "servers", detail: `${removed[0]} -> ${added[0]}`, breaking: true, why: "apps configured with the old URL reach nothing" });
    return;
  }
  for (const url of removed) report({ kind: "server removed", where: "servers", detail: url, breaking: true, why: "apps configured with it reach nothing" });
  for (const url of added) report({ kind: "server added", where: "servers", detail: url, breaking: false, why: "another place to call; existing ones still work" });
}

/** Every change between two dereferenced specs. */
export function compareSpecs(before: Node, after: Node): Change[] {
  const changes: Change[] = [];
  const report: Report = (change) => changes.push(change.detail === undefined ? (({ detail: _, ...rest }) => rest)(change) : change);
  diffServers(before.servers, after.servers, report);
  alignRenamedSchemes(before, after, report);
  diffSecurity("security", before.security, after.security, report);
  diffSecuritySchemes(node(before.components).securitySchemes, node(after.components).securitySchemes, report);
  const [old, now] = [operationsOf(before), operationsOf(after)];
  // An operation gone from its `METHOD /path` may be at the same endpoint with a path parameter renamed (oasdiff
  // matches endpoints so too): one of each, on both sides, the same once the names are left out.
  const unmatched = (from: Map<string, Node>, to: Map<string, Node>) => [...from.keys()].filter((name) => !to.has(name));
  const byEndpoint = (names: string[]) => {
    const groups = new Map<string, string[]>();
    for (const name of names) groups.set(endpointOf(name), [...(groups.get(endpointOf(name)) ?? []), name]);
    return groups;
  };
  const [gone, fresh] = [byEndpoint(unmatched(old, now)), byEndpoint(unmatched(now, old))];
  const moved = new Map<string, string>();
  for (const [endpoint, [name, ...others]] of gone) {
    const candidates = fresh.get(endpoint) ?? [];
    if (!others.length && candidates.length === 1) moved.set(name!, candidates[0]!);
  }
  const landed = new Set(moved.values());
  for (const [name, operation] of old) {
    const target = now.has(name) ? name : moved.get(name);
    if (target === undefined) {
      report({ kind: "operation removed", where: name, breaking: true, why: "apps calling it will get errors" });
      continue;
    }
    const [from, to] = [pathParameterNames(name), pathParameterNames(target)];
    const renamed = new Map(from.map((parameter, i) => [parameter, to[i]!] as const).filter(([a, b]) => a !== b));
    diffOperation(target, operation, now.get(target)!, report, renamed);
  }
  for (const name of [...now.keys()].filter((name) => !old.has(name) && !landed.has(name))) {
    report({ kind: "operation added", where: name, breaking: false, why: "new; nothing existing changes" });
  }
  // Webhook event types (OpenAPI 3.1's top-level webhooks): a new one is delivered to who subscribes to it; one
  // gone is no longer delivered, and its type leaves the client.
  const [oldEvents, newEvents] = [Object.keys(node(before.webhooks)), Object.keys(node(after.webhooks))];
  for (const type of oldEvents.filter((type) => !newEvents.includes(type))) {
    report({ kind: "webhook event removed", where: `webhooks ${type}`, breaking: true, why: "apps handling it receive it no more, and its type is gone" });
  }
  for (const type of newEvents.filter((type) => !oldEvents.includes(type))) {
    report({ kind: "webhook event added", where: `webhooks ${type}`, breaking: false, why: "new; delivered to subscriptions that take it" });
  }
  return changes;
}

/** Every change between two specs as parsed from YAML or JSON, `$ref`s and all. */
export async function diffSpecs(before: unknown, after: unknown, locations = { before: "before.yaml", after: "after.yaml" }): Promise<Change[]> {
  return compareSpecs(await dereference(before, locations.before), await dereference(after, locations.after));
}
