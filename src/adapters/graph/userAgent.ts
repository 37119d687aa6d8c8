/**
 * The User-Agent decoration Microsoft asks of SharePoint traffic (`NONISV|<Org>|<App>/<version>`),
 * so throttling treats the app as a known client, and the middleware that adds it.
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** Version of the app as sent in the User-Agent (kept equal to package.json by a test). */
export const APP_VERSION = "0.1.0";

/** The User-Agent the tool sends. */
export const USER_AGENT = `NONISV|Politiet|Anskaffelsesplan/${APP_VERSION}`;

/** Sets the User-Agent header on every request (browsers may keep their own; Node sends it). */
export class UserAgentHandler implements Middleware {
  private next?: Middleware;

  constructor(private readonly userAgent: string = USER_AGENT) {}

  /** Adds the header and passes on. */
  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const headers = options.headers;
    if (headers instanceof Headers) headers.set("User-Agent", this.userAgent);
    else
      options.headers = { ...(headers as Record<string, string> | undefined), "User-Agent": this.userAgent };
    if (!this.next) throw new Error("UserAgentHandler must not be the last middleware.");
    await this.next.execute(context);
  }

  /** Sets the next middleware. */
  setNext(next: Middleware): void {
    this.next = next;
  }
}
