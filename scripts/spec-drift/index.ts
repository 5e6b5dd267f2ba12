// How far our spec has drifted from the vendor's export, in contract terms: what a client and a server must agree
// on. Both documents are dereferenced first (Redocly's bundle, as spec:diff does), so naming a schema or inlining it
// makes no difference; prose, examples and `x-` keys are never compared.
import { dereference } from "../spec-diff/index.js";
import { node, type Node } from "../spec-diff/schema.js";
import { compareSets, MISSING, ONLY_OURS, plural, sides, type Difference, type Drift, type Report } from "./differences.js";
import { compareOperation, operationsOf, type Documents, type Operation } from "./operations.js";
import { schemaComparer } from "./schema.js";
import { compareSecurity, compareServers } from "./security.js";

export { formatDrift, type Difference, type Drift } from "./differences.js";

/** The vendor's way of saying an operation is announced but answers only 501 so far. */
const isPlanned = (operation: Node) => operation["x-blooio-status"] === "planned";

/** The event types the vendor lists against the keys of our `webhooks`, the 3.1 place for them. */
function compareEventTypes(documents: Documents, report: Report) {
  const listed = documents.vendor["x-blooio-webhook-event-types"];
  if (!Array.isArray(listed)) return;
  if (documents.ours.webhooks === undefined) {
    if (listed.length) report("webhooks", `${MISSING} (vendor lists ${plural(listed.length, "event type")})`);
    return;
  }
  const types = (names: unknown[]) => names.map((name) => JSON.stringify(name));
  compareSets("event type", types(listed), types(Object.keys(node(documents.ours.webhooks))), report);
}

/** Every difference between two dereferenced documents, operation by operation. */
export function compareDocuments(vendor: Node, ours: Node): Drift {
  const documents = { vendor, ours };
  const differences: Difference[] = [];
  const reporter = (section: string): Report => (place, detail) => differences.push({ section, place, detail });
  const compareSchemas = schemaComparer(documents);

  const document = reporter("document");
  const [version, ourVersion] = [node(vendor.info).version, node(ours.info).version];
  if (version !== ourVersion) document("info.version", sides(version, ourVersion));
  compareServers("servers", vendor.servers, ours.servers, document);
  compareSecurity("security", { security: vendor.security, spec: vendor }, { security: ours.security, spec: ours }, document);

  const plannedLeftOut: string[] = [];
  let compared = 0;
  const compareAll = (theirs: Map<string, Operation>, mine: Map<string, Operation>) => {
    for (const [key, operation] of theirs) {
      const counterpart = mine.get(key);
      if (counterpart) {
        compared++;
        compareOperation(operation, counterpart, documents, reporter(operation.heading), compareSchemas);
      } else if (isPlanned(operation.operation)) plannedLeftOut.push(String(operation.operation.operationId ?? operation.heading));
      else reporter(operation.heading)("operation", MISSING);
    }
    for (const [key, operation] of mine) if (!theirs.has(key)) reporter(operation.heading)("operation", ONLY_OURS);
  };
  compareAll(operationsOf(vendor.paths, vendor), operationsOf(ours.paths, ours));
  // Webhook operations are compared once both sides describe them; until then, by their event types alone.
  if (vendor.webhooks !== undefined && ours.webhooks !== undefined) compareAll(operationsOf(vendor.webhooks, vendor, true), operationsOf(ours.webhooks, ours, true));
  compareEventTypes(documents, reporter("webhooks"));
  return { differences, plannedLeftOut, compared };
}

/** Both documents as parsed (YAML or JSON, `$ref`s and all); `locations` resolve their relative `$ref`s. */
export async function driftBetween(vendor: unknown, ours: unknown, locations = { vendor: "vendor.json", ours: "ours.yaml" }): Promise<Drift> {
  return compareDocuments(await dereference(vendor, locations.vendor), await dereference(ours, locations.ours));
}
