// The one naming rule: which resource and method name an operation gets on the client.
//   resource: x-blooio-resource, else the first tag in lower camel case          (Chats -> chats)
//   method:   x-blooio-method, else the operationId with the tag's noun (plural
//             or singular) taken out, in lower camel case                       (sendMessageToChat -> sendToChat)

/** `List chats`, `list_chats`, `ListChats` -> `listChats`. */
export function lowerCamel(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words
    .map((word, i) => (i === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join("");
}

/** `Chats` -> `Chat`, `Addresses` -> `Address`, `Boxes` -> `Box`, `Status` -> `Status`. */
function singular(noun: string): string {
  if (/(us|is|ss)$/i.test(noun)) return noun;
  if (/ies$/i.test(noun)) return noun.slice(0, -3) + "y";
  if (/(x|ch|sh|ss)es$/i.test(noun)) return noun.slice(0, -2);
  if (/s$/i.test(noun)) return noun.slice(0, -1);
  return noun;
}

/** The operationId with the first whole-word occurrence of the noun (plural first, then singular) taken out. */
export function methodFromOperationId(operationId: string, tag: string): string {
  const words = lowerCamel(operationId).replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(" ");
  const noun = lowerCamel(tag).replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(" ");
  for (const candidate of [noun, [...noun.slice(0, -1), singular(noun.at(-1)!)]]) {
    const at = words.findIndex((_, i) => candidate.every((part, j) => words[i + j]?.toLowerCase() === part.toLowerCase()));
    if (at >= 0) return lowerCamel([...words.slice(0, at), ...words.slice(at + candidate.length)].join(" "));
  }
  return lowerCamel(operationId);
}

export interface Named {
  operationId: string;
  /** `GET /chats`, for messages. */
  where: string;
  resource: string;
  method: string;
}

/** Names that a resource or the client already uses for something else. */
const RESERVED_RESOURCES = new Set(["api", "then", "constructor", "prototype", "__proto__"]);
const LIST_HELPERS = ["pages", "listAll", "listAllPartitioned"];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Every problem with the names, each saying which operations and how to fix it: empty, not an identifier,
 * reserved, or the same resource.method twice. `lists` are the resources whose `list` is a cursor list.
 */
export function namingProblems(named: Named[], lists: Set<string>): string[] {
  const problems: string[] = [];
  const fix = "set x-blooio-resource / x-blooio-method on the operation in openapi/v4.yaml";
  const byName = new Map<string, Named[]>();
  for (const entry of named) {
    const { resource, method, operationId, where } = entry;
    if (!resource || !method) {
      problems.push(`${where} (${operationId}) gets an empty ${resource ? "method" : "resource"} name: ${fix}`);
      continue;
    }
    if (!IDENTIFIER.test(resource) || !IDENTIFIER.test(method)) {
      problems.push(`${where} (${operationId}) gets ${resource}.${method}, which is not a JavaScript identifier: ${fix}`);
    }
    if (RESERVED_RESOURCES.has(resource)) problems.push(`${where} (${operationId}) gets the reserved resource name "${resource}": ${fix}`);
    if (lists.has(resource) && LIST_HELPERS.includes(method)) {
      problems.push(`${where} (${operationId}) is named ${resource}.${method}, which the client gives the resource's list: ${fix}`);
    }
    const key = `${resource}.${method}`;
    byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  for (const [key, entries] of byName) {
    if (entries.length > 1) {
      problems.push(`${entries.map((e) => `${e.where} (${e.operationId})`).join(" and ")} are all named ${key}: ${fix}`);
    }
  }
  return problems;
}
