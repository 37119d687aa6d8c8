/**
 * The sign-in redirect URIs of the add-in, in one place: the pages MSAL returns to (the redirect
 * bridge page for popups, silent renewal and the browser page's full redirect; the Office dialog
 * page) and the Nested App Authentication broker URI. The app registration (docs/graph.md, and any
 * script that registers the app) takes its list from `spaRedirectUris`. No browser or Office code:
 * the Node build compiles it too (`dist/node/application/auth/redirectUris.js`, for scripts).
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
 * The folder the add-in is served from, with a trailing slash: `https://host/` for an origin,
 * `https://host/addin/` for `https://host/addin/` or a page inside it (`…/addin/taskpane.html`).
 */
export function addinFolder(base: string): string {
  const url = new URL(base);
  const folder = url.pathname.endsWith("/") ? url.pathname : url.pathname.replace(/[^/]*$/, "");
  return `${url.origin}${folder}`;
}

/** The URL of a redirect page for an add-in served from `base` (origin, folder or a page in it). */
export function redirectPageUrl(base: string, page: keyof typeof REDIRECT_PATHS): string {
  return `${addinFolder(base)}${REDIRECT_PATHS[page].slice(1)}`;
}

/**
 * Every SPA redirect URI for an add-in served from `base` (e.g. `https://localhost:3000` or
 * `https://anskaffelse.example.no/addin/`): the bridge and dialog pages, and
 * `brk-multihub://<host[:port]>` for Nested App Authentication.
 */
export function spaRedirectUris(base: string): string[] {
  return [
    redirectPageUrl(base, "bridge"),
    redirectPageUrl(base, "dialog"),
    `brk-multihub://${new URL(base).host}`,
  ];
}
