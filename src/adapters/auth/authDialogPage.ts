/**
 * Script of the Office dialog fallback page (auth-dialog.html): signs in with MSAL by redirect inside
 * the dialog and sends the token to the task pane with `Office.context.ui.messageParent`.
 * MSAL keeps its state in sessionStorage of the dialog only for the redirect round trip. The entry
 * point (src/authDialog/index.ts) builds the config from the dialog URL's query (authDialogParams.ts).
 */
import { BrowserCacheLocation, createStandardPublicClientApplication } from "@azure/msal-browser";
import type { AuthConfig } from "./authConfig";
import type { DialogMessage } from "./officeDialogClient";

/** Runs the dialog page: completes a returning redirect or starts one for `config.scopes`. */
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
    await pca.acquireTokenRedirect({ scopes: [...config.scopes] });
  } catch (error) {
    send({ error: error instanceof Error ? error.message : String(error) });
  }
}
