/**
 * The task pane's ports for the SharePoint panel: the connection settings it edits (no secrets) and
 * the sign-in it drives. The composition root provides both (localStorage + MSAL / the demo token).
 */
import type { SharePointConnection } from "../sharepoint/sharePointWorkspace";

/** Where the lists are and which app registration signs in (saved per workbook/user). */
export interface PaneSettings extends SharePointConnection {
  /** Application (client) id of the Entra ID app registration; empty on the demo server. */
  readonly clientId: string;
  /** Tenant id or `organizations`. */
  readonly tenantId: string;
  /** Ask for Sites.Selected + Lists.SelectedOperations.Selected instead of Sites.ReadWrite.All. */
  readonly useSelectedScopes: boolean;
}

/** How the pane signs in for a Graph endpoint. */
export type PaneSignInRoute = "demo" | "naa" | "dialog" | "browser" | "unavailable";

/** Sign-in as the SharePoint panel sees it. */
export interface PaneSignIn {
  /** The route for these settings (`demo`: the endpoint is the demo server, no sign-in). */
  route(settings: PaneSettings): PaneSignInRoute;
  /** True when a token for these settings is at hand. */
  isSignedIn(settings: PaneSettings): boolean;
  /** Signs in (interactively when needed); rejects with a message for the user. */
  signIn(settings: PaneSettings): Promise<void>;
  /** Message key explaining why sign-in is unavailable on this host (route `unavailable`). */
  unavailableKey(): "auth.unavailable.project" | "auth.unavailable.host";
  /** Forgets the tokens. */
  signOut(): void;
}
