/**
 * Script of the Office dialog fallback page (auth-dialog.html): signs in with MSAL by redirect inside
 * the dialog and sends the token to the task pane with `Office.context.ui.messageParent`.
 * MSAL keeps its state in sessionStorage of the dialog only for the redirect round trip.
 */
import { BrowserCacheLocation, createStandardPublicClientApplication } from "@azure/msal-browser";
import type { AuthConfig } from "./authConfig";
import type { DialogMessage } from "./officeDialogClient";

/** Runs the dialog page: completes a returning redirect or starts one. */
export async function runAuthDialogPage(config: AuthConfig): Promise<void> {
  await Office.onReady();
  const send = (message: DialogMessage): void => Office.context.ui.messageParent(JSON.stringify(message));
  try {
    const pca = await createStandardPublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.dialogUrl },
      cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    });
    const result = await pca.handleRedirectPromise();
    if (result) {
      send({
        token: result.accessToken,
        ...(result.expiresOn ? { expiresOn: result.expiresOn.getTime() } : {}),
      });
      return;
    }
    const scopes = (
      new URLSearchParams(window.location.search).get("scopes") ?? config.scopes.join(" ")
    ).split(" ");
    await pca.acquireTokenRedirect({ scopes });
  } catch (error) {
    send({ error: error instanceof Error ? error.message : String(error) });
  }
}
