/**
 * The Office dialog fallback, parent side, against a hand-made `Office` global: the dialog URL
 * carries scopes, client id and tenant; a token message resolves; an error message rejects; the
 * user closing the dialog (12006) rejects with the "closed" message.
 */
import { authConfigFor, GRAPH_SCOPES } from "../../../src/adapters/auth/authConfig";
import { createOfficeDialogClient } from "../../../src/adapters/auth/officeDialogClient";

type Handler = (arg: unknown) => void;

/** A fake Office dialog API that records the URL opened and lets the test fire the dialog's events. */
class FakeDialogApi {
  url?: string;
  closed = false;
  readonly handlers = new Map<string, Handler>();
  failWith?: string;

  install(): void {
    (globalThis as unknown as { Office: unknown }).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void): void => {
            this.url = url;
            if (this.failWith) {
              callback({ status: "failed", error: { message: this.failWith } });
              return;
            }
            callback({
              status: "succeeded",
              value: {
                addEventHandler: (type: string, handler: Handler) => this.handlers.set(type, handler),
                close: () => {
                  this.closed = true;
                },
              },
            });
          },
        },
      },
    };
  }

  message(body: unknown): void {
    this.handlers.get("dialogMessageReceived")?.({ message: JSON.stringify(body) });
  }

  event(code: number): void {
    this.handlers.get("dialogEventReceived")?.({ error: code });
  }
}

const tenantId = "66666666-7777-8888-9999-000000000000";
const config = authConfigFor("https://addin.politiet.no", "client-123", tenantId);
const scopes = [...GRAPH_SCOPES.selected];

describe("createOfficeDialogClient", () => {
  let api: FakeDialogApi;
  beforeEach(() => {
    api = new FakeDialogApi();
    api.install();
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("is never silent", async () => {
    expect(await createOfficeDialogClient(config).acquireSilent(scopes)).toBeUndefined();
  });

  it("opens the page with scopes, client id and tenant; resolves with the token sent", async () => {
    const pending = createOfficeDialogClient(config).acquireInteractive(scopes);
    const url = new URL(api.url ?? "");
    expect(`${url.origin}${url.pathname}`).toBe("https://addin.politiet.no/auth-dialog.html");
    expect(url.searchParams.get("clientId")).toBe("client-123");
    expect(url.searchParams.get("tenant")).toBe(tenantId);
    expect(url.searchParams.get("scopes")?.split(" ")).toEqual(scopes);
    api.message({ token: "dialog-token", expiresOn: 1_234_567 });
    await expect(pending).resolves.toEqual({ token: "dialog-token", expiresOn: 1_234_567 });
    expect(api.closed).toBe(true);
  });

  it("puts organizations in the query when no tenant is configured", async () => {
    const pending = createOfficeDialogClient(authConfigFor("https://a.example", "c")).acquireInteractive(
      scopes,
    );
    expect(new URL(api.url ?? "").searchParams.get("tenant")).toBe("organizations");
    api.message({ token: "t" });
    await expect(pending).resolves.toMatchObject({ token: "t" });
  });

  it("rejects with the error the dialog sent", async () => {
    const pending = createOfficeDialogClient(config).acquireInteractive(scopes);
    api.message({ error: "AADSTS65001: consent required" });
    await expect(pending).rejects.toThrow("AADSTS65001: consent required");
    expect(api.closed).toBe(true);
  });

  it("rejects with the closed message when the user closes the dialog (12006)", async () => {
    const pending = createOfficeDialogClient(config).acquireInteractive(scopes);
    api.event(12006);
    await expect(pending).rejects.toMatchObject({ messageKey: "error.signIn.closed" });
  });

  it("names other dialog failures and a dialog that cannot open", async () => {
    const pending = createOfficeDialogClient(config).acquireInteractive(scopes);
    api.event(12002);
    await expect(pending).rejects.toMatchObject({
      messageKey: "error.signIn.dialogError",
      messageParams: { code: "12002" },
    });
    api.failWith = "dialog already open";
    await expect(createOfficeDialogClient(config).acquireInteractive(scopes)).rejects.toMatchObject({
      messageKey: "error.signIn.dialogBlocked",
      messageParams: { detail: "dialog already open" },
    });
  });
});
