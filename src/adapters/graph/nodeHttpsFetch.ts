/**
 * A `fetch` for Node over `https.request`: it can trust an extra CA (the demo server's
 * self-generated certificate) without touching the process-wide trust store, keeps connections
 * alive, honours AbortSignal, and fails a request that takes longer than `timeoutMs`.
 * Network failures reject with an Error carrying the Node error `code` (ECONNRESET, ETIMEDOUT, ...).
 */
import { Agent, request } from "node:https";
import { rootCertificates } from "node:tls";

/** The subset of fetch the Graph middleware uses. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** Options of the Node fetch. */
export interface NodeHttpsFetchOptions {
  /** Extra CA certificate(s) in PEM to trust, on top of Node's bundled roots. */
  readonly ca?: string;
  /** Fail a request that gets no complete answer within this time (default 60 s). */
  readonly timeoutMs?: number;
  /** Concurrent sockets per host (default 8). */
  readonly maxSockets?: number;
}

function headerPairs(headers: RequestInit["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (headers instanceof Headers) headers.forEach((v, k) => (out[k] = v));
  else if (Array.isArray(headers)) for (const [k, v] of headers) out[k as string] = v as string;
  else Object.assign(out, headers);
  return out;
}

/** Creates the fetch; `close()` ends its kept-alive sockets. */
export function createNodeHttpsFetch(options: NodeHttpsFetchOptions = {}): FetchLike & { close(): void } {
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.maxSockets ?? 8,
    ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}),
  });
  const timeoutMs = options.timeoutMs ?? 60_000;
  const fetchLike = (url: string, init: RequestInit = {}): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Error("Aborted"));
        return;
      }
      const target = new URL(url);
      if (target.protocol !== "https:") {
        reject(new Error(`Only https URLs are fetched: ${url}`));
        return;
      }
      const body =
        typeof init.body === "string" || init.body instanceof Uint8Array
          ? init.body
          : init.body == null
            ? undefined
            : String(init.body);
      const headers = headerPairs(init.headers);
      if (body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(body));
      const req = request(target, { method: init.method ?? "GET", headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          const responseHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            if (v === undefined) continue;
            for (const value of Array.isArray(v) ? v : [v]) responseHeaders.append(k, value);
          }
          const noBody = status === 204 || status === 304;
          resolve(new Response(noBody ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
      });
      const onAbort = (): void => {
        req.destroy(signal?.reason instanceof Error ? signal.reason : new Error("Aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      req.setTimeout(timeoutMs, () => {
        req.destroy(
          Object.assign(new Error(`No answer from ${target.host} within ${timeoutMs} ms`), {
            code: "ETIMEDOUT",
          }),
        );
      });
      req.on("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(error);
      });
      req.on("close", () => signal?.removeEventListener("abort", onAbort));
      req.end(body);
    });
  return Object.assign(fetchLike, { close: () => agent.destroy() });
}
