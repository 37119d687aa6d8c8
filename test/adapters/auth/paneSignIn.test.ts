/**
 * The pane's sign-in: the demo endpoint needs none (fixed token), a real endpoint needs the app
 * registration's client id (error names it), signs in through the host's route with the scopes the
 * coordinator chose, reports signed-in/out, and explains why Project has no sign-in route.
 */
import { createPaneAuth, SignInSettingsError } from "../../../src/adapters/auth/paneSignIn";
import type { AuthConfig } from "../../../src/adapters/auth/authConfig";
import type { AccessToken, BrowserTokenClient } from "../../../src/adapters/auth/accountManager";
import type { PaneSettings } from "../../../src/application/pane/paneSettings";

const DEMO = "https://localhost:3001/v1.0";
const settings = (patch: Partial<PaneSettings> = {}): PaneSettings => ({
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  siteUrl: "https://politiet.sharepoint.com/sites/anskaffelser",
  intakeList: "Anskaffelsesbehov",
  kavList: "KAV-avtaler",
  peopleList: "",
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "",
  useSelectedScopes: false,
  ...patch,
});

function fakeBrowser(seen: { configs: AuthConfig[]; scopes: string[][] }) {
  return async (config: AuthConfig): Promise<BrowserTokenClient> => {
    seen.configs.push(config);
    const issue = (scopes: readonly string[]): AccessToken => {
      seen.scopes.push([...scopes]);
      return { token: `token-for-${config.clientId}`, expiresOn: Date.now() + 3_600_000 };
    };
    return {
      acquireSilent: async () => undefined,
      acquireInteractive: async (scopes) => issue(scopes),
      acquireRedirect: async () => undefined,
    };
  };
}

const unused = {
  naa: async () => {
    throw new Error("NAA must not be used in a browser");
  },
  dialog: () => {
    throw new Error("the dialog must not be used in a browser");
  },
};

describe("pane sign-in", () => {
  it("gives the demo server its fixed token without any sign-in", async () => {
    const auth = createPaneAuth({
      base: "https://localhost:3000",
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
      demoGraphUrl: `${DEMO}/`,
      demoToken: "demo-token",
    });
    const demo = settings({ graphBaseUrl: DEMO, clientId: "" });
    expect(auth.route(demo)).toBe("demo");
    expect(auth.isSignedIn(demo)).toBe(true);
    await expect(auth.getToken(demo)).resolves.toBe("demo-token");
  });

  it("asks for the client id before signing in to a real tenant", async () => {
    const auth = createPaneAuth({
      base: "https://localhost:3000",
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
    });
    const error = await auth.signIn(settings({ clientId: " " })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInSettingsError);
    expect((error as SignInSettingsError).messageKey).toBe("pane.auth.noClientId");
  });

  it("signs in through the browser route with the chosen scopes, then signs out", async () => {
    const seen = { configs: [] as AuthConfig[], scopes: [] as string[][] };
    const auth = createPaneAuth({
      base: "https://localhost:3000",
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
      clients: { ...unused, browser: fakeBrowser(seen) },
    });
    const real = settings();
    expect(auth.route(real)).toBe("browser");
    expect(auth.isSignedIn(real)).toBe(false);
    await auth.signIn(real);
    expect(auth.isSignedIn(real)).toBe(true);
    await expect(auth.getToken(real)).resolves.toBe(`token-for-${real.clientId}`);
    expect(seen.configs[0]?.authority).toBe("https://login.microsoftonline.com/organizations");
    expect(seen.configs[0]?.redirectUri).toBe("https://localhost:3000/auth-redirect.html");
    expect(seen.scopes[0]).toEqual(["https://graph.microsoft.com/Sites.ReadWrite.All"]);

    const selected = settings({ useSelectedScopes: true, tenantId: "politiet.onmicrosoft.com" });
    expect(auth.isSignedIn(selected)).toBe(false);
    await auth.signIn(selected);
    expect(seen.configs[1]?.authority).toBe("https://login.microsoftonline.com/politiet.onmicrosoft.com");
    expect(seen.scopes.at(-1)).toEqual([
      "https://graph.microsoft.com/Sites.Selected",
      "https://graph.microsoft.com/Lists.SelectedOperations.Selected",
    ]);

    auth.signOut();
    expect(auth.isSignedIn(real)).toBe(false);
    expect(auth.isSignedIn(selected)).toBe(false);
  });

  it("says why Project has no sign-in route, and uses the dialog where the host has one", () => {
    const project = createPaneAuth({
      base: "https://localhost:3000",
      capabilities: { host: "Project", nestedAppAuth: false, dialogApi: false },
    });
    expect(project.route(settings())).toBe("unavailable");
    expect(project.unavailableKey()).toBe("auth.unavailable.project");
    const withDialog = createPaneAuth({
      base: "https://localhost:3000",
      capabilities: { host: "Project", nestedAppAuth: false, dialogApi: true },
    });
    expect(withDialog.route(settings())).toBe("dialog");
    const excel = createPaneAuth({
      base: "https://localhost:3000",
      capabilities: { host: "Excel", nestedAppAuth: true, dialogApi: true },
    });
    expect(excel.route(settings())).toBe("naa");
    expect(excel.unavailableKey()).toBe("auth.unavailable.host");
  });
});
