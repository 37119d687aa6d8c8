/**
 * The one list of redirect URIs: the bridge and dialog pages on the add-in's origin and the NAA
 * broker URI, the same pages the configuration and webpack use.
 */
import { authConfigFor } from "../../../src/adapters/auth/authConfig";
import { REDIRECT_PAGE_FILES, spaRedirectUris } from "../../../src/application/auth/redirectUris";

describe("spaRedirectUris", () => {
  it("lists the bridge page, the dialog page and brk-multihub for the origin", () => {
    expect(spaRedirectUris("https://addin.politiet.no/")).toEqual([
      "https://addin.politiet.no/auth-redirect.html",
      "https://addin.politiet.no/auth-dialog.html",
      "brk-multihub://addin.politiet.no",
    ]);
    expect(spaRedirectUris("https://localhost:3000")[2]).toBe("brk-multihub://localhost:3000");
  });

  it("is what the configuration uses and what webpack emits", () => {
    const config = authConfigFor("https://localhost:3000", "client");
    const uris = spaRedirectUris("https://localhost:3000");
    expect(uris).toContain(config.redirectUri);
    expect(uris).toContain(config.dialogUrl);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpackConfig = require("../../../webpack.config.js")({}, { mode: "development" }) as {
      plugins: { userOptions?: { filename?: string } }[];
    };
    const pages = webpackConfig.plugins.map((p) => p.userOptions?.filename).filter(Boolean);
    for (const file of REDIRECT_PAGE_FILES) expect(pages).toContain(file);
  });
});
