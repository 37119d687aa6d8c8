/**
 * Sign-in configuration: the Entra ID app registration (client id, authority), the redirect URIs
 * (redirectUris.ts: the bridge page, the dialog page and `brk-multihub://<origin>` for Nested App
 * Authentication) and the Graph scopes.
 * Least privilege: Sites.Selected (+ Lists.SelectedOperations.Selected for per-list grants) when
 * the tenant grants the app the site/lists; otherwise Sites.ReadWrite.All (delegated, so the
 * user's own SharePoint permissions still apply). See docs/graph.md.
 */

import { redirectPageUrl } from "../../application/auth/redirectUris";

/** Scope sets the tool can ask for. */
export const GRAPH_SCOPES = {
  /** Per-site/per-list grant by an administrator (least privilege). */
  selected: [
    "https://graph.microsoft.com/Sites.Selected",
    "https://graph.microsoft.com/Lists.SelectedOperations.Selected",
  ],
  /** Fallback when no selected grant exists: read and write every site the user can. */
  readWriteAll: ["https://graph.microsoft.com/Sites.ReadWrite.All"],
} as const;

/** The app registration and scopes in use. */
export interface AuthConfig {
  /** Application (client) id of the Entra ID app registration. */
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenant id>` (single tenant) or `/organizations`. */
  readonly authority: string;
  /**
   * SPA redirect URI for popups, silent renewal and the browser page's redirect: the redirect
   * bridge page on the origin that serves the pane (MSAL 5 completes them through it).
   */
  readonly redirectUri: string;
  /** Page opened in the Office dialog fallback (runs MSAL and messages the token back). */
  readonly dialogUrl: string;
  readonly scopes: readonly string[];
  /**
   * Hosts MSAL may trust as authorities besides Microsoft's own (`host[:port]`); empty for Entra ID.
   * Only another OpenID Connect authority (the local one of the browser test) needs it.
   */
  readonly knownAuthorities?: readonly string[];
}

/**
 * Builds the configuration for the add-in served from `base`: an origin (`https://localhost:3000`)
 * or the folder of its pages (`https://anskaffelse.example.no/addin/`); a page URL in it works too.
 */
export function authConfigFor(
  base: string,
  clientId: string,
  tenantId = "organizations",
  useSelectedScopes = false,
): AuthConfig {
  return {
    clientId,
    authority: `https://login.microsoftonline.com/${tenantId}`,
    redirectUri: redirectPageUrl(base, "bridge"),
    dialogUrl: redirectPageUrl(base, "dialog"),
    scopes: useSelectedScopes ? GRAPH_SCOPES.selected : GRAPH_SCOPES.readWriteAll,
  };
}

/** The tenant segment of the configuration's authority (`<tenant id>`, or `organizations`). */
export function tenantOf(config: Pick<AuthConfig, "authority">): string {
  return config.authority.replace(/\/+$/, "").split("/").pop() || "organizations";
}
