/**
 * The AccountManager's decisions with fake token clients throwing MSAL's own errors (built from
 * MSAL's exported error codes): NAA silent → popup after any silent failure but a cancel or a lost
 * network, the dialog fallback only when the popup failed otherwise, silent → popup → redirect in a
 * browser (a closed popup, seen as the bridge's timeout, ends it), each client built once, a clear
 * "unavailable" in Project without the dialog API, and the in-memory token cache.
 */
import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  ClientAuthError,
  ClientAuthErrorCodes,
  InteractionRequiredAuthError,
  ServerError,
} from "@azure/msal-browser";
import {
  AccountManager,
  SignInCancelledError,
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
    private readonly silentError?: unknown,
  ) {}
  async acquireSilent(): Promise<AccessToken | undefined> {
    this.calls.push("silent");
    if (this.silentError) throw this.silentError;
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
      new ClientAuthError(ClientAuthErrorCodes.nestedAppAuthBridgeDisabled, ""),
    );
    const dialog = new FakeClient("dialog");
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => broken,
      dialog: async () => dialog,
    });
    expect(await m.getToken(scopes)).toBe("dialog-interactive");
    expect(broken.calls).toEqual(["silent", "interactive"]);
  });

  it.each([
    ["interaction required", new InteractionRequiredAuthError("interaction_required", "")],
    ["no account found", new ClientAuthError(ClientAuthErrorCodes.noAccountFound, "")],
    ["a broker server error", new ServerError("transient_error", "", "the broker is busy")],
    ["the bridge being disabled", new ClientAuthError(ClientAuthErrorCodes.nestedAppAuthBridgeDisabled, "")],
  ])("opens the NAA popup after a silent failure: %s", async (_label, silentError) => {
    const naa = new FakeClient("naa", undefined, undefined, silentError);
    const m = new AccountManager({ capabilities: excel, naa: async () => naa });
    expect(await m.getToken(scopes)).toBe("naa-interactive");
    expect(naa.calls).toEqual(["silent", "interactive"]);
  });

  it("opens no window when the silent attempt was cancelled or there is no network", async () => {
    const cancelled = new FakeClient(
      "naa",
      undefined,
      undefined,
      new ClientAuthError(ClientAuthErrorCodes.userCanceled, ""),
    );
    const dialog = new FakeClient("dialog");
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => cancelled,
      dialog: async () => dialog,
    });
    await expect(m.getToken(scopes)).rejects.toBeInstanceOf(SignInCancelledError);
    expect(cancelled.calls).toEqual(["silent"]);
    const offline = new FakeClient(
      "naa",
      undefined,
      undefined,
      new ClientAuthError(ClientAuthErrorCodes.noNetworkConnectivity, ""),
    );
    const m2 = new AccountManager({
      capabilities: excel,
      naa: async () => offline,
      dialog: async () => dialog,
    });
    await expect(m2.getToken(scopes)).rejects.toMatchObject({
      errorCode: ClientAuthErrorCodes.noNetworkConnectivity,
    });
    expect(offline.calls).toEqual(["silent"]);
    expect(dialog.calls).toEqual([]);
  });

  it("does not open the dialog when the user cancelled the NAA popup (user_canceled)", async () => {
    expect(ClientAuthErrorCodes.userCanceled).toBe("user_canceled");
    const cancelled = new FakeClient(
      "naa",
      undefined,
      new ClientAuthError(ClientAuthErrorCodes.userCanceled, ""),
    );
    const dialog = new FakeClient("dialog");
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => cancelled,
      dialog: async () => dialog,
    });
    const error = await m.getToken(scopes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInCancelledError);
    expect((error as SignInCancelledError).messageKey).toBe("auth.cancelled");
    expect(dialog.calls).toEqual([]);
  });

  it("does not open the dialog after an NAA popup without network", async () => {
    const offline = new FakeClient(
      "naa",
      undefined,
      new ClientAuthError(ClientAuthErrorCodes.noNetworkConnectivity, ""),
    );
    const dialog = new FakeClient("dialog");
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => offline,
      dialog: async () => dialog,
    });
    await expect(m.getToken(scopes)).rejects.toBeInstanceOf(ClientAuthError);
    expect(dialog.calls).toEqual([]);
  });

  it("builds the NAA client once and reuses it; a failed build is tried again", async () => {
    const naa = new FakeClient("naa");
    let builds = 0;
    const m = new AccountManager({
      capabilities: excel,
      naa: async () => {
        builds += 1;
        if (builds === 1) throw new Error("bridge not ready");
        return naa;
      },
      now: () => 0,
    });
    await expect(m.getToken(scopes)).rejects.toThrow("bridge not ready");
    await m.getToken(scopes);
    m.clear();
    await m.getToken(scopes);
    await m.getTokenSilently(["https://graph.microsoft.com/Sites.Selected"]);
    expect(builds).toBe(2);
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
      new BrowserAuthError(BrowserAuthErrorCodes.emptyWindowError, ""),
    );
    const m = new AccountManager({
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
      browser: async () => blocked,
    });
    await expect(m.getToken(scopes)).rejects.toThrow("Redirecting");
    expect(blocked.calls).toEqual(["silent", "interactive", "redirect"]);
  });

  it.each([
    ["closed (the bridge timed out)", new BrowserAuthError(BrowserAuthErrorCodes.timedOut, "")],
    ["cancelled (user_cancelled)", new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, "")],
  ])("ends a browser sign-in whose popup was %s: no redirect, no second window", async (_l, error) => {
    const closed = new FakeClient("browser", undefined, error);
    const m = new AccountManager({
      capabilities: { host: null, nestedAppAuth: false, dialogApi: false },
      browser: async () => closed,
    });
    await expect(m.getToken(scopes)).rejects.toBeInstanceOf(SignInCancelledError);
    expect(closed.calls).toEqual(["silent", "interactive"]);
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

  it("gets nothing silently after a silent failure, but says when the network is gone", async () => {
    const failing = new FakeClient("naa", undefined, undefined, new ServerError("persistent_error", ""));
    const m = new AccountManager({ capabilities: excel, naa: async () => failing });
    await expect(m.getTokenSilently(scopes)).resolves.toBeUndefined();
    const offline = new FakeClient(
      "naa",
      undefined,
      undefined,
      new ClientAuthError(ClientAuthErrorCodes.noNetworkConnectivity, ""),
    );
    const m2 = new AccountManager({ capabilities: excel, naa: async () => offline });
    await expect(m2.getTokenSilently(scopes)).rejects.toBeInstanceOf(ClientAuthError);
    expect([...failing.calls, ...offline.calls]).toEqual(["silent", "silent"]);
  });
});
