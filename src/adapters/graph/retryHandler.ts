/**
 * Retry middleware for Graph: 429, 503 and 504 are retried honouring Retry-After (seconds, possibly
 * fractional), otherwise with exponential back-off; every wait gets random jitter and the number of
 * retries is bounded. Throttled sub-requests inside a $batch (which the SDK does not retry) are sent
 * again in a smaller batch and their answers merged into the original response. Network failures
 * (resets, timeouts) are retried only for idempotent calls: GET/HEAD/PUT/DELETE, conditional writes
 * (If-Match), and batches made only of such requests.
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** Retry settings. */
export interface RetryPolicy {
  /** Retries after the first attempt (per request, and per sub-request of a batch). */
  readonly maxRetries: number;
  /** First back-off when the answer has no Retry-After (doubles each retry). */
  readonly baseDelayMs: number;
  /** No wait is longer than this. */
  readonly maxDelayMs: number;
  /** Random extra wait, as a share of the wait (0.2 = up to +20 %). */
  readonly jitter: number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
}

/** Sleeps, waking early (rejecting) when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error("Aborted"));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error("Aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Defaults: 6 retries, 0.5 s doubling back-off, at most 60 s per wait, 20 % jitter. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 6,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  jitter: 0.2,
  sleep: abortableSleep,
  random: Math.random,
};

const RETRY_STATUSES = new Set([429, 503, 504]);
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const TRANSIENT_CODES = new Set([
  "ECONNRESET",
  "ETIMEDOUT",
  "ECONNREFUSED",
  "EPIPE",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "EAI_AGAIN",
]);

/** A batch sub-request as sent. */
interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly headers?: Record<string, string>;
  readonly dependsOn?: string[];
  [key: string]: unknown;
}

/** A batch sub-response. */
interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers as Record<string, string>))
    if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** Retry-After in milliseconds (seconds, possibly fractional, or an HTTP date), if given. */
export function retryAfterMs(value: string | undefined | null, now: number = Date.now()): number | undefined {
  if (value === undefined || value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function isTransient(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string }; name?: string };
  if (e?.name === "AbortError") return false;
  return TRANSIENT_CODES.has(e?.code ?? "") || TRANSIENT_CODES.has(e?.cause?.code ?? "");
}

function isBatchUrl(url: string): boolean {
  return /\/\$batch(\?|$)/.test(url);
}

function subRequestIsIdempotent(r: SubRequest): boolean {
  return IDEMPOTENT_METHODS.has(r.method.toUpperCase()) || headerOf(r.headers, "If-Match") !== undefined;
}

/** The retry middleware (place it after authentication, before the transport). */
export class ThrottlingRetryHandler implements Middleware {
  private next?: Middleware;
  private readonly policy: RetryPolicy;

  constructor(policy: Partial<RetryPolicy> = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  /** Sets the next middleware. */
  setNext(next: Middleware): void {
    this.next = next;
  }

  private wait(baseMs: number, signal: AbortSignal | undefined): Promise<void> {
    const capped = Math.min(baseMs, this.policy.maxDelayMs);
    return this.policy.sleep(capped + capped * this.policy.jitter * this.policy.random(), signal);
  }

  private backoff(attempt: number): number {
    return this.policy.baseDelayMs * 2 ** attempt;
  }

  /** Sends once, retrying whole-request failures. */
  private async send(context: Context, idempotent: boolean): Promise<void> {
    const next = this.next;
    if (!next) throw new Error("ThrottlingRetryHandler must not be the last middleware.");
    const signal = (context.options?.signal ?? undefined) as AbortSignal | undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await next.execute(context);
      } catch (error) {
        if (!idempotent || attempt >= this.policy.maxRetries || !isTransient(error) || signal?.aborted)
          throw error;
        await this.wait(this.backoff(attempt), signal);
        continue;
      }
      const response = context.response as Response;
      const retryable = response.status === 504 ? idempotent : RETRY_STATUSES.has(response.status);
      if (!retryable || attempt >= this.policy.maxRetries) return;
      await this.wait(retryAfterMs(response.headers.get("Retry-After")) ?? this.backoff(attempt), signal);
    }
  }

  /** Runs the request; for a $batch also retries throttled sub-requests. */
  async execute(context: Context): Promise<void> {
    const method = (context.options?.method ?? "GET").toUpperCase();
    const url = typeof context.request === "string" ? context.request : context.request.url;
    const body = context.options?.body;
    let requests: SubRequest[] | undefined;
    if (method === "POST" && isBatchUrl(url) && typeof body === "string") {
      requests = (JSON.parse(body) as { requests?: SubRequest[] }).requests;
    }
    const idempotent =
      IDEMPOTENT_METHODS.has(method) ||
      headerOf(context.options?.headers, "If-Match") !== undefined ||
      (requests !== undefined && requests.every(subRequestIsIdempotent));
    await this.send(context, idempotent);
    if (requests && (context.response as Response).status === 200)
      await this.retrySubRequests(context, requests);
  }

  private async retrySubRequests(context: Context, requests: SubRequest[]): Promise<void> {
    const first = context.response as Response;
    const answers = new Map<string, SubResponse>();
    for (const r of ((await first.json()) as { responses: SubResponse[] }).responses) answers.set(r.id, r);
    const signal = (context.options?.signal ?? undefined) as AbortSignal | undefined;
    const byId = new Map(requests.map((r) => [r.id, r]));
    const shouldRetry = (a: SubResponse): boolean => {
      const r = byId.get(a.id);
      return r !== undefined && (a.status === 504 ? subRequestIsIdempotent(r) : RETRY_STATUSES.has(a.status));
    };
    const originalBody = context.options?.body;
    for (let attempt = 0; attempt < this.policy.maxRetries; attempt += 1) {
      const again = [...answers.values()].filter(shouldRetry);
      if (again.length === 0) break;
      const delays = again.map(
        (a) => retryAfterMs(headerOf(a.headers, "Retry-After")) ?? this.backoff(attempt),
      );
      await this.wait(Math.max(...delays), signal);
      const ids = new Set(again.map((a) => a.id));
      const subset = requests
        .filter((r) => ids.has(r.id))
        .map((r) => {
          const dependsOn = r.dependsOn?.filter((d) => ids.has(d));
          const { dependsOn: _drop, ...rest } = r;
          return dependsOn && dependsOn.length > 0 ? { ...rest, dependsOn } : rest;
        });
      (context.options as RequestInit).body = JSON.stringify({ requests: subset });
      try {
        await this.send(
          context,
          subset.every((r) => subRequestIsIdempotent(r as SubRequest)),
        );
      } catch {
        break; // the retry could not be sent; the throttled answers stand and the caller sees them
      }
      const response = context.response as Response;
      if (response.status !== 200) break; // the whole retry failed; keep the throttled answers
      for (const r of ((await response.json()) as { responses: SubResponse[] }).responses)
        answers.set(r.id, r);
    }
    (context.options as RequestInit).body = originalBody;
    const headers = new Headers(first.headers);
    headers.delete("content-length");
    context.response = new Response(JSON.stringify({ responses: [...answers.values()] }), {
      status: 200,
      headers,
    });
  }
}
