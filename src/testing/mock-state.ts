// The mock's account: the items of every cursor list (seeded by the app, or generated from the spec's schemas), and
// how a list is paged: opaque cursors that hold the position and the filter they were made for, `limit` as the spec
// says, and the filters the operation table declares. Knows no operation by name.
import { mockOperations, schemas } from "../generated/mock-data.js";
import { operations } from "../generated/operations.js";
import type { OperationRow } from "../core/table.js";
import { prefixesFrom, resolve, sampleOf, seededRandom } from "./schema-sample.js";

export type Item = Record<string, unknown>;
/** A list's items, or how many to generate from the spec's item schema. */
export type SeedList = readonly object[] | number;
/**
 * Items per cursor list, keyed by its operationId (`listChats`), as `resource.method` (`messages.listEvents`), or
 * by a resource's name for its `list` (`chats`). A list under a path parameter is keyed once more by that
 * parameter's value: `{ messages: { chat_1: [...], chat_2: 20 } }`.
 */
export type Seed = Readonly<Record<string, SeedList | Readonly<Record<string, SeedList>>>>;

const rows: Readonly<Record<string, OperationRow>> = operations;

/** The schema of one cursor list's items, from its 200 page. */
function itemSchema(operationId: string): unknown {
  const page = resolve(mockOperations[operationId]?.responses["200"]?.schema, schemas);
  return resolve((page.properties as Record<string, unknown> | undefined)?.data, schemas).items;
}

export function generateItems(operationId: string, count: number, seed: number): Item[] {
  const example = mockOperations[operationId]?.responses["200"]?.example as { data?: unknown[] } | undefined;
  const prefixes = prefixesFrom(example?.data ?? []);
  const random = seededRandom(seed);
  const schema = itemSchema(operationId);
  return Array.from({ length: count }, (_, index) => sampleOf(schema, { schemas, random, index, prefixes }) as Item);
}

/** The key of a list's items under a path: the path parameters' values, joined by `/` (`chat_1`). */
export function pathKey(row: OperationRow, path: Readonly<Record<string, string>>): string | undefined {
  const names = row.parameters.filter((p) => p.in === "path").map((p) => p.name);
  return names.length ? names.map((name) => path[name]).join("/") : undefined;
}

export function createAccount(seed: Seed = {}, randomSeed = 1) {
  const lists = new Map<string, Map<string | undefined, Item[]>>();
  let generated = 0;
  const materialize = (operationId: string, list: SeedList): Item[] =>
    typeof list === "number" ? generateItems(operationId, list, randomSeed + generated++) : (list as Item[]);

  for (const [operationId, row] of Object.entries(rows)) {
    if (!row.cursorList) continue;
    // A resource's name seeds its `list`; any cursor list by its operationId or as `resource.method`.
    const given = seed[operationId] ?? seed[`${row.resource}.${row.name}`] ?? (row.name === "list" ? seed[row.resource] : undefined);
    const byPath = new Map<string | undefined, Item[]>();
    lists.set(operationId, byPath);
    if (given === undefined) continue;
    if (row.path.includes("{")) {
      for (const [key, list] of Object.entries(given as Record<string, SeedList>)) byPath.set(key, materialize(operationId, list));
    } else byPath.set(undefined, materialize(operationId, given as SeedList));
  }

  return {
    /** The live items of a list (push to add): by operationId or resource, and the path key for a nested list. */
    items(list: string, key?: string): Item[] {
      const operationId = rows[list]?.cursorList
        ? list
        : Object.keys(rows).find((id) => rows[id]!.cursorList && (`${rows[id]!.resource}.${rows[id]!.name}` === list || (rows[id]!.resource === list && rows[id]!.name === "list")));
      const byPath = operationId ? lists.get(operationId) : undefined;
      if (!byPath) throw new Error(`No cursor list is called ${list}: use an operationId or a resource name of the spec`);
      let items = byPath.get(key);
      if (!items) byPath.set(key, (items = []));
      return items;
    },
    has(operationId: string, key: string | undefined): boolean {
      return lists.get(operationId)?.has(key) ?? false;
    },
  };
}

export type Account = ReturnType<typeof createAccount>;

function encodeCursor(position: number, scope: string): string {
  return Buffer.from(JSON.stringify([position, scope])).toString("base64url");
}

function decodeCursor(cursor: string, scope: string): number | undefined {
  try {
    const [position, madeFor] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [unknown, unknown];
    return madeFor === scope && Number.isInteger(position) && (position as number) >= 0 ? (position as number) : undefined;
  } catch {
    return undefined;
  }
}

export type PageResult = { page: { data: Item[]; has_more: boolean; next_cursor: string | null } } | { badCursor: true };

/**
 * One page of `items`: those whose filtered fields equal the query's values, from the cursor's position on, at most
 * `limit` (the spec's default when unset, clamped to its maximum). A cursor made for another filter is refused.
 */
export function pageOf(operationId: string, row: OperationRow, items: readonly Item[], query: Readonly<Record<string, unknown>>, key = ""): PageResult {
  const rule = mockOperations[operationId]?.limit;
  const asked = Number(query.limit ?? rule?.default ?? 50);
  const limit = Math.max(1, Math.min(Number.isFinite(asked) ? asked : 50, rule?.maximum ?? Infinity));
  const filters: [string, string][] = [];
  for (const p of row.parameters) {
    if (p.filter && query[p.name] !== undefined) filters.push([p.filter, String(query[p.name])]);
  }
  const scope = JSON.stringify([operationId, key, filters]);
  const matches = (item: Item) => filters.every(([field, value]) => String(item[field]) === value);
  let position = 0;
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(String(query.cursor), scope);
    if (decoded === undefined) return { badCursor: true };
    position = decoded;
  }
  const data: Item[] = [];
  for (; position < items.length && data.length < limit; position++) if (matches(items[position]!)) data.push(items[position]!);
  // Look past the items the filter leaves out, so has_more is exact.
  while (position < items.length && !matches(items[position]!)) position++;
  const more = position < items.length;
  return { page: { data, has_more: more, next_cursor: more ? encodeCursor(position, scope) : null } };
}
