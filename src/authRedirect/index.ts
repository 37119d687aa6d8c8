/**
 * Entry point of the redirect bridge page (auth-redirect.html), the redirect URI of every MSAL
 * flow of the pane and the browser page (src/application/auth/redirectUris.ts): MSAL 5 sends a popup's
 * or a hidden iframe's response back to the page that asked through this page, which hands it on
 * with `broadcastResponseToMainFrame()` (and closes the popup); after a full-page redirect it goes
 * back to the page that started it. Nothing else runs here: no office.js, no React, no token.
 */
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch((error: unknown) => {
  // A page opened without an answer from the identity provider: say so in the page itself.
  document.body.textContent = error instanceof Error ? error.message : String(error);
});
