// The operation table, loaded on the first call of any method: a client is built from the resource names alone
// (src/generated/resources.ts), so building one costs the same with one operation as with a hundred, and the rows
// stay out of an app's main bundle until it calls something.
import type { OperationRow } from "../generated/operations.js";

export type { OperationRow, ParameterRow } from "../generated/operations.js";

type Table = Readonly<Record<string, OperationRow>>;

let table: Table | undefined;
let loading: Promise<Table> | undefined;

/** The whole table, loaded once. */
export function loadTable(): Promise<Table> {
  return (loading ??= import("../generated/operations.js").then((module) => (table = module.operations)));
}

/** Operation `id`'s row: at once when the table is loaded, else a promise of it. */
export function rowOf(id: string): OperationRow | Promise<OperationRow> {
  return table?.[id] ?? loadTable().then((rows) => rows[id]!);
}

/** The row of the operation answering `METHOD /path/{template}`, for `client.api` (which knows only the path). */
export async function rowAt(method: string, schemaPath: string): Promise<OperationRow | undefined> {
  const rows = await loadTable();
  routes ??= new Map(Object.values(rows).map((row) => [row.label, row]));
  return routes.get(`${method} ${schemaPath}`);
}
let routes: Map<string, OperationRow> | undefined;
