/**
 * The AccountManager's decisions with fake token clients: NAA silent → popup → dialog fallback in
 * Excel, dialog where NAA is missing, silent → popup → redirect in a browser, a clear "unavailable"
 * in Project without the dialog API, and the in-memory token cache.
 */
import {
  AccountManager,
  SignInUnavailableError,
  type AccessToken,
  type BrowserTokenClient,
  type TokenClient,
} from "../../../src/adapters/auth/accountManager";

const token = (t: string): AccessToken => ({ token: t, expiresOn: 10_000_000 });

class FakeClient implements BrowserTokenClient {
  readonly calls: string[] = [];
  constructor(
    private readonly name: string,
    private readonly silentToken?: string,
    private readonly interactiveError?: unknown,
  ) {}
  async acquireSilent(): Promise<AccessToken | undefined> {
    this.calls.push("silent");
    return this.silentToken ? token(this.silentToken) : undefined;
  }
  async acquireInteractive(): Promise<AccessToken> {
    this.calls.push("interactive");
    if (this.interactiveError) throw this.interactiveError;
    return token(`${this.name}-interactive`);
  }
  async acquireRedirect(): Promise<void> {
    this.calls.push("redirect");
  }
}

const excel = { host: "Excel", nestedAppAuth: true, dialogApi: true };
const scopes = ["https://graph.microsoft.com/Sites.ReadWrite.All"];

describe("AccountManager", () => {
  it("uses NAA silently in Excel and caches the token in memory", async () => {
    const naa = new FakeClient("naa", "naa-silent");
    const m = new AccountManager({ capabilities: excel, naa: async () => naa, now: () => 0 });
    expect(m.route).toBe("naa");
    expect(await m.getToken(scopes)).toBe("naa-silent");
    expect(await m.getToken(scopes)).toBe("naa-silent");
    expect(naa.calls).toEqual(["silent"]);
  });

  it("falls back from NAA silent to NAA popup, and to the Office dialog when the popup fails", async () => {
    const popupOk = new FakeClient("naa");
    expect(await new AccountManager({ capabilities: excel, naa: async () => popupOk }).getToken(scopes)).toBe(
      "naa-interactive",
    );
    const broken = new FakeClient(
      "naa",
      undefined,
      Object.assign(new Error("nested app auth bridge"), { errorCode: "nested_app_auth_bridge_disabled" }),
    );
    const dialog = new FakeClient("dialog");
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => broken,
      dialog: async () => dialog,
    });
    expect(await m.getToken(scopes)).toBe("dialog-interactive");
  });

  it("does not open the dialog when the user cancelled the NAA popup", async () => {
    const cancelled = new FakeClient(
      "naa",
      undefined,
      Object.assign(new Error("cancelled"), { errorCode: "user_cancelled" }),
    );
    const dialog = new FakeClient("dialog");
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => cancelled,
      dialog: async () => dialog,
    });
    await expect(m.getToken(scopes)).rejects.toThrow("cancelled");
    expect(dialog.calls).toEqual([]);
  });

  it("uses the dialog where NAA is missing, and says clearly when Project has no route", async () => {
    const dialog: TokenClient = new FakeClient("dialog");
    const oldExcel = new AccountManager({
      capabilities: { host: "Excel", nestedAppAuth: false, dialogApi: true },
      dialog: async () => dialog,
    });
    expect(oldExcel.route).toBe("dialog");
    expect(await oldExcel.getToken(scopes)).toBe("dialog-interactive");
    const project = new AccountManager({
      capabilities: { host: "Project", nestedAppAuth: false, dialogApi: false },
    });
    expect(project.route).toBe("unavailable");
    await expect(project.getToken(scopes)).rejects.toEqual(
      new SignInUnavailableError("auth.unavailable.project", "Project"),
    );
  });

  it("goes silent → popup → redirect in a plain browser when the popup is blocked", async () => {
    const blocked = new FakeClient(
      "browser",
      undefined,
      Object.assign(new Error("popup"), { errorCode: "popup_window_error" }),
    );
    const m = new AccountManager({
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
      browser: async () => blocked,
    });
    await expect(m.getToken(scopes)).rejects.toThrow("Redirecting");
    expect(blocked.calls).toEqual(["silent", "interactive", "redirect"]);
  });

  it("asks again a minute before the token expires", async () => {
    let now = 0;
    const naa = new FakeClient("naa", "t");
    const m = new AccountManager({ capabilities: excel, naa: async () => naa, now: () => now });
    await m.getToken(scopes);
    now = 10_000_000 - 30_000;
    await m.getToken(scopes);
    expect(naa.calls).toEqual(["silent", "silent"]);
  });

  it("gets a token silently or not at all: never a popup, a dialog or a redirect", async () => {
    const naa = new FakeClient("naa", "naa-silent");
    const inExcel = new AccountManager({ capabilities: excel, naa: async () => naa, now: () => 0 });
    await expect(inExcel.getTokenSilently(scopes)).resolves.toBe("naa-silent");
    await expect(inExcel.getTokenSilently(scopes)).resolves.toBe("naa-silent");
    expect(naa.calls).toEqual(["silent"]);

    const browser = new FakeClient("browser");
    const inBrowser = new AccountManager({
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
      browser: async () => browser,
    });
    await expect(inBrowser.getTokenSilently(scopes)).resolves.toBeUndefined();
    expect(browser.calls).toEqual(["silent"]);

    const dialog = new FakeClient("dialog");
    const dialogOnly = new AccountManager({
      capabilities: { host: "Project", nestedAppAuth: false, dialogApi: true },
      dialog: async () => dialog,
    });
    await expect(dialogOnly.getTokenSilently(scopes)).resolves.toBeUndefined();
    expect(dialog.calls).toEqual([]);
    const project = new AccountManager({
      capabilities: { host: "Project", nestedAppAuth: false, dialogApi: false },
    });
    await expect(project.getTokenSilently(scopes)).resolves.toBeUndefined();
  });
});
