// A beta API announces retirements in Deprecation and Sunset headers: tell the app once, before it breaks.
import type { Middleware } from "openapi-fetch";
import type { Warning } from "./options.js";

export function deprecationMiddleware(onWarning: (warning: Warning) => void): Middleware {
  const told = new Set<string>();
  return {
    onResponse({ request, response, schemaPath }) {
      const deprecation = response.headers.get("deprecation");
      const sunset = response.headers.get("sunset");
      if (deprecation === null && sunset === null) return;
      const operation = `${request.method} ${schemaPath}`;
      if (deprecation !== null && !told.has(`deprecation ${operation}`)) {
        told.add(`deprecation ${operation}`);
        onWarning({ kind: "deprecation", message: `${operation} is deprecated (Deprecation: ${deprecation})` });
      }
      if (sunset !== null && !told.has(`sunset ${operation}`)) {
        told.add(`sunset ${operation}`);
        onWarning({ kind: "sunset", message: `${operation} will be retired (Sunset: ${sunset})` });
      }
    },
  };
}
