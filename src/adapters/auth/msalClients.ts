/**
 * MSAL-backed token clients: Nested App Authentication in Office (createNestablePublicClientApplication)
 * and the standard browser client (silent → popup → redirect). MSAL's cache lives in memory for NAA
 * and in sessionStorage in the browser (redirects need it across one page load); never localStorage.
 */
import {
  BrowserCacheLocation,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { AccessToken, BrowserTokenClient, HostCapabilities, TokenClient } from "./accountManager";
import type { AuthConfig } from "./authConfig";

function toAccessToken(result: AuthenticationResult): AccessToken {
  return {
    token: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 3_000_000,
  };
}

/**
 * Silent sign-in: with a cached account, acquireTokenSilent; otherwise, with the Office user's login
 * hint (Excel on the web needs it), ssoSilent; with neither, interaction is needed.
 */
async function silent(
  pca: IPublicClientApplication,
  scopes: readonly string[],
  loginHint: string | undefined,
): Promise<AccessToken | undefined> {
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  try {
    let result: AuthenticationResult;
    if (account) result = await pca.acquireTokenSilent({ scopes: [...scopes], account });
    else if (loginHint) result = await pca.ssoSilent({ scopes: [...scopes], loginHint });
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

/** NAA client for Excel (and other hosts reporting NestedAppAuth 1.1). */
export async function createNaaClient(config: AuthConfig): Promise<TokenClient> {
  const pca = await createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority },
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
  });
  const loginHint = await officeLoginHint();
  return {
    acquireSilent: (scopes) => silent(pca, scopes, loginHint),
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

/** Standard client for the plain browser page; call once at start-up (handles a returning redirect). */
export async function createBrowserClient(config: AuthConfig): Promise<BrowserTokenClient> {
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.redirectUri },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  });
  const returning = await pca.handleRedirectPromise();
  if (returning) pca.setActiveAccount(returning.account);
  return {
    acquireSilent: (scopes) => silent(pca, scopes, undefined),
    acquireInteractive: async (scopes) => {
      const result = await pca.acquireTokenPopup({ scopes: [...scopes] });
      pca.setActiveAccount(result.account);
      return toAccessToken(result);
    },
    acquireRedirect: (scopes) => pca.acquireTokenRedirect({ scopes: [...scopes] }),
  };
}

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
