/**
 * The dialog page's parameters: read from the query string and saved to sessionStorage on the first
 * load, read back from sessionStorage when MSAL's redirect returns without the query string.
 */
import {
  AUTH_DIALOG_PARAMS_KEY,
  authDialogQuery,
  resolveAuthDialogParams,
} from "../../../src/adapters/auth/authDialogParams";
import { MapStorage } from "../../support/mapStorage";

const params = {
  clientId: "client-123",
  tenant: "66666666-7777-8888-9999-000000000000",
  scopes: [
    "https://graph.microsoft.com/Sites.Selected",
    "https://graph.microsoft.com/Lists.SelectedOperations.Selected",
  ],
};

describe("resolveAuthDialogParams", () => {
  it("reads the query, saves it, and finds it again after the redirect (no query, hash response)", () => {
    const storage = new MapStorage();
    expect(resolveAuthDialogParams(`?${authDialogQuery(params)}`, storage)).toEqual(params);
    expect(storage.data.has(AUTH_DIALOG_PARAMS_KEY)).toBe(true);
    expect(resolveAuthDialogParams("", storage)).toEqual(params);
    // A query-mode redirect response carries code/state but no clientId: still the saved ones.
    expect(resolveAuthDialogParams("?code=abc&state=xyz", storage)).toEqual(params);
  });

  it("a new query replaces the saved parameters", () => {
    const storage = new MapStorage();
    resolveAuthDialogParams(`?${authDialogQuery(params)}`, storage);
    const other = { clientId: "client-456", tenant: "organizations", scopes: ["User.Read"] };
    expect(resolveAuthDialogParams(`?${authDialogQuery(other)}`, storage)).toEqual(other);
    expect(resolveAuthDialogParams("", storage)).toEqual(other);
  });

  it("defaults the tenant to organizations and the scopes to none (the page's default)", () => {
    expect(resolveAuthDialogParams("?clientId=c", new MapStorage())).toEqual({
      clientId: "c",
      tenant: "organizations",
      scopes: [],
    });
  });

  it("is undefined without a client id in the query or storage, or with junk stored", () => {
    const storage = new MapStorage();
    expect(resolveAuthDialogParams("?tenant=t&scopes=x", storage)).toBeUndefined();
    expect(resolveAuthDialogParams("?clientId=%20", storage)).toBeUndefined();
    storage.setItem(AUTH_DIALOG_PARAMS_KEY, "{junk");
    expect(resolveAuthDialogParams("", storage)).toBeUndefined();
    storage.setItem(AUTH_DIALOG_PARAMS_KEY, JSON.stringify({ tenant: "t" }));
    expect(resolveAuthDialogParams("", storage)).toBeUndefined();
  });
});
