/**
 * One AccountManager that gets a Graph token the best way the host allows (after the SSO-NAA
 * sample): in Excel with NestedAppAuth 1.1, NAA silent → NAA popup; else the Office dialog with
 * MSAL inside; in a plain browser, MSAL silent → popup → redirect. Project has neither NAA nor Office
 * SSO: the dialog is tried when the DialogApi set is reported, and otherwise the manager says
 * clearly that sign-in is unavailable there. Tokens are kept in memory only (MSAL's own cache is
 * memory or sessionStorage, see msalClients.ts).
 */

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

/** True for errors that mean the user closed the window or a popup was blocked. */
export function isPopupBlockedOrCancelled(error: unknown): { blocked: boolean; cancelled: boolean } {
  const code = String((error as { errorCode?: string })?.errorCode ?? "");
  return {
    blocked: code === "popup_window_error" || code === "empty_window_error",
    cancelled: code === "user_cancelled",
  };
}

/** The route for a host's capabilities. */
export function routeFor(capabilities: HostCapabilities): AuthRoute {
  if (capabilities.host === null) return "browser";
  if (capabilities.nestedAppAuth) return "naa";
  if (capabilities.dialogApi) return "dialog";
  return "unavailable";
}

/** The clients the manager may use; only those the route needs are created. */
export interface AccountManagerDeps {
  readonly capabilities: HostCapabilities;
  readonly naa?: () => Promise<TokenClient>;
  readonly dialog?: () => Promise<TokenClient>;
  readonly browser?: () => Promise<BrowserTokenClient>;
  readonly now?: () => number;
}

/** Gets tokens; caches them in memory until a minute before they expire. */
export class AccountManager {
  private readonly cache = new Map<string, AccessToken>();
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
   * undefined when the user would have to sign in, or where the host has no route.
   */
  async getTokenSilently(scopes: readonly string[]): Promise<string | undefined> {
    const key = [...scopes].sort().join(" ");
    const cached = this.cache.get(key);
    if (cached && cached.expiresOn - 60_000 > this.now()) return cached.token;
    const factory =
      this.route === "naa" ? this.deps.naa : this.route === "browser" ? this.deps.browser : undefined;
    if (!factory) return undefined;
    const token = await (await factory()).acquireSilent(scopes);
    if (token) this.cache.set(key, token);
    return token?.token;
  }

  /** Forgets every token (sign-out of the tool). */
  clear(): void {
    this.cache.clear();
  }

  private async acquire(scopes: readonly string[]): Promise<AccessToken> {
    const { capabilities } = this.deps;
    switch (this.route) {
      case "naa": {
        const naa = await this.require(this.deps.naa, "naa");
        const silent = await naa.acquireSilent(scopes);
        if (silent) return silent;
        try {
          return await naa.acquireInteractive(scopes);
        } catch (error) {
          // NAA popup failed for a reason other than the user saying no: try the dialog fallback.
          if (isPopupBlockedOrCancelled(error).cancelled || !capabilities.dialogApi || !this.deps.dialog)
            throw error;
          return (await this.deps.dialog()).acquireInteractive(scopes);
        }
      }
      case "dialog": {
        const dialog = await this.require(this.deps.dialog, "dialog");
        return (await dialog.acquireSilent(scopes)) ?? dialog.acquireInteractive(scopes);
      }
      case "browser": {
        const browser = await this.require(this.deps.browser, "browser");
        const silent = await browser.acquireSilent(scopes);
        if (silent) return silent;
        try {
          return await browser.acquireInteractive(scopes);
        } catch (error) {
          if (!isPopupBlockedOrCancelled(error).blocked) throw error;
          await browser.acquireRedirect(scopes);
          throw new Error("Redirecting to sign in…");
        }
      }
      default:
        throw new SignInUnavailableError(
          capabilities.host === "Project" ? "auth.unavailable.project" : "auth.unavailable.host",
          capabilities.host,
        );
    }
  }

  private async require<T>(factory: (() => Promise<T>) | undefined, name: string): Promise<T> {
    if (!factory) throw new Error(`No ${name} token client configured.`);
    return factory();
  }
}
