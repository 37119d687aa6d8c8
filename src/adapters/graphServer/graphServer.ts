/**
 * A Graph-compatible SharePoint server over HTTPS on loopback, for the demo tenant and the tests:
 * sites by path, lists, columns, list creation, items with paging, delta with deletes and token
 * expiry, conditional PATCH with eTags, JSON $batch, bearer-token check, CORS for the browser page,
 * switchable fault injection (429/503/504 with Retry-After, connection resets, slow answers),
 * document-library reads (driveRoutes.ts) and read-only tokens (writes answered 403 accessDenied,
 * as Graph answers a token without write permission).
 */
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { generateLoopbackCertificate, type ServerCertificate } from "./certificate";
import { FaultInjector, NO_FAULTS, type FaultKind, type FaultSettings } from "./faults";
import {
  errorResponse,
  route,
  type RouteContext,
  type RouteRequest,
  type RouteResponse,
} from "./graphRoutes";
import { SharePointStore } from "./sharePointStore";
import { DEMO_TOKEN, DEMO_USER } from "./demoSite";
import { DOWNLOAD_PREFIX, downloadRoute, driveRoute, type DriveResponse } from "./driveRoutes";
import { createHash } from "node:crypto";

/** The token the demo server accepts unless told otherwise. */
export { DEMO_TOKEN };

/** The most requests Graph accepts in one $batch. */
export const MAX_BATCH_REQUESTS = 20;

/** Options of the server. */
export interface GraphServerOptions {
  readonly store?: SharePointStore;
  /** Port on 127.0.0.1; 0 picks a free one. */
  readonly port?: number;
  readonly certificate?: ServerCertificate;
  /** Bearer tokens accepted. */
  readonly tokens?: readonly string[];
  /** Bearer tokens accepted for reading only: every write (also inside $batch) gets 403. */
  readonly readOnlyTokens?: readonly string[];
  /** The signed-in account (`GET /me`) of each token; DEMO_USER for tokens not named here. */
  readonly tokenUsers?: Readonly<Record<string, string>>;
  readonly faults?: FaultSettings;
  readonly defaultPageSize?: number;
  readonly maxPageSize?: number;
}

/** Counts of what the server saw (for tests and the benchmark). */
export interface ServerStats {
  /** HTTP requests received (OPTIONS preflights excluded). */
  requests: number;
  /** $batch calls received. */
  batches: number;
  /** Sub-requests received inside $batch calls. */
  subRequests: number;
  /** Faults injected, by kind. */
  faults: Record<FaultKind, number>;
  /** The User-Agent of the last request. */
  lastUserAgent: string;
}

/** A running server. */
export interface RunningGraphServer {
  /** Base URL incl. version, e.g. `https://127.0.0.1:43123/v1.0`. */
  readonly baseUrl: string;
  /** Host name the client must treat as a Graph host (customHosts). */
  readonly host: string;
  /** PEM certificate clients trust as CA. */
  readonly certificate: ServerCertificate;
  readonly store: SharePointStore;
  readonly faults: FaultInjector;
  readonly stats: ServerStats;
  /** Resets the counters. */
  resetStats(): void;
  close(): Promise<void>;
}

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers":
    "Authorization, Content-Type, If-Match, If-None-Match, Prefer, SdkVersion, client-request-id, User-Agent",
  // Every method the Graph client sends: reads, $batch and list creation (POST), item edits (PATCH),
  // uploads to a document library (PUT, Project XML), deletes.
  "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Max-Age": "600",
  "Access-Control-Expose-Headers": "Retry-After, Location, ETag, request-id",
};

function emptyStats(): ServerStats {
  return {
    requests: 0,
    batches: 0,
    subRequests: 0,
    faults: {
      "429": 0,
      "503": 0,
      "504": 0,
      reset: 0,
      slow: 0,
      deltaError: 0,
      lostAnswer: 0,
      truncated: 0,
      shapeless: 0,
    },
    lastUserAgent: "",
  };
}

function faultResponse(kind: "429" | "503" | "504", retryAfter: number): RouteResponse {
  if (kind === "429") {
    return errorResponse(429, "TooManyRequests", "The request has been throttled", {
      "Retry-After": String(retryAfter),
    });
  }
  if (kind === "503")
    return errorResponse(503, "serviceNotAvailable", "The service is temporarily unavailable", {
      "Retry-After": String(retryAfter),
    });
  return errorResponse(504, "gatewayTimeout", "The gateway timed out");
}

/** Graph's answer to a write with a token that may only read. */
function accessDenied(): RouteResponse {
  return errorResponse(403, "accessDenied", "Access denied");
}

function lowerHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers && typeof headers === "object") {
    for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
      if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
    }
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The signed-in user as `GET /me` answers (https://learn.microsoft.com/graph/api/user-get). */
function meResponse(userPrincipalName: string): RouteResponse {
  const name = userPrincipalName.split("@")[0] ?? userPrincipalName;
  return {
    status: 200,
    headers: { "Content-Type": "application/json" },
    body: {
      id: createHash("sha1").update(userPrincipalName).digest("hex").slice(0, 32),
      displayName: name.replace(/[._]/g, " "),
      userPrincipalName,
      mail: userPrincipalName,
    },
  };
}

function send(res: ServerResponse, response: DriveResponse): void {
  const body = response.raw ?? (response.body === undefined ? "" : JSON.stringify(response.body));
  res.writeHead(response.status, {
    ...CORS_HEADERS,
    ...response.headers,
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** Sends a 200 whose JSON body stops halfway (the fault `truncated`). */
function sendTruncated(res: ServerResponse, response: RouteResponse): void {
  const full = JSON.stringify(response.body ?? { value: [] });
  const cut = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
  res.writeHead(200, {
    ...CORS_HEADERS,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(cut),
  });
  res.end(cut);
}

/** Starts the server on 127.0.0.1; resolves when it listens. */
export async function startGraphServer(options: GraphServerOptions = {}): Promise<RunningGraphServer> {
  const store = options.store ?? new SharePointStore();
  const certificate = options.certificate ?? (await generateLoopbackCertificate());
  const tokens = new Set(options.tokens ?? [DEMO_TOKEN]);
  const readOnlyTokens = new Set(options.readOnlyTokens ?? []);
  const tokenUsers = new Map(Object.entries(options.tokenUsers ?? {}));
  const faults = new FaultInjector(options.faults ?? NO_FAULTS);
  let stats = emptyStats();
  const sockets = new Set<Socket>();
  // Links need the port, known only once the server listens.
  const routing: { ctx?: RouteContext } = {};

  const runBatch = (
    ctx: RouteContext,
    body: unknown,
    top: Omit<RouteRequest, "path" | "query" | "body" | "method">,
    readOnly: boolean,
  ): RouteResponse => {
    const requests = (body as { requests?: unknown } | null)?.requests;
    if (!Array.isArray(requests) || requests.length === 0)
      return errorResponse(400, "BadRequest", "Invalid batch payload: `requests` is required.");
    if (requests.length > MAX_BATCH_REQUESTS) {
      return errorResponse(
        400,
        "BadRequest",
        `Invalid batch payload: more than ${MAX_BATCH_REQUESTS} requests.`,
      );
    }
    const responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[] = [];
    for (const raw of requests as Record<string, unknown>[]) {
      stats.subRequests += 1;
      const id = String(raw.id ?? "");
      const headers = lowerHeaders(raw.headers);
      const url = String(raw.url ?? "");
      const method = String(raw.method ?? "GET").toUpperCase();
      let answer: RouteResponse;
      if (raw.body !== undefined && !headers["content-type"]) {
        answer = errorResponse(400, "BadRequest", "Content-Type header is required when a body is given.");
      } else {
        const fault = faults.draw((k) => k === "429" || k === "503");
        if (fault === "429" || fault === "503") {
          stats.faults[fault] += 1;
          answer = faultResponse(fault, faults.current.retryAfterSeconds);
        } else if (readOnly && method !== "GET") {
          answer = accessDenied();
        } else {
          const parsed = new URL(url.startsWith("/") ? url : `/${url}`, "https://batch.invalid");
          answer = route(ctx, {
            method,
            path: parsed.pathname,
            query: parsed.searchParams,
            headers: { ...top.headers, ...headers },
            body: raw.body,
          });
        }
      }
      const { "Content-Type": _ct, ...subHeaders } = answer.headers;
      responses.push({
        id,
        status: answer.status,
        headers: { ...subHeaders, "Content-Type": "application/json" },
        ...(answer.body === undefined ? {} : { body: answer.body }),
      });
    }
    // Answers may come back in any order (the documented contract); shuffle to keep clients honest.
    for (let i = responses.length - 1; i > 0; i -= 1) {
      const j = Math.floor(faults.random() * (i + 1));
      [responses[i], responses[j]] = [
        responses[j] as (typeof responses)[number],
        responses[i] as (typeof responses)[number],
      ];
    }
    return { status: 200, headers: { "Content-Type": "application/json" }, body: { responses } };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? "GET").toUpperCase();
    if (method === "OPTIONS") {
      const asked = req.headers["access-control-request-headers"];
      // Allow the headers the browser asks for too (the Graph SDK adds its own, e.g. SdkVersion).
      const allowHeaders = [CORS_HEADERS["Access-Control-Allow-Headers"], ...(asked ? [String(asked)] : [])];
      res.writeHead(204, { ...CORS_HEADERS, "Access-Control-Allow-Headers": allowHeaders.join(", ") });
      res.end();
      return;
    }
    stats.requests += 1;
    stats.lastUserAgent = String(req.headers["user-agent"] ?? "");
    const raw = await readBody(req);
    const text = raw.toString("utf8");
    const fault = faults.draw(
      (k) =>
        faults.current.onlyInBatch !== true &&
        k !== "deltaError" &&
        ((k !== "reset" && k !== "truncated" && k !== "shapeless") || method === "GET") &&
        (k !== "lostAnswer" || method !== "GET"),
    );
    if (fault) stats.faults[fault] += 1;
    if (fault === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault === "slow") await new Promise((r) => setTimeout(r, faults.current.slowMs));
    if (fault === "429" || fault === "503" || fault === "504") {
      send(res, faultResponse(fault, faults.current.retryAfterSeconds));
      return;
    }
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    if (url.pathname.startsWith(DOWNLOAD_PREFIX) && method === "GET") {
      send(res, downloadRoute(store, url.pathname, url.searchParams));
      return;
    }
    const auth = String(req.headers.authorization ?? "");
    const token = /^Bearer (.+)$/.exec(auth)?.[1];
    const readOnly = token !== undefined && readOnlyTokens.has(token);
    if (!token || !(tokens.has(token) || readOnly)) {
      send(res, errorResponse(401, "InvalidAuthenticationToken", "Access token is empty or invalid."));
      return;
    }
    const version = "/v1.0";
    if (!url.pathname.startsWith(`${version}/`)) {
      send(res, errorResponse(400, "BadRequest", "Invalid version: use /v1.0"));
      return;
    }
    const path = url.pathname.slice(version.length);
    if (readOnly && method !== "GET" && !(path === "/$batch" && method === "POST")) {
      send(res, accessDenied());
      return;
    }
    const headers = lowerHeaders(req.headers);
    if (path === "/me" && method === "GET") {
      send(res, meResponse(tokenUsers.get(token) ?? DEMO_USER));
      return;
    }
    // Links point at the host the client called (localhost or 127.0.0.1), as Graph's do.
    const host = headers.host;
    const base = routing.ctx as RouteContext;
    const calledHost = host !== undefined && /^[A-Za-z0-9.-]+:\d+$|^\[[0-9a-fA-F:]+\]:\d+$/.test(host);
    const origin = calledHost ? `https://${host}` : new URL(base.baseUrl).origin;
    const drive = driveRoute(store, { method, path, query: url.searchParams, headers, body: raw, origin });
    if (drive) {
      // A lost answer: the write was done, but the connection drops before the client hears of it.
      if (fault === "lostAnswer") req.socket.destroy();
      else send(res, drive);
      return;
    }
    let body: unknown;
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        send(res, errorResponse(400, "BadRequest", "The request body is not valid JSON."));
        return;
      }
    }
    const ctx = calledHost ? { ...base, baseUrl: `https://${host}/v1.0` } : base;
    const answer =
      path === "/$batch" && method === "POST"
        ? ((stats.batches += 1), runBatch(ctx, body, { headers }, readOnly))
        : route(ctx, { method, path, query: url.searchParams, headers, body });
    // A lost answer: the write was done, but the connection drops before the client hears of it.
    if (fault === "lostAnswer") req.socket.destroy();
    else if (fault === "truncated") sendTruncated(res, answer);
    else if (fault === "shapeless")
      send(res, { status: 200, headers: { "Content-Type": "application/json" }, body: {} });
    else send(res, answer);
  };

  const server: Server = createServer(
    { key: certificate.key, cert: certificate.cert, keepAliveTimeout: 30_000 },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) send(res, errorResponse(500, "generalException", (error as Error).message));
      });
    },
  );
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `https://127.0.0.1:${port}/v1.0`;
  routing.ctx = {
    corruptDeltaPage: () => {
      const hit = faults.draw((k) => k === "deltaError") === "deltaError";
      if (hit) stats.faults.deltaError += 1;
      return hit;
    },
    store,
    baseUrl,
    defaultPageSize: options.defaultPageSize ?? 200,
    maxPageSize: options.maxPageSize ?? 5000,
  };
  return {
    baseUrl,
    host: "127.0.0.1",
    certificate,
    store,
    faults,
    get stats() {
      return stats;
    },
    resetStats: () => {
      stats = emptyStats();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
