/**
 * The sign-in redirect URIs of the add-in, in one place: the pages MSAL returns to (the redirect
 * bridge page for popups, silent renewal and the browser page's full redirect; the Office dialog
 * page) and the Nested App Authentication broker URI. The app registration (docs/graph.md, and any
 * script that registers the app) takes its list from `spaRedirectUris`. No browser or Office code:
 * the Node build compiles it too (`dist/node/adapters/auth/redirectUris.js`, for scripts).
 */

/** Paths on the add-in's origin that the app registration must list as SPA redirect URIs. */
export const REDIRECT_PATHS = {
  /** Redirect bridge (src/authRedirect): calls MSAL's broadcastResponseToMainFrame, no office.js. */
  bridge: "/auth-redirect.html",
  /** Office dialog fallback page (src/authDialog): MSAL redirect inside the dialog. */
  dialog: "/auth-dialog.html",
} as const;

/** The page file names webpack emits for the redirect paths (no leading slash). */
export const REDIRECT_PAGE_FILES = Object.values(REDIRECT_PATHS).map((p) => p.slice(1));

/**
 * Every SPA redirect URI for an add-in served from `origin` (e.g. `https://localhost:3000`):
 * the bridge and dialog pages, and `brk-multihub://<host[:port]>` for Nested App Authentication.
 */
export function spaRedirectUris(origin: string): string[] {
  const base = new URL(origin);
  return [
    `${base.origin}${REDIRECT_PATHS.bridge}`,
    `${base.origin}${REDIRECT_PATHS.dialog}`,
    `brk-multihub://${base.host}`,
  ];
}
