/**
 * Composition helper for the task pane and the browser page: a ListGateway over Graph that sends
 * requests with the browser's fetch and asks `getToken` (the pane's sign-in, or the demo server's
 * fixed token) for every request's bearer token.
 */
import { GraphListGateway } from "../graph/graphListGateway";
import { createGraphClient } from "../graph/graphClientFactory";

/** The gateway for a Graph endpoint (`https://graph.microsoft.com/v1.0` or the demo server's). */
export function createBrowserListGateway(baseUrl: string, getToken: () => Promise<string>): GraphListGateway {
  const client = createGraphClient({
    baseUrl,
    getToken,
    fetch: (url, init) => window.fetch(url, init),
  });
  return new GraphListGateway(client);
}
