/**
 * The last middleware of the chain: sends the request with an injected fetch (Node: an https fetch
 * that can trust the demo server's certificate; browser: window.fetch).
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { FetchLike } from "./nodeHttpsFetch";

/** Sends the request with the given fetch and stores the response in the context. */
export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: FetchLike) {}

  /** Performs the request. */
  async execute(context: Context): Promise<void> {
    const url = typeof context.request === "string" ? context.request : context.request.url;
    context.response = await this.fetchImpl(url, context.options as RequestInit);
  }
}
