// A beta API announces retirements in Deprecation and Sunset headers: tell the app once, before it breaks.

export type Warning = { kind: "deprecation" | "sunset" | "contract"; message: string };

/** Sees every final answer (`label` is the operation, `GET /chats`); tells `onWarning` once per operation and kind. */
export function deprecationNotices(onWarning: (warning: Warning) => void) {
  const told = new Set<string>();
  return (label: string, response: { headers: Headers }): void => {
    const deprecation = response.headers.get("deprecation");
    const sunset = response.headers.get("sunset");
    if (deprecation === null && sunset === null) return;
    if (deprecation !== null && !told.has(`deprecation ${label}`)) {
      told.add(`deprecation ${label}`);
      onWarning({ kind: "deprecation", message: `${label} is deprecated (Deprecation: ${deprecation})` });
    }
    if (sunset !== null && !told.has(`sunset ${label}`)) {
      told.add(`sunset ${label}`);
      onWarning({ kind: "sunset", message: `${label} will be retired (Sunset: ${sunset})` });
    }
  };
}
