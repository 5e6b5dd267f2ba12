// The CLI's commands, one per row of the operation table: `blooio RESOURCE METHOD`. Knows no operation by name.
import { type CommandRow, commands, type FlagRow } from "../generated/commands.js";
import { type OperationRow, operations } from "../generated/operations.js";

export type Flag = FlagRow;

export interface Command extends CommandRow {
  id: string;
  row: OperationRow;
}

const rows: Readonly<Record<string, OperationRow>> = operations;
const helps: Readonly<Record<string, CommandRow>> = commands;

export const COMMANDS: Command[] = Object.entries(rows).map(([id, row]) => ({ id, row, ...helps[id]! }));

export function findCommand(resource: string | undefined, method: string | undefined): Command | undefined {
  return COMMANDS.find((command) => command.row.resource === resource && command.row.name === method);
}

export const RESOURCES = [...new Set(COMMANDS.map((command) => command.row.resource))];
