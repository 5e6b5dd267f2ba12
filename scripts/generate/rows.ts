// The types of the generated tables, written once: emitted into src/generated/ beside the data (whose `satisfies`
// checks every row), and imported from there by the client, the CLI, the kit and this generator alike.

export const OPERATION_ROW_TYPES = `/** One parameter of an operation, as the client sends it. */
export interface ParameterRow {
  /** The name on the wire. */
  readonly name: string;
  readonly in: "path" | "query" | "header";
  /** The key in the method's flat params object, when it is not \`name\` (x-blooio-name). */
  readonly key?: string;
  /** A cursor list's query parameter that keeps the items whose field of this name equals its value (x-blooio-filter, or the same name). */
  filter?: string;
}

/** One operation of the spec: everything the client needs to call it. */
export interface OperationRow {
  /** \`GET /chats\`: the method and path, for messages and logs. */
  readonly label: string;
  readonly method: string;
  readonly path: string;
  /** \`client.RESOURCE.NAME\`, by the naming rule (x-blooio-resource, x-blooio-method). */
  readonly resource: string;
  readonly name: string;
  readonly parameters: readonly ParameterRow[];
  /**
   * The request body: its media type; the top-level fields taken from the flat params (an object's properties,
   * an allOf's merged fields, a oneOf's fields), or null when it goes whole in \`params.body\`; for a form
   * (multipart/form-data) the field a lone Blob or bytes fill.
   */
  readonly body: { readonly mediaType: string; readonly fields: readonly string[] | null; readonly required: boolean; readonly file?: string } | null;
  /** The documented 2xx statuses. */
  readonly success: readonly number[];
  /** A GET with a \`cursor\` query parameter whose 200 body has \`data\`, \`has_more\` and \`next_cursor\`. */
  readonly cursorList: boolean;
  /** A query parameter marked \`x-blooio-partition\`: its enum values split every item into one partition each. */
  readonly partition: { readonly parameter: string; readonly values: readonly string[] } | null;
  /** Declares an \`Idempotency-Key\` header: the client sends one key per call, the same on every retry. */
  readonly idempotencyKey: boolean;
}
`;

export const COMMAND_ROW_TYPES = `/** One flag of a \`blooio RESOURCE METHOD\` command: a key of the method's params. */
export interface FlagRow {
  /** \`--channel-id\` without the dashes: the params key in kebab case. */
  readonly name: string;
  /** The params key it sets. */
  readonly key: string;
  readonly in: "path" | "query" | "header" | "body";
  /** How the value is read: \`json\` for objects and arrays (\`--to '{"identifier":"+1"}'\`), \`file\` a path to a form's file. */
  readonly type: "string" | "integer" | "number" | "boolean" | "json" | "file";
  readonly required: boolean;
  readonly enum?: readonly string[];
  readonly description?: string;
}

/** One command's help and flags. */
export interface CommandRow {
  readonly summary: string;
  readonly description: string;
  readonly flags: readonly FlagRow[];
  /** A cursor list's table columns: \`x-blooio-columns\`, else the item's first scalar fields. */
  readonly columns: readonly string[] | null;
  /** Item fields printed as ISO dates in the table: integers named \`*_at\` (epoch milliseconds, as the API sends them). */
  readonly times: readonly string[];
}
`;
