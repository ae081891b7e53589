// Node preload (`node --import=…/deny-network.ts`) that makes every outgoing network call throw. It is the
// fallback proof of an offline build where network namespaces (`unshare -n`) are not available: it covers
// Node and its child Node processes (NODE_OPTIONS is inherited), not native binaries.
import dns from "node:dns";
import net from "node:net";
import tls from "node:tls";
import http from "node:http";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";

function refuse(what: string): never {
  throw new Error(`network access denied during the offline build: ${what}`);
}

const isLocal = (host: unknown): boolean => host === undefined || host === "localhost" || host === "127.0.0.1" || host === "::1";

// Sockets: TCP to anything but loopback (Vite and Astro may talk to themselves; nothing else may).
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  // net.connect() passes its normalized arguments as one array: [options, callback].
  const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; path?: string } | number | string;
  const host = typeof first === "object" && first !== null ? first.host : typeof args[1] === "string" ? args[1] : undefined;
  const ipc = typeof first === "object" && first !== null && typeof first.path === "string";
  if (!ipc && typeof first !== "string" && !isLocal(host)) refuse(`socket to ${String(host)}`);
  return (connect as (...rest: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

for (const method of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny"] as const) {
  const original = dns[method] as (...rest: unknown[]) => unknown;
  (dns as unknown as Record<string, unknown>)[method] = (host: unknown, ...rest: unknown[]) => (isLocal(host) ? original(host, ...rest) : refuse(`DNS ${method} ${String(host)}`));
}
(dns.promises as unknown as Record<string, unknown>).lookup = (host: unknown) => (isLocal(host) ? Promise.resolve({ address: "127.0.0.1", family: 4 }) : Promise.reject(new Error(`network access denied during the offline build: DNS ${String(host)}`)));

const tlsConnect = tls.connect;
(tls as unknown as Record<string, unknown>).connect = (...args: unknown[]) => {
  const first = args[0] as { host?: string } | number;
  const host = typeof first === "object" ? first.host : args[1];
  if (!isLocal(host)) refuse(`TLS to ${String(host)}`);
  return (tlsConnect as (...rest: unknown[]) => unknown)(...args);
};

for (const module of [http, https]) {
  for (const method of ["request", "get"] as const) {
    const original = module[method] as (...rest: unknown[]) => unknown;
    (module as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const first = args[0];
      const host = typeof first === "string" ? new URL(first).hostname : first instanceof URL ? first.hostname : (first as { hostname?: string; host?: string })?.hostname ?? (first as { host?: string })?.host;
      if (!isLocal(host)) refuse(`HTTP ${String(host)}`);
      return original(...args);
    };
  }
}

// fetch (undici) does not go through net.Socket.prototype.connect in every version, so it is guarded itself.
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
  if (url.protocol !== "data:" && url.protocol !== "file:" && !isLocal(url.hostname)) {
    return Promise.reject(new Error(`network access denied during the offline build: fetch ${url.href}`));
  }
  return realFetch(input, init);
}) as typeof fetch;

// Named ESM imports (`import { request } from "node:https"`) see the patched functions only after this.
syncBuiltinESMExports();
