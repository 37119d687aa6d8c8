/**
 * One AccountManager that gets a Graph token the best way the host allows (after the SSO-NAA
 * sample): in Excel with NestedAppAuth 1.1, NAA silent → NAA popup; else the Office dialog with
 * MSAL inside; in a plain browser, MSAL silent → popup (through the redirect bridge page) →
 * redirect. After any silent failure but a cancel or a lost network the interactive window follows
 * (Microsoft's NAA guidance); a cancel never opens a second window (authErrors.ts decides on MSAL's
 * error codes). Project has neither NAA nor Office SSO: the dialog is tried when the DialogApi set
 * is reported, and otherwise the manager says clearly that sign-in is unavailable there. Tokens are kept in memory only (MSAL's own cache is
 * memory or sessionStorage, see msalClients.ts).
 */

import { classifyAuthError, stopsAfterSilentFailure } from "./authErrors";

/** What the host offers, as detected at start-up. */
export interface HostCapabilities {
  /** `Excel`, `Project`, ... from Office.onReady; null outside Office. */
  readonly host: string | null;
  /** `Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')`. */
  readonly nestedAppAuth: boolean;
  /** `Office.context.requirements.isSetSupported('DialogApi', '1.1')`. */
  readonly dialogApi: boolean;
}

/** A token with its expiry. */
export interface AccessToken {
  readonly token: string;
  /** Epoch milliseconds. */
  readonly expiresOn: number;
}

/** A way to get tokens: silent (may give undefined when interaction is needed) and interactive. */
export interface TokenClient {
  acquireSilent(scopes: readonly string[]): Promise<AccessToken | undefined>;
  acquireInteractive(scopes: readonly string[]): Promise<AccessToken>;
}

/** A browser client that can also fall back to a full-page redirect (popup blocked). */
export interface BrowserTokenClient extends TokenClient {
  /** Starts a redirect; the page reloads and the token arrives through handleRedirect. */
  acquireRedirect(scopes: readonly string[]): Promise<void>;
}

/** Sign-in route the manager uses on this host. */
export type AuthRoute = "naa" | "dialog" | "browser" | "unavailable";

/** Thrown when no sign-in route exists on the host (message key for the UI catalogue). */
export class SignInUnavailableError extends Error {
  constructor(
    readonly messageKey: "auth.unavailable.project" | "auth.unavailable.host",
    readonly host: string | null,
  ) {
    super(`Sign-in is not available in ${host ?? "this host"} (${messageKey}).`);
    this.name = "SignInUnavailableError";
  }
}

/** Thrown when the user cancelled sign-in (or closed the window): nothing more is opened. */
export class SignInCancelledError extends Error {
  readonly messageKey = "auth.cancelled";
  constructor(cause: unknown) {
    super("Sign-in was cancelled or the sign-in window was closed.", { cause });
    this.name = "SignInCancelledError";
  }
}

/** Thrown while the page leaves for the sign-in redirect (popup blocked); shown in the user's language. */
export class SignInRedirectingError extends Error {
  readonly messageKey = "auth.redirecting";
  constructor() {
    super("Redirecting to sign in…");
    this.name = "SignInRedirectingError";
  }
}

/** The route for a host's capabilities. */
export function routeFor(capabilities: HostCapabilities): AuthRoute {
  if (capabilities.host === null) return "browser";
  if (capabilities.nestedAppAuth) return "naa";
  if (capabilities.dialogApi) return "dialog";
  return "unavailable";
}

/** The clients the manager may use; only those the route needs are created, each once. */
export interface AccountManagerDeps {
  readonly capabilities: HostCapabilities;
  readonly naa?: () => Promise<TokenClient>;
  readonly dialog?: () => Promise<TokenClient>;
  readonly browser?: () => Promise<BrowserTokenClient>;
  readonly now?: () => number;
}

type ClientName = "naa" | "dialog" | "browser";

/** Gets tokens; caches them in memory until a minute before they expire. */
export class AccountManager {
  private readonly cache = new Map<string, AccessToken>();
  private readonly clients = new Map<ClientName, Promise<TokenClient>>();
  private readonly now: () => number;

