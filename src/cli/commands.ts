// The CLI's commands, one per row of the operation table: `blooio RESOURCE METHOD`. Knows no operation by name.
import { commands } from "../generated/commands.js";
import { operations } from "../generated/operations.js";
import type { OperationRow } from "../core/request.js";

export interface Flag {
  name: string;
  key: string;
  in: "path" | "query" | "header" | "body";
  type: "string" | "integer" | "number" | "boolean" | "json";
  required: boolean;
  enum?: readonly string[];
  description?: string;
}

export interface Command {
  id: string;
  row: OperationRow;
  summary: string;
  description: string;
  flags: readonly Flag[];
  columns: readonly string[] | null;
  times: readonly string[];
}

export const COMMANDS: Command[] = Object.entries(operations).map(([id, row]) => ({
  id,
  row: row as OperationRow,
  ...(commands as unknown as Record<string, Omit<Command, "id" | "row">>)[id]!,
}));

export function findCommand(resource: string | undefined, method: string | undefined): Command | undefined {
  return COMMANDS.find((command) => command.row.resource === resource && command.row.name === method);
}

export const RESOURCES = [...new Set(COMMANDS.map((command) => command.row.resource))];
