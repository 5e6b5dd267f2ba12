// A difference between the vendor's export and our spec, the wording every comparison shares, and how a list prints.

export interface Difference {
  /** The heading it prints under: `GET /chats (listChats)`, `document`, `webhooks`. */
  section: string;
  /** Where, as precisely as a reader needs to find it: `parameter query limit: schema.maximum`, `response 404`. */
  place: string;
  /** What differs, the vendor's side first: `vendor 200, ours 100`, `missing in ours`, `"archived" only in ours`. */
  detail: string;
}

/** Records one difference at a place; each comparison is handed one, already bound to its section. */
export type Report = (place: string, detail: string) => void;

export const MISSING = "missing in ours";
export const ONLY_OURS = "only in ours";

/** JSON with sorted keys, so key order never makes two values differ; a cycle prints as `[cycle]`. */
export function stableJson(value: unknown, seen = new Set<object>()): string {
  if (value === undefined) return "null";
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (seen.has(value)) return '"[cycle]"';
  seen.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((item) => stableJson(item, seen)).join(",")}]`
    : `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key], seen)}`)
        .join(",")}}`;
  seen.delete(value);
  return text;
}

/** A value as a line shows it: JSON (so `"1"` and `1` differ visibly), shortened, `(none)` when absent. */
export function show(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = stableJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export const sides = (vendor: unknown, ours: unknown) => `vendor ${show(vendor)}, ours ${show(ours)}`;

/** Two sets (of display strings): each member one side lacks is one difference. */
export function compareSets(place: string, vendor: Iterable<string>, ours: Iterable<string>, report: Report): void {
  const [theirs, mine] = [new Set(vendor), new Set(ours)];
  for (const value of theirs) if (!mine.has(value)) report(place, `${value} ${MISSING}`);
  for (const value of mine) if (!theirs.has(value)) report(place, `${value} ${ONLY_OURS}`);
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export interface Drift {
  differences: Difference[];
  /** Operations the vendor marks planned (they answer 501) that ours leaves out: noted, not counted. */
  plannedLeftOut: string[];
  /** Operations found on both sides and compared. */
  compared: number;
}

export function formatDrift(drift: Drift, labels: { vendor: string; ours: string }): string {
  const lines = [`Spec drift: vendor ${labels.vendor} against ours ${labels.ours}`];
  const sections = new Map<string, Difference[]>();
  for (const difference of drift.differences) {
    const list = sections.get(difference.section) ?? [];
    sections.set(difference.section, list);
    list.push(difference);
  }
  for (const [section, differences] of sections) {
    lines.push("", section, ...differences.map(({ place, detail }) => `  ${place}: ${detail}`));
  }
  if (drift.plannedLeftOut.length) {
    lines.push("", `${plural(drift.plannedLeftOut.length, "planned operation")} left out: ${drift.plannedLeftOut.join(", ")}`);
  }
  const count = drift.differences.length;
  const where = count ? ` in ${plural(sections.size, "section")}` : "";
  lines.push("", `Total: ${count ? plural(count, "difference") : "no differences"}${where} (${plural(drift.compared, "operation")} compared)`);
  return `${lines.join("\n")}\n`;
}
