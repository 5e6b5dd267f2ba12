// Auth: one middleware adds the bearer key, and refuses to send it in clear text off this machine.
import type { Middleware } from "openapi-fetch";
import { ConfigurationError } from "./errors.js";

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.test(hostname);
}

export function assertSafeToSendKey(url: string, allowInsecureHttp: boolean): void {
  if (allowInsecureHttp || !url.startsWith("http:")) return;
  const { hostname } = new URL(url);
  if (!isLoopback(hostname)) {
    throw new ConfigurationError(
      `Refusing to send the API key over plain http:// to ${hostname}; use https:// or pass allowInsecureHttp: true`,
    );
  }
}

export function authMiddleware(apiKey: string, allowInsecureHttp: boolean): Middleware {
  const authorization = `Bearer ${apiKey}`;
  return {
    onRequest({ request }) {
      assertSafeToSendKey(request.url, allowInsecureHttp);
      request.headers.set("Authorization", authorization);
    },
  };
}
