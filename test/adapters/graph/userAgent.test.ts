/** The User-Agent carries the package version (NONISV|Politiet|Anskaffelsesplan/<version>). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APP_VERSION, USER_AGENT } from "../../../src/adapters/graph/userAgent";
import { parseGraphBaseUrl } from "../../../src/adapters/graph/graphClientFactory";

describe("user agent and endpoint", () => {
  it("uses package.json's version", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")) as {
      version: string;
    };
    expect(APP_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`NONISV|Politiet|Anskaffelsesplan/${pkg.version}`);
  });

  it("accepts only https base URLs with a version", () => {
    expect(parseGraphBaseUrl("https://graph.microsoft.com/v1.0")).toEqual({
      origin: "https://graph.microsoft.com",
      host: "graph.microsoft.com",
      version: "v1.0",
    });
    expect(() => parseGraphBaseUrl("http://127.0.0.1:3000/v1.0")).toThrow("https");
    expect(() => parseGraphBaseUrl("https://graph.microsoft.com")).toThrow("with its version");
  });
});
