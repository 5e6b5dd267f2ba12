// The key never leaves in what the client says: a server that echoes it back must not put it into an error's
// message, a log line, a warning or a header an app reads.

export const REDACTED = "[redacted]";

export function withoutKey(text: string, apiKey: string): string {
  return text.includes(apiKey) ? text.replaceAll(apiKey, REDACTED) : text;
}

/** The headers, or a copy with the key redacted where a server echoed it into one. */
export function headersWithoutKey(headers: Headers, apiKey: string): Headers {
  let echoed = false;
  headers.forEach((value) => (echoed ||= value.includes(apiKey)));
  if (!echoed) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, withoutKey(value, apiKey)));
  return copy;
}
