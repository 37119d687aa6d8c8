/**
 * The build target and the hosting configurations (fast; the production build itself is tested in
 * productionBuild.test.ts): base addresses, manifest versions, the manifest rewrite (every address,
 * Version and SupportUrl changed, the Id kept, the result valid XML for any base path), office.js
 * from the CDN or the local copy, the Content-Security-Policy's sources, and check-build's scan.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  manifestForTarget,
  manifestVersion,
  normaliseBaseUrl,
  resolveAddinTarget,
} from "../../scripts/lib/addinTarget";
import {
  contentSecurityPolicy,
  nginxSnippet,
  securityHeaders,
  staticWebAppConfig,
} from "../../scripts/lib/hostingConfig";
import { checkInitialSize, findLeaks, initialScripts } from "../../scripts/check-build";

const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
const production = (env: Record<string, string | undefined>) =>
  resolveAddinTarget({ env, mode: "production", packageVersion: "1.4.2" });

describe("build target", () => {
  it("normalises the base address and refuses what cannot host an add-in", () => {
    expect(normaliseBaseUrl("https://anskaffelse.example.no/addin")).toBe(
      "https://anskaffelse.example.no/addin/",
    );
    expect(normaliseBaseUrl("https://Host.example.no")).toBe("https://host.example.no/");
    expect(() => normaliseBaseUrl("http://host.example.no/")).toThrow("https");
    expect(() => normaliseBaseUrl("https://host.example.no/?x=1")).toThrow("query");
    expect(() => normaliseBaseUrl("not a url")).toThrow("ADDIN_BASE_URL");
  });

  it("gives the manifest four-part versions from package.json or ADDIN_VERSION", () => {
    expect(manifestVersion("1.4.2")).toBe("1.4.2.0");
    expect(manifestVersion("2.0.0.7")).toBe("2.0.0.7");
    expect(() => manifestVersion("1.4.2-beta")).toThrow("n.n.n.n");
    expect(() => manifestVersion("1.2.3.4.5")).toThrow();
    expect(production({ ADDIN_BASE_URL: "https://a.example.no/" }).version).toBe("1.4.2.0");
    expect(production({ ADDIN_BASE_URL: "https://a.example.no/", ADDIN_VERSION: "1.4.2.3" }).version).toBe(
      "1.4.2.3",
    );
  });

  it("loads office.js from Microsoft's CDN in production and from the local copy on request or in development", () => {
    expect(production({}).officeJsSrc).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(production({ OFFICE_JS: "local" }).officeJsSrc).toBe("office-js/office.js");
    expect(resolveAddinTarget({ env: {}, mode: "development", packageVersion: "1.0.0" }).officeJs).toBe(
      "local",
    );
    expect(() => production({ OFFICE_JS: "somewhere" })).toThrow("cdn or local");
  });

  it("rewrites every address of the manifest, its Version and SupportUrl, and keeps its Id, for any base path", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9&'_-]{1,8}$/), { maxLength: 3 }), (segments) => {
        const base = `https://anskaffelse.example.no/${segments.map((s) => `${s}/`).join("")}`;
        const target = production({ ADDIN_BASE_URL: base });
        const xml = manifestForTarget(manifest, target);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).not.toContain("localhost");
        expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toBe(id);
        expect(xml).toContain("<Version>1.4.2.0</Version>");
        const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
          OfficeApp: {
            SupportUrl: { DefaultValue: string };
            DefaultSettings: { SourceLocation: { DefaultValue: string } };
          };
        };
        expect(parsed.OfficeApp.DefaultSettings.SourceLocation.DefaultValue).toBe(
          `${target.baseUrl}taskpane.html`,
        );
        expect(parsed.OfficeApp.SupportUrl.DefaultValue).toBe(`${target.baseUrl}support.html`);
      }),
      { numRuns: 60 },
    );
  });
});

describe("security headers", () => {
  it("allow only the add-in's sources, the site's host when given", () => {
    const csp = contentSecurityPolicy(
      production({
        ADDIN_BASE_URL: "https://a.example.no/",
        ADDIN_SITE_URL: "https://politiet.sharepoint.com/sites/anskaffelser",
      }),
    );
    const directives = new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "'wasm-unsafe-eval'",
    ]);
    expect(directives.get("connect-src")).toEqual([
      "'self'",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
      "https://politiet.sharepoint.com",
    ]);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(production({ OFFICE_JS: "local" }))).toContain(
      "script-src 'self' 'wasm-unsafe-eval';",
    );
    expect(
      contentSecurityPolicy(production({}), { ADDIN_FRAME_ANCESTORS: "https://x.example.no" }),
    ).toContain("frame-ancestors https://x.example.no");
  });

  it("are the same in the Static Web Apps and nginx configurations", () => {
    const headers = securityHeaders(production({}));
    const swa = JSON.parse(staticWebAppConfig(headers)) as { globalHeaders: Record<string, string> };
    expect(Object.entries(swa.globalHeaders)).toEqual(headers);
    expect(nginxSnippet(headers).match(/^add_header /gm)).toHaveLength(headers.length);
  });
});

describe("check-build", () => {
  it("names every served file that mentions localhost or the checkout path, and skips the CLI and office.js", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "check-build-"));
    try {
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      };
      write("taskpane.js", 'fetch("https://localhost:3000/x")');
      write("assets/x.map", '{"sources":["/build/checkout/src/a.ts"]}');
      write("clean.js", "console.log('ok')");
      write("node/cli/main.js", "https://localhost:3001");
      write("office-js/excel-web-16.00.js", "http://document.localhost/");
      expect(findLeaks(dir, "/build/checkout").sort()).toEqual([
        `${path.join("assets", "x.map")}: names the build machine's path /build/checkout`,
        "taskpane.js: names localhost",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("weighs the scripts taskpane.html loads (gzip) and names them when over the limit", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "check-build-"));
    try {
      // Incompressible-ish text: a pseudo-random sequence, so gzip cannot shrink it to nothing.
      let x = 1;
      const noise = Array.from({ length: 40_000 }, () =>
        ((x = (x * 48271) % 2147483647) % 36).toString(36),
      ).join("");
      fs.writeFileSync(path.join(dir, "taskpane.abc.js"), noise);
      fs.writeFileSync(path.join(dir, "lazy.js"), noise);
      fs.writeFileSync(
        path.join(dir, "taskpane.html"),
        '<script src="https://cdn.example/office.js"></script><script defer src="taskpane.abc.js"></script>',
      );
      const [only] = initialScripts(dir);
      expect(initialScripts(dir).map((s) => s.file)).toEqual(["taskpane.abc.js"]);
      expect(only?.gzip).toBeGreaterThan(10_000);
      expect(checkInitialSize(dir, (only?.gzip ?? 0) + 1)).toEqual([]);
      expect(checkInitialSize(dir, (only?.gzip ?? 0) - 1)).toEqual([
        expect.stringContaining("taskpane.abc.js") as unknown as string,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
