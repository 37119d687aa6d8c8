/**
 * Composition helper for the task pane and the browser page: a ListGateway over Graph that sends
 * requests with the browser's fetch and asks `getToken` (the pane's sign-in, or the demo server's
 * fixed token) for every request's bearer token.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { GraphListGateway } from "../graph/graphListGateway";
import { createGraphClient } from "../graph/graphClientFactory";

/** A Graph client for an endpoint that sends with the browser's fetch and `getToken`'s bearer token. */
export function createBrowserGraphClient(baseUrl: string, getToken: () => Promise<string>): Client {
  return createGraphClient({ baseUrl, getToken, fetch: (url, init) => window.fetch(url, init) });
}

/** The gateway for a Graph endpoint (`https://graph.microsoft.com/v1.0` or the demo server's). */
export function createBrowserListGateway(baseUrl: string, getToken: () => Promise<string>): GraphListGateway {
  return new GraphListGateway(createBrowserGraphClient(baseUrl, getToken));
}
