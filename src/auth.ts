// The key goes out as a bearer token, and never in clear text off this machine.
import { ConfigurationError } from "./core/errors.js";

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

export function authorization(apiKey: string): string {
  return `Bearer ${apiKey}`;
}
