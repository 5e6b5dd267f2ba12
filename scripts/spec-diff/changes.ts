// A change between two specs as users see it, and how a list of them prints.

export interface Change {
  /** What happened, e.g. `maximum lowered`, `response field removed`, `server added`. */
  kind: string;
  /** Where, e.g. `GET /chats query limit`, `POST /chats body to.identifier`, `GET /chats 200 data[].state`. */
  where: string;
  /** What, when `where` alone does not say: the values before and after, the enum value. */
  detail?: string;
  breaking: boolean;
  /** Why it breaks (or does not) an app built on the old spec. */
  why: string;
}

/** Collects changes; `report` is what every comparison calls. */
export type Report = (change: Change) => void;

/** Who holds the values at a location: apps send requests and receive responses. */
export type Side = "request" | "response";

export function formatChanges(changes: Change[], labels: { before: string; after: string }): string {
  const lines = [`Spec changes for users: ${labels.before} -> ${labels.after}`];
  if (!changes.length) return `${lines[0]}\n  no changes to operations, parameters, bodies, responses, security or servers\n`;
  const sorted = [...changes].sort((a, b) => Number(b.breaking) - Number(a.breaking));
  for (const change of sorted) {
    const what = `${change.where}${change.detail ? `: ${change.detail}` : ""}`;
    lines.push(`  ${change.breaking ? "BREAKING    " : "non-breaking"}  ${change.kind.padEnd(32)} ${what}  (${change.why})`);
  }
  const breaking = changes.filter((change) => change.breaking).length;
  lines.push(`${breaking} breaking, ${changes.length - breaking} non-breaking`);
  return `${lines.join("\n")}\n`;
}
