/**
 * Sign-in of the task pane and the browser page: the demo server's fixed token for the demo
 * endpoint, otherwise one AccountManager per app registration (NAA → Office dialog in Office,
 * MSAL popup → redirect in a plain browser; Project without a route gets a clear message).
 * Tokens stay in memory (MSAL's own cache: memory for NAA, sessionStorage in the browser).
 */
import type { PaneSettings, PaneSignIn, PaneSignInRoute } from "../../application/pane/paneSettings";
import {
  AccountManager,
  type BrowserTokenClient,
  type HostCapabilities,
  type TokenClient,
} from "./accountManager";
import { authConfigFor, type AuthConfig } from "./authConfig";
import { createOfficeDialogClient } from "./officeDialogClient";

/** Thrown when signing in needs a setting the coordinator has not filled in. */
export class SignInSettingsError extends Error {
  constructor(readonly messageKey: "pane.auth.noClientId") {
    super("Enter the app registration's client ID before signing in.");
    this.name = "SignInSettingsError";
  }
}

/** What the pane's sign-in needs to know about where it runs. */
export interface PaneSignInOptions {
  /** Where the pane is served: its page URL or folder (redirect URI and dialog page live in that folder). */
  readonly base: string;
  readonly capabilities: HostCapabilities;
  /** The demo server's base URL (from `?graph=`), whose fixed token needs no sign-in. */
  readonly demoGraphUrl?: string;
  readonly demoToken?: string;
  /** Token clients per app registration; MSAL's by default (tests pass fakes). */
  readonly clients?: TokenClientFactories;
}

/** Makes the token clients of one app registration. */
export interface TokenClientFactories {
  readonly naa: (config: AuthConfig) => Promise<TokenClient>;
  readonly dialog: (config: AuthConfig) => TokenClient;
  readonly browser: (config: AuthConfig) => Promise<BrowserTokenClient>;
}

/** MSAL's clients, loaded (a chunk of their own) when a sign-in first needs one. */
const MSAL_CLIENTS: TokenClientFactories = {
  naa: async (config) =>
    (await import(/* webpackChunkName: "msal" */ "./msalClients")).createNaaClient(config),
  dialog: createOfficeDialogClient,
  browser: async (config) =>
    (await import(/* webpackChunkName: "msal" */ "./msalClients")).createBrowserClient(config),
};

/** The pane's sign-in plus the token source the Graph gateways use. */
export interface PaneAuth extends PaneSignIn {
  /** A bearer token for the settings' endpoint (signs in when needed). */
  getToken(settings: PaneSettings): Promise<string>;
  /** A token without opening any window; undefined when the user must sign in first. */
  getTokenSilently(settings: PaneSettings): Promise<string | undefined>;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, "");

/** Builds the pane's sign-in. */
export function createPaneAuth(options: PaneSignInOptions): PaneAuth {
  const managers = new Map<string, { config: AuthConfig; manager: AccountManager }>();
  const signedIn = new Set<string>();
  const isDemo = (s: PaneSettings): boolean =>
    options.demoGraphUrl !== undefined && trimSlash(s.graphBaseUrl) === trimSlash(options.demoGraphUrl);
  const keyOf = (s: PaneSettings): string =>
    `${s.clientId.trim()}|${s.tenantId.trim() || "organizations"}|${s.useSelectedScopes ? "selected" : "all"}`;

  const managerFor = (s: PaneSettings): { config: AuthConfig; manager: AccountManager } => {
    if (s.clientId.trim() === "") throw new SignInSettingsError("pane.auth.noClientId");
    const key = keyOf(s);
    let entry = managers.get(key);
    if (!entry) {
      const config = authConfigFor(
        options.base,
        s.clientId.trim(),
        s.tenantId.trim() || "organizations",
        s.useSelectedScopes,
      );
      const clients = options.clients ?? MSAL_CLIENTS;
      // The manager builds each client once per registration (the browser one also completes a
      // returning redirect when it is built).
      const manager = new AccountManager({
        capabilities: options.capabilities,
        naa: () => clients.naa(config),
        dialog: async () => clients.dialog(config),
        browser: () => clients.browser(config),
      });
      entry = { config, manager };
      managers.set(key, entry);
    }
    return entry;
  };

  const getToken = async (s: PaneSettings): Promise<string> => {
    if (isDemo(s)) return options.demoToken ?? "demo-token";
    const { config, manager } = managerFor(s);
    const token = await manager.getToken(config.scopes);
    signedIn.add(keyOf(s));
    return token;
  };

  return {
    route(s): PaneSignInRoute {
      if (isDemo(s)) return "demo";
      return new AccountManager({ capabilities: options.capabilities }).route;
    },
    unavailableKey: () =>
      options.capabilities.host === "Project" ? "auth.unavailable.project" : "auth.unavailable.host",
    isSignedIn: (s) => isDemo(s) || signedIn.has(keyOf(s)),
    signIn: async (s) => {
      await getToken(s);
    },
    signOut: () => {
      for (const { manager } of managers.values()) manager.clear();
      signedIn.clear();
    },
    getToken,
    getTokenSilently: async (s) => {
      if (isDemo(s)) return options.demoToken ?? "demo-token";
      if (s.clientId.trim() === "") return undefined;
      const { config, manager } = managerFor(s);
      const token = await manager.getTokenSilently(config.scopes);
      if (token !== undefined) signedIn.add(keyOf(s));
      return token;
    },
  };
}
