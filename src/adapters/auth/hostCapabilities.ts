/**
 * What the Office host supports for sign-in (Nested App Authentication, the dialog API), read from
 * office.js without loading MSAL: the pane decides its sign-in route before MSAL is needed.
 */
import type { HostCapabilities } from "./accountManager";

/** What the Office host supports (call after Office.onReady). */
export function detectCapabilities(host: string | null): HostCapabilities {
  if (host === null || typeof Office === "undefined")
    return { host: null, nestedAppAuth: false, dialogApi: false };
  const supported = (set: string, version: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return { host, nestedAppAuth: supported("NestedAppAuth", "1.1"), dialogApi: supported("DialogApi", "1.1") };
}
