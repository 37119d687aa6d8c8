/**
 * Builds the Microsoft Graph client (@microsoft/microsoft-graph-client 3.0.7) with the tool's
 * middleware chain: bearer token → retry (429/503/504, $batch sub-requests) → User-Agent → fetch.
 * The endpoint's host is registered in customHosts so the token also goes to the demo server.
 */
import { CodedError } from "../../application/codedError";
import {
  AuthenticationHandler,
  Client,
  type AuthenticationProvider,
} from "@microsoft/microsoft-graph-client";
import type { FetchLike } from "./nodeHttpsFetch";
import { ThrottlingRetryHandler, type RetryPolicy } from "./retryHandler";
import { FetchHandler } from "./fetchHandler";
import { UserAgentHandler, USER_AGENT } from "./userAgent";

/** Where and how to talk to Graph. */
export interface GraphConnection {
  /** Base URL with version, e.g. `https://graph.microsoft.com/v1.0` or the demo server's. */
  readonly baseUrl: string;
  /** Returns a bearer token (MSAL in Office, an environment variable in the CLI). */
  readonly getToken: () => Promise<string>;
  /** The transport (Node: createNodeHttpsFetch; browser: window.fetch.bind(window)). */
  readonly fetch: FetchLike;
  readonly retry?: Partial<RetryPolicy>;
  readonly userAgent?: string;
}

/** Splits a Graph base URL into origin and version; only https is accepted. */
export function parseGraphBaseUrl(baseUrl: string): {
  readonly origin: string;
  readonly host: string;
  readonly version: string;
} {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CodedError("graphUrl.invalid", { value: baseUrl });
  }
  if (url.protocol !== "https:") throw new CodedError("graphUrl.notHttps", { value: baseUrl });
  const version = url.pathname.replace(/^\/+|\/+$/g, "");
  if (version === "" || version.includes("/")) throw new CodedError("graphUrl.noVersion", { value: baseUrl });
  return { origin: url.origin, host: url.hostname, version };
}

/** Creates the client. */
export function createGraphClient(connection: GraphConnection): Client {
  const { origin, host, version } = parseGraphBaseUrl(connection.baseUrl);
  const provider: AuthenticationProvider = { getAccessToken: () => connection.getToken() };
  return Client.initWithMiddleware({
    baseUrl: `${origin}/`,
    defaultVersion: version,
    customHosts: new Set([host]),
    middleware: [
      new AuthenticationHandler(provider),
      new ThrottlingRetryHandler(connection.retry),
      new UserAgentHandler(connection.userAgent ?? USER_AGENT),
      new FetchHandler(connection.fetch),
    ],
  });
}
