// A tiny static file server for the built site, behaving like the static host it is published on:
// files live under the base path, "folder/" serves folder/index.html, "folder" redirects to "folder/",
// anything else is a 404 with the site's 404 page. Bound to 127.0.0.1 on a free port chosen by the OS.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { AddressInfo } from "node:net";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".zip": "application/zip",
  ".wasm": "application/wasm",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

export interface ServedRequest {
  method: string;
  url: string;
  status: number;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Base path the site is served under, with leading and trailing slash. */
  base: string;
  /** Absolute URL of a site path given without the base ("/data/" -> "http://127.0.0.1:PORT/base/data/"). */
  url(path: string): string;
  /** Every request answered so far (for debugging failed loads). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Serves `root` under `base` on 127.0.0.1 and a random free port; resolves once listening. */
export async function startStaticServer(root: string, base = "/"): Promise<StaticServer> {
  const normalBase = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const requests: ServedRequest[] = [];

  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string | null, headers: Record<string, string> = {}): void => {
    requests.push({ method: req.method ?? "GET", url: req.url ?? "", status });
    const type = file ? (CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream") : "text/plain; charset=utf-8";
    res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
    if (req.method === "HEAD" || !file) {
      res.end(file ? undefined : `${status}\n`);
      return;
    }
    createReadStream(file).pipe(res);
  };

  const notFound = (req: IncomingMessage, res: ServerResponse): void => {
    const page = join(root, "404.html");
    send(req, res, 404, isFile(page) ? page : null);
  };

  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(req, res, 405, null, { allow: "GET, HEAD" });
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(req, res, 400, null);
      return;
    }
    // Outside the base path nothing exists, exactly as on a project page of a static host.
    if (!pathname.startsWith(normalBase) && `${pathname}/` !== normalBase) {
      notFound(req, res);
      return;
    }
    if (`${pathname}/` === normalBase) {
      send(req, res, 301, null, { location: normalBase });
      return;
    }
    const relativePath = pathname.slice(normalBase.length);
    const target = normalize(join(root, relativePath));
    if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) {
      send(req, res, 403, null);
      return;
    }
    if (pathname.endsWith("/")) {
      const index = join(target, "index.html");
      if (isFile(index)) send(req, res, 200, index);
      else notFound(req, res);
      return;
    }
    if (isFile(target)) {
      send(req, res, 200, target);
      return;
    }
    if (isDirectory(target)) {
      send(req, res, 301, null, { location: `${pathname}/${url.search}` });
      return;
    }
    notFound(req, res);
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: normalBase,
    url: (path: string) => `${origin}${normalBase}${path.replace(/^\/+/, "")}`,
    requests,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}
