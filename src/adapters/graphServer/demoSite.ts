/**
 * Where the demo tenant's lists live on the Graph-compatible server (no imports: the browser page
 * uses it too).
 */

/** Host, path and title of the demo site. */
export const DEMO_SITE = {
  hostname: "politiet.sharepoint.com",
  path: "sites/anskaffelser",
  displayName: "Anskaffelser (demo)",
};

/** The demo site's URL, as a coordinator would paste it. */
export const DEMO_SITE_URL = `https://${DEMO_SITE.hostname}/${DEMO_SITE.path}`;

/** The bearer token the demo server accepts (no Microsoft sign-in on the demo tenant). */
export const DEMO_TOKEN = "demo-token";

/** The account `GET /me` names for the demo token (the demo tenant's coordinator). */
export const DEMO_USER = "koordinator@politiet.no";