  constructor(private readonly deps: AccountManagerDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The route this host uses. */
  get route(): AuthRoute {
    return routeFor(this.deps.capabilities);
  }

  /** A token for the scopes; throws SignInUnavailableError where no route exists. */
  async getToken(scopes: readonly string[]): Promise<string> {
    const key = [...scopes].sort().join(" ");
    const cached = this.cache.get(key);
    if (cached && cached.expiresOn - 60_000 > this.now()) return cached.token;
    const token = await this.acquire(scopes);
    this.cache.set(key, token);
    return token.token;
  }

  /**
   * A token only if one can be had without any window (cache, NAA silent, MSAL silent/SSO);
   * undefined when the user would have to sign in (any silent failure but a lost network, which
   * is thrown), or where the host has no route.
   */
  async getTokenSilently(scopes: readonly string[]): Promise<string | undefined> {
    const key = [...scopes].sort().join(" ");
    const cached = this.cache.get(key);
    if (cached && cached.expiresOn - 60_000 > this.now()) return cached.token;
    const name = this.route === "naa" || this.route === "browser" ? this.route : undefined;
    if (!name || !this.deps[name]) return undefined;
    let token: AccessToken | undefined;
    try {
      token = await (await this.client(name)).acquireSilent(scopes);
    } catch (error) {
      if (classifyAuthError(error) === "noNetwork") throw error;
      return undefined;
    }
    if (token) this.cache.set(key, token);
    return token?.token;
  }

  /** Forgets every token (sign-out of the tool). */
  clear(): void {
    this.cache.clear();
  }

  private async acquire(scopes: readonly string[]): Promise<AccessToken> {
    switch (this.route) {
      case "naa":
        return this.acquireNaa(scopes);
      case "dialog": {
        const dialog = await this.client("dialog");
        return (await dialog.acquireSilent(scopes)) ?? dialog.acquireInteractive(scopes);
      }
      case "browser":
        return this.acquireBrowser(scopes);
      default:
        throw new SignInUnavailableError(
          this.deps.capabilities.host === "Project" ? "auth.unavailable.project" : "auth.unavailable.host",
          this.deps.capabilities.host,
        );
    }
  }

  /** NAA silent → NAA popup; a popup that fails for another reason than a cancel → the dialog. */
  private async acquireNaa(scopes: readonly string[]): Promise<AccessToken> {
    const naa = await this.client("naa");
    const silent = await silentOrStop(naa, scopes);
    if (silent) return silent;
    try {
      return await naa.acquireInteractive(scopes);
    } catch (error) {
      const failure = classifyAuthError(error);
      if (failure === "cancelled") throw new SignInCancelledError(error);
      if (failure === "noNetwork" || !this.deps.capabilities.dialogApi || !this.deps.dialog) throw error;
      return (await this.client("dialog")).acquireInteractive(scopes);
    }
  }

  /** MSAL silent → popup through the redirect bridge → full-page redirect when the popup is blocked. */
  private async acquireBrowser(scopes: readonly string[]): Promise<AccessToken> {
    const browser = (await this.client("browser")) as BrowserTokenClient;
    const silent = await silentOrStop(browser, scopes);
    if (silent) return silent;
    try {
      return await browser.acquireInteractive(scopes);
    } catch (error) {
      const failure = classifyAuthError(error);
      // MSAL 5 cannot see a closed popup: the bridge times out instead. Either way: no new window.
      if (failure === "cancelled" || failure === "timedOut") throw new SignInCancelledError(error);
      if (failure !== "popupBlocked") throw error;
      await browser.acquireRedirect(scopes);
      throw new SignInRedirectingError();
    }
  }

  /** The route's client, built once (a failed build is forgotten so the next call tries again). */
  private client(name: ClientName): Promise<TokenClient> {
    let client = this.clients.get(name);
    if (!client) {
      const factory = this.deps[name];
      if (!factory) return Promise.reject(new Error(`No ${name} token client configured.`));
      client = factory();
      this.clients.set(name, client);
      client.catch(() => this.clients.delete(name));
    }
    return client;
  }
}

/**
 * The silent attempt: a token, or undefined when a window should follow, which is after any
 * failure but a cancel (SignInCancelledError) or a lost network (rethrown).
 */
async function silentOrStop(
  client: TokenClient,
  scopes: readonly string[],
): Promise<AccessToken | undefined> {
  try {
    return await client.acquireSilent(scopes);
  } catch (error) {
    if (!stopsAfterSilentFailure(error)) return undefined;
    if (classifyAuthError(error) === "cancelled") throw new SignInCancelledError(error);
    throw error;
  }
}
