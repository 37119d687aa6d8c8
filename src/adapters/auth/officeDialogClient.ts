/**
 * The Office dialog fallback (parent side): opens the auth dialog page, which signs in with MSAL
 * (redirect inside the dialog) and sends the token back with `Office.context.ui.messageParent`.
 * The dialog URL carries the client id, tenant and scopes (src/authDialog reads them). The token is
 * kept in memory by the AccountManager; the dialog page stores no token.
 */
import { CodedError } from "../../application/codedError";
import type { AccessToken, TokenClient } from "./accountManager";
import { tenantOf, type AuthConfig } from "./authConfig";
import { authDialogQuery } from "./authDialogParams";

/** The message the dialog page sends: a token, or an error text. */
export interface DialogMessage {
  readonly token?: string;
  readonly expiresOn?: number;
  readonly error?: string;
}

/** Opens the dialog and waits for its message. */
function openDialog(url: string): Promise<AccessToken> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new CodedError("signIn.dialogBlocked", { detail: result.error.message }));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let message: DialogMessage;
        try {
          message = JSON.parse((arg as { message: string }).message) as DialogMessage;
        } catch {
          reject(new CodedError("signIn.unreadable"));
          return;
        }
        if (message.token)
          resolve({ token: message.token, expiresOn: message.expiresOn ?? Date.now() + 3_000_000 });
        else reject(new CodedError("signIn.failed", { detail: message.error ?? "–" }));
      });
      // 12006: the user closed the dialog; other codes: the page could not load or navigate.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = (arg as { error?: number }).error;
        reject(
          code === 12006
            ? new CodedError("signIn.closed")
            : new CodedError("signIn.dialogError", { code: String(code) }),
        );
      });
    });
  });
}

/** The URL the dialog opens: the dialog page with `clientId`, `tenant` and `scopes` in the query. */
export function officeDialogUrl(config: AuthConfig, scopes: readonly string[]): string {
  const query = authDialogQuery({ clientId: config.clientId, tenant: tenantOf(config), scopes });
  return `${config.dialogUrl}?${query}`;
}

/** A token client over the Office dialog API (never silent: the dialog is the interaction). */
export function createOfficeDialogClient(config: AuthConfig): TokenClient {
  return {
    acquireSilent: async () => undefined,
    acquireInteractive: (scopes) => openDialog(officeDialogUrl(config, scopes)),
  };
}
