/**
 * What an MSAL error means for the sign-in route, decided on MSAL's own exported error codes (never
 * on literal strings): under Nested App Authentication a cancel arrives as
 * `ClientAuthErrorCodes.userCanceled` ("user_canceled", mapped from the host bridge's USER_CANCEL),
 * in the plain browser as `BrowserAuthErrorCodes.userCancelled` ("user_cancelled"). With MSAL 5's
 * redirect bridge a popup the user closes is not seen at all: the opener gets
 * `BrowserAuthErrorCodes.timedOut` once `popupBridgeTimeout` has passed, which the browser route
 * therefore treats as "not completed" too.
 */
import { BrowserAuthErrorCodes, ClientAuthErrorCodes } from "@azure/msal-browser";

/** How a sign-in step failed, as far as the route cares. */
export type AuthFailure = "cancelled" | "noNetwork" | "popupBlocked" | "timedOut" | "other";

const CANCELLED: ReadonlySet<string> = new Set([
  ClientAuthErrorCodes.userCanceled,
  BrowserAuthErrorCodes.userCancelled,
]);
const NO_NETWORK: ReadonlySet<string> = new Set([
  ClientAuthErrorCodes.noNetworkConnectivity,
  BrowserAuthErrorCodes.noNetworkConnectivity,
]);
const POPUP_BLOCKED: ReadonlySet<string> = new Set([
  BrowserAuthErrorCodes.popupWindowError,
  BrowserAuthErrorCodes.emptyWindowError,
]);

/** The MSAL error code of an error (`AuthError.errorCode`), or "" for anything else. */
export function authErrorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null | undefined)?.errorCode;
  return typeof code === "string" ? code : "";
}

/** Classifies an error thrown by MSAL (or by a token client passing MSAL's error on). */
export function classifyAuthError(error: unknown): AuthFailure {
  const code = authErrorCode(error);
  if (CANCELLED.has(code)) return "cancelled";
  if (NO_NETWORK.has(code)) return "noNetwork";
  if (POPUP_BLOCKED.has(code)) return "popupBlocked";
  if (code === BrowserAuthErrorCodes.timedOut) return "timedOut";
  return "other";
}

/**
 * True when a failed silent attempt must not be followed by a window: the user said no, or there
 * is no network (a popup could not load either). Every other silent failure goes interactive
 * (Microsoft's NAA guidance: "When the acquireTokenSilent fails, you need to call the interactive
 * acquireTokenPopup").
 */
export function stopsAfterSilentFailure(error: unknown): boolean {
  const failure = classifyAuthError(error);
  return failure === "cancelled" || failure === "noNetwork";
}
