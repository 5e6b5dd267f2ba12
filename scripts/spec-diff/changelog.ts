// A spec diff as a CHANGELOG.md entry: the version it calls for, then the breaking changes first, then what was
// added and what changed, each under the client method it touches (`chats.list`), by the naming rule.
//
// The versioning rule for a beta, 0.x: a breaking spec change is a minor bump (0.1.x -> 0.2.0) and is listed
// first; anything else is a patch. From 1.0 on: breaking is major, an added operation minor, the rest a patch.
import { readOperations } from "../generate/operations.js";
import type { Spec } from "../generate/spec.js";
import type { Change } from "./changes.js";

export interface EntryInfo {
  /** The package version before the change, e.g. `0.1.0`. */
  version: string;
  /** The new spec's info.version, and what identifies it (the start of its sha256). */
  spec: string;
  date: string;
}

/** The version a set of changes calls for, by the rule above. */
export function nextVersion(version: string, changes: readonly Change[]): string {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.+-]/).map(Number);
  const breaking = changes.some((change) => change.breaking);
  const added = changes.some((change) => change.kind === "operation added");
  if (major === 0) return breaking ? `0.${minor + 1}.0` : `0.${minor}.${patch + 1}`;
  if (breaking) return `${major + 1}.0.0`;
  return added ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

const ADDED = new Set(["operation added", "webhook event added"]);

/** `GET /chats` -> `chats.list`, for both specs (a removed operation is named as it was). */
function methodNames(...specs: unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const spec of specs) {
    try {
      for (const { row } of readOperations(spec as Spec)) names.set(row.label, `${row.resource}.${row.name}`);
    } catch {
      // A spec the generator refuses: its changes are named by their operation only.
    }
  }
  return names;
}

/** The operation a change's place starts with (`GET /chats/{chatId} 200 data.state` -> `GET /chats/{chatId}`). */
function operationOf(where: string): string | undefined {
  return /^([A-Z]+ \/\S*)/.exec(where)?.[1];
}

export function changelogEntry(changes: readonly Change[], before: unknown, after: unknown, info: EntryInfo): string {
  const names = methodNames(after, before);
  const line = (change: Change) => {
    const operation = operationOf(change.where);
    const method = operation ? names.get(operation) : undefined;
    const place = operation ? change.where.slice(operation.length).trim() : change.where;
    const event = /^webhooks (\S+)$/.exec(change.where)?.[1];
    const subject = method ? `\`${method}\` (${operation})` : event ? `event \`${event}\`` : (operation ?? change.where);
    const what = [change.kind, place && operation ? place : "", change.detail ?? ""].filter(Boolean).join(" ");
    return `- ${subject}: ${what}`;
  };
  const sections: [string, Change[]][] = [
    ["Breaking", changes.filter((change) => change.breaking)],
    ["Added", changes.filter((change) => !change.breaking && ADDED.has(change.kind))],
    ["Changed", changes.filter((change) => !change.breaking && !ADDED.has(change.kind))],
  ];
  const out = [`## ${nextVersion(info.version, changes)} (spec ${info.spec}, ${info.date})`, ""];
  if (!changes.length) out.push("No change to the contract: operations, parameters, bodies, responses, security and servers are as before.", "");
  for (const [title, list] of sections) {
    if (!list.length) continue;
    out.push(`### ${title}`, "", ...[...new Set(list.map(line))], "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
