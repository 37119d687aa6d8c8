/**
 * A static HTTPS server for a built folder (the browser tests' stand-in for the dev server): files
 * by path with their content type and the dev server's headers, 404 for anything else.
 */
import * as fs from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

/** Content types of the files a build holds (others are sent as octet streams). */
const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  [".html", "text/html; charset=utf-8"],
  [".js", "text/javascript; charset=utf-8"],
  [".json", "application/json"],
  [".wasm", "application/wasm"],
  [".png", "image/png"],
  [".xml", "application/xml"],
  [".css", "text/css; charset=utf-8"],
]);

/** A running static server. */
export interface RunningStaticServer {
  /** `https://<host>:<port>/` */
  readonly url: string;
  stop(): Promise<void>;
}

/** The file under `root` that `url` names, or undefined when it names none (or lies outside). */
function fileFor(root: string, url: string | undefined): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? "/", "https://localhost/").pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, pathname);
  if (!file.startsWith(root + path.sep)) return undefined;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/** Serves `dir` on https://`host`:<free port>/ with the given key and certificate. */
export async function serveStatic(options: {
  readonly dir: string;
  readonly key: string;
  readonly cert: string;
  readonly host?: string;
  readonly headers?: Readonly<Record<string, string>>;
}): Promise<RunningStaticServer> {
  const root = path.resolve(options.dir);
  const host = options.host ?? "localhost";
  const headers = options.headers ?? {};
  const server: Server = createServer({ key: options.key, cert: options.cert }, (req, res) => {
    const file = fileFor(root, req.url);
    if (!file) {
      res.writeHead(404, headers).end();
      return;
    }
    const type = CONTENT_TYPES.get(path.extname(file)) ?? "application/octet-stream";
    res.writeHead(200, { ...headers, "Content-Type": type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${host}:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
