/**
 * A plain Graph REST transport for the administrator's one-off calls (the app registration): JSON
 * in and out with the bearer token, over the Node HTTPS fetch (which may trust an extra CA for a
 * local test server). No retries: every step of the registration is checked and may be re-run.
 */
import type { GraphAnswer, GraphCall, GraphTransport } from "../../application/goLive/appRegistration";
import { parseGraphBaseUrl } from "./graphClientFactory";
import type { FetchLike } from "./nodeHttpsFetch";
import { USER_AGENT } from "./userAgent";

/** A transport to `baseUrl` (e.g. `https://graph.microsoft.com/v1.0`) with a fixed token. */
export function createGraphRestTransport(baseUrl: string, token: string, fetch: FetchLike): GraphTransport {
  const { origin, version } = parseGraphBaseUrl(baseUrl);
  return {
    async send(call: GraphCall): Promise<GraphAnswer> {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        Accept: "application/json",
        "User-Agent": USER_AGENT,
      };
      if (call.body !== undefined) headers["Content-Type"] = "application/json";
      const response = await fetch(`${origin}/${version}${call.path}`, {
        method: call.method,
        headers,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        // Not JSON: the text stands as the answer.
      }
      return { status: response.status, body };
    },
  };
}
