/**
 * Composition helper for the task pane and the browser page: a ListGateway over Graph that takes
 * its tokens from the AccountManager and sends requests with the browser's fetch. The demo
 * server's host is trusted like Graph (customHosts) because the base URL names it.
 */
import { GraphListGateway } from "../graph/graphListGateway";
import { createGraphClient } from "../graph/graphClientFactory";
import type { AccountManager } from "./accountManager";

/** The gateway for a Graph endpoint (`https://graph.microsoft.com/v1.0` or the demo server's). */
export function createBrowserListGateway(
  baseUrl: string,
  accounts: AccountManager,
  scopes: readonly string[],
): GraphListGateway {
  const client = createGraphClient({
    baseUrl,
    getToken: () => accounts.getToken(scopes),
    fetch: (url, init) => window.fetch(url, init),
  });
  return new GraphListGateway(client);
}

/** The demo endpoint's fixed token, for the browser page on the demo tenant (no Microsoft sign-in). */
export function createDemoListGateway(baseUrl: string, demoToken: string): GraphListGateway {
  const client = createGraphClient({
    baseUrl,
    getToken: async () => demoToken,
    fetch: (url, init) => window.fetch(url, init),
  });
  return new GraphListGateway(client);
}
