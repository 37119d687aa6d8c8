/**
 * MSAL-backed token clients: Nested App Authentication in Office (createNestablePublicClientApplication)
 * and the standard browser client (silent → popup → redirect). Popups, silent renewal (hidden
 * iframe) and the browser page's redirect all come back through the redirect bridge page
 * (`config.redirectUri`, src/authRedirect), which hands MSAL's response to this page. MSAL's cache
 * lives in memory for NAA and in sessionStorage in the browser (redirects need it across one page
 * load); never localStorage. Each client is built once per app registration (AccountManager).
 */
import {
  BrowserCacheLocation,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type BrowserAuthOptions,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { AccessToken, BrowserTokenClient, TokenClient } from "./accountManager";
import type { AuthConfig } from "./authConfig";

function toAccessToken(result: AuthenticationResult): AccessToken {
  return {
    token: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 3_000_000,
  };
}

/**
 * Silent sign-in: with a cached account, acquireTokenSilent; otherwise, with the Office user's login
 * hint (Excel on the web needs it), ssoSilent; otherwise under NAA acquireTokenSilent without an
 * account (the host's signed-in account, as in Microsoft's NAA sample); in the browser, with
 * none of these, interaction is needed. InteractionRequiredAuthError gives undefined; every other
 * error is passed on for the AccountManager to decide (authErrors.ts).
 */
async function silent(
  pca: IPublicClientApplication,
  scopes: readonly string[],
  loginHint: string | undefined,
  hostAccount: boolean,
): Promise<AccessToken | undefined> {
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  try {
    let result: AuthenticationResult;
    if (account) result = await pca.acquireTokenSilent({ scopes: [...scopes], account });
    else if (loginHint) result = await pca.ssoSilent({ scopes: [...scopes], loginHint });
    else if (hostAccount) result = await pca.acquireTokenSilent({ scopes: [...scopes] });
    else return undefined;
    pca.setActiveAccount(result.account);
    return toAccessToken(result);
  } catch (error) {
    if (error instanceof InteractionRequiredAuthError) return undefined;
    throw error;
  }
}

/** The signed-in Office user's UPN (Office.auth.getAuthContext), when the host tells it. */
async function officeLoginHint(): Promise<string | undefined> {
  try {
    if (typeof Office === "undefined" || !Office.auth?.getAuthContext) return undefined;
    return (await Office.auth.getAuthContext()).userPrincipalName || undefined;
  } catch {
    return undefined;
  }
}

/** MSAL's auth options for a configuration (the bridge page as redirect URI). */
function authOptions(config: AuthConfig): BrowserAuthOptions {
  return {
    clientId: config.clientId,
    authority: config.authority,
    redirectUri: config.redirectUri,
    ...(config.knownAuthorities ? { knownAuthorities: [...config.knownAuthorities] } : {}),
  };
}

/**
 * NAA client for Excel (and other hosts reporting NestedAppAuth 1.1). Where the host's bridge is
 * missing after all, MSAL falls back to a standard client, which then uses the bridge page too.
 */
export async function createNaaClient(config: AuthConfig): Promise<TokenClient> {
  const pca = await createNestablePublicClientApplication({
    auth: authOptions(config),
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
  });
  const loginHint = await officeLoginHint();
  return {
    acquireSilent: (scopes) => silent(pca, scopes, loginHint, true),
    acquireInteractive: async (scopes) => {
      const result = await pca.acquireTokenPopup({
        scopes: [...scopes],
        ...(loginHint ? { loginHint } : {}),
      });
      pca.setActiveAccount(result.account);
      return toAccessToken(result);
    },
  };
}

/** Tuning of the browser client (the browser test shortens the popup wait). */
export interface BrowserClientOptions {
  /** How long the page waits for the bridge page's answer (MSAL's default: 60 s). */
  readonly popupBridgeTimeoutMs?: number;
}

/**
 * Standard client for the plain browser page; call once at start-up (handles a returning redirect).
 * A popup the user closed is only noticed when `popupBridgeTimeoutMs` has passed (MSAL 5 cannot
 * see it); a new sign-in meanwhile replaces the waiting one (`overrideInteractionInProgress`) instead
 * of failing with interaction_in_progress.
 */
export async function createBrowserClient(
  config: AuthConfig,
  options: BrowserClientOptions = {},
): Promise<BrowserTokenClient> {
  const pca = await createStandardPublicClientApplication({
    auth: authOptions(config),
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    ...(options.popupBridgeTimeoutMs ? { system: { popupBridgeTimeout: options.popupBridgeTimeoutMs } } : {}),
  });
  const returning = await pca.handleRedirectPromise();
  if (returning) pca.setActiveAccount(returning.account);
  return {
    acquireSilent: (scopes) => silent(pca, scopes, undefined, false),
    acquireInteractive: async (scopes) => {
      const result = await pca.acquireTokenPopup({
        scopes: [...scopes],
        overrideInteractionInProgress: true,
      });
      pca.setActiveAccount(result.account);
      return toAccessToken(result);
    },
    acquireRedirect: (scopes) => pca.acquireTokenRedirect({ scopes: [...scopes] }),
  };
}
