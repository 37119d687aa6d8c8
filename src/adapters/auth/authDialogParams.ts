/**
 * What the Office dialog fallback page needs to sign in (client id, tenant, scopes) and how it gets
 * there: the task pane puts it in the dialog URL's query string; the page keeps it in the dialog's
 * sessionStorage before MSAL redirects away, because the redirect brings the page back to
 * auth-dialog.html without that query string. Client id, tenant and scopes are not secrets.
 */

/** The sign-in parameters of one dialog. */
export interface AuthDialogParams {
  readonly clientId: string;
  /** Tenant id or `organizations`. */
  readonly tenant: string;
  /** Scopes to ask for; empty when the page should use its configured default. */
  readonly scopes: readonly string[];
}

/** The part of the Web Storage API the dialog page uses (sessionStorage in the page). */
export interface SessionKeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** sessionStorage key the parameters are kept under across the redirect. */
export const AUTH_DIALOG_PARAMS_KEY = "anskaffelsesplan.authDialog.params";

/** Query string (without `?`) for the dialog URL: `clientId`, `tenant` and space-separated `scopes`. */
export function authDialogQuery(params: AuthDialogParams): string {
  return new URLSearchParams({
    clientId: params.clientId,
    tenant: params.tenant,
    scopes: params.scopes.join(" "),
  }).toString();
}

function splitScopes(text: string | null | undefined): string[] {
  return (text ?? "").split(" ").filter((s) => s.length > 0);
}

function fromStorage(text: string | null): AuthDialogParams | undefined {
  if (text === null) return undefined;
  try {
    const v = JSON.parse(text) as Partial<Record<keyof AuthDialogParams, unknown>> | null;
    if (!v || typeof v.clientId !== "string" || !v.clientId || typeof v.tenant !== "string") return undefined;
    const scopes = Array.isArray(v.scopes) ? v.scopes.filter((s): s is string => typeof s === "string") : [];
    return { clientId: v.clientId, tenant: v.tenant || "organizations", scopes };
  } catch {
    return undefined;
  }
}

/**
 * The dialog's parameters: from the query string when it names a client id (first load; they are
 * then saved to `storage`), otherwise from `storage` (back from the MSAL redirect). Undefined when
 * neither has a client id.
 */
export function resolveAuthDialogParams(
  search: string,
  storage: SessionKeyValueStorage,
): AuthDialogParams | undefined {
  const query = new URLSearchParams(search);
  const clientId = query.get("clientId")?.trim();
  if (clientId) {
    const params: AuthDialogParams = {
      clientId,
      tenant: query.get("tenant")?.trim() || "organizations",
      scopes: splitScopes(query.get("scopes")),
    };
    storage.setItem(AUTH_DIALOG_PARAMS_KEY, JSON.stringify(params));
    return params;
  }
  return fromStorage(storage.getItem(AUTH_DIALOG_PARAMS_KEY));
}
