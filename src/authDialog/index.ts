/**
 * Entry point of the Office dialog fallback page (auth-dialog.html): reads client id, tenant and
 * scopes from the dialog URL (kept in sessionStorage across MSAL's redirect), then signs in and
 * messages the token to the task pane (src/adapters/auth/authDialogPage.ts).
 */
import { authConfigFor } from "../adapters/auth/authConfig";
import { runAuthDialogPage } from "../adapters/auth/authDialogPage";
import { resolveAuthDialogParams } from "../adapters/auth/authDialogParams";
import type { DialogMessage } from "../adapters/auth/officeDialogClient";

/** Tells the task pane that the dialog cannot sign in. */
async function sendError(error: string): Promise<void> {
  await Office.onReady();
  const message: DialogMessage = { error };
  Office.context.ui.messageParent(JSON.stringify(message));
}

/** Builds the configuration from the dialog's parameters and runs the sign-in. */
async function main(): Promise<void> {
  const params = resolveAuthDialogParams(window.location.search, window.sessionStorage);
  if (!params) {
    await sendError(
      "The sign-in dialog was opened without a client id (clientId); configure the app registration.",
    );
    return;
  }
  const config = authConfigFor(window.location.href, params.clientId, params.tenant);
  await runAuthDialogPage(params.scopes.length > 0 ? { ...config, scopes: params.scopes } : config);
}

main().catch((error: unknown) => sendError(error instanceof Error ? error.message : String(error)));
