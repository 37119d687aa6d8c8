/**
 * The retry middleware with a scripted next middleware (no network): Retry-After honoured with
 * bounded jitter, bounded retries, $batch sub-requests retried alone, resets retried only for
 * idempotent calls. Throttling contract: https://learn.microsoft.com/graph/throttling
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { ThrottlingRetryHandler, retryAfterMs } from "../../../src/adapters/graph/retryHandler";

type Step = ((context: Context) => Response) | Error;

/** A next middleware that answers from a script and records what it was sent. */
class Scripted implements Middleware {
  readonly sent: { method: string; body?: string }[] = [];
  constructor(private readonly steps: Step[]) {}
  async execute(context: Context): Promise<void> {
    this.sent.push({
      method: String(context.options?.method ?? "GET"),
      body: context.options?.body as string | undefined,
    });
    const step = this.steps.shift();
    if (!step) throw new Error("script exhausted");
    if (step instanceof Error) throw step;
    context.response = step(context);
  }
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json", ...headers },
    });
const reset = () => Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

function handler(steps: Step[], maxRetries = 3) {
  const sleeps: number[] = [];
  const h = new ThrottlingRetryHandler({
    maxRetries,
    baseDelayMs: 100,
    jitter: 0.2,
    random: () => 1,
    sleep: async (ms) => void sleeps.push(ms),
  });
  const next = new Scripted(steps);
  h.setNext(next);
  return { h, next, sleeps };
}

const ctx = (
  method: string,
  url = "https://graph.microsoft.com/v1.0/sites/x",
  body?: string,
  headers: Record<string, string> = {},
): Context => ({
  request: url,
  options: { method, headers, ...(body !== undefined ? { body } : {}) },
});

describe("ThrottlingRetryHandler", () => {
  it("honours a fractional Retry-After, with jitter of at most 20 %", async () => {
    const { h, sleeps } = handler([json(429, {}, { "Retry-After": "0.5" }), json(200, { ok: true })]);
    const c = ctx("GET");
    await h.execute(c);
    expect(c.response?.status).toBe(200);
    expect(sleeps).toEqual([600]);
    expect(retryAfterMs("2")).toBe(2000);
  });

  it("gives up after the bounded number of retries and returns the last answer", async () => {
    const { h, next } = handler([json(503, {}), json(503, {}), json(503, {}), json(503, {}), json(200, {})]);
    const c = ctx("GET");
    await h.execute(c);
    expect(c.response?.status).toBe(503);
    expect(next.sent).toHaveLength(4);
  });

  it("retries resets of GETs and conditional writes, but not of plain POSTs", async () => {
    const get = handler([reset(), json(200, {})]);
    await get.h.execute(ctx("GET"));
    expect(get.next.sent).toHaveLength(2);
    const conditional = handler([reset(), json(200, {})]);
    await conditional.h.execute(ctx("PATCH", undefined, "{}", { "If-Match": '"x,1"' }));
    expect(conditional.next.sent).toHaveLength(2);
    const post = handler([reset(), json(201, {})]);
    await expect(post.h.execute(ctx("POST", undefined, "{}"))).rejects.toThrow("socket hang up");
    expect(post.next.sent).toHaveLength(1);
  });

  it("does not retry a 504 of a non-idempotent write", async () => {
    const { h, next } = handler([json(504, {}), json(201, {})]);
    const c = ctx("POST", undefined, "{}");
    await h.execute(c);
    expect(c.response?.status).toBe(504);
    expect(next.sent).toHaveLength(1);
  });

  it("re-sends only the throttled sub-requests of a $batch and merges the answers", async () => {
    const requests = [1, 2, 3].map((i) => ({
      id: String(i),
      method: "PATCH",
      url: `/sites/s/lists/l/items/${i}/fields`,
      headers: { "If-Match": `"e,${i}"`, "Content-Type": "application/json" },
      body: {},
    }));
    const { h, next, sleeps } = handler([
      json(200, {
        responses: [
          { id: "3", status: 200, body: { v: 3 } },
          { id: "2", status: 429, headers: { "Retry-After": "0.25" } },
          { id: "1", status: 200, body: { v: 1 } },
        ],
      }),
      json(200, { responses: [{ id: "2", status: 200, body: { v: 2 } }] }),
    ]);
    const c = ctx("POST", "https://graph.microsoft.com/v1.0/$batch", JSON.stringify({ requests }));
    await h.execute(c);
    const merged = (await c.response?.json()) as { responses: { id: string; status: number }[] };
    expect(merged.responses.map((r) => [r.id, r.status]).sort()).toEqual([
      ["1", 200],
      ["2", 200],
      ["3", 200],
    ]);
    expect(JSON.parse(next.sent[1]?.body as string).requests.map((r: { id: string }) => r.id)).toEqual(["2"]);
    expect(sleeps).toEqual([300]);
    expect(c.options?.body).toBe(JSON.stringify({ requests }));
  });
});
