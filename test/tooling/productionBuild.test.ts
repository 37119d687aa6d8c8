/**
 * SLOW (the real production webpack build, 2–5 minutes on two shared cores; built once per run):
 * builds the add-in for https://anskaffelse.example.no/addin/ into a temp folder, checks it with
 * scripts/check-build.js (the built manifest validated offline; no `localhost`, no checkout path in
 * any served file), checks the manifest's version, id and addresses and the hosting configurations,
 * then serves the folder from a static HTTPS server on 127.0.0.1 that sends the headers of the
 * generated staticwebapp.config.json, and loads the built pane in headless Chromium with
 * anskaffelse.example.no mapped to 127.0.0.1. The network is closed here, so the office.js CDN
 * address is answered from the local @microsoft/office-js copy; every other foreign request is
 * blocked and listed.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from "../../scripts/lib/chromium";
import { ensureDevCerts } from "../../scripts/lib/certs";
import { DEMO_DEFAULT_PLAN_YEAR } from "../../src/demo/demoTenant";
import { showRole, waitForPlan } from "../support/taskpaneBrowser";

const repo = path.join(__dirname, "..", "..");
const HOST = "anskaffelse.example.no";
const BASE_URL = `https://${HOST}/addin/`;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const packageVersion = (
  JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string }
).version;

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "golive-build-"));
const dist = path.join(tempDir, "dist");
let server: Server | undefined;
let browser: Browser | undefined;

beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist],
    {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, ADDIN_BASE_URL: BASE_URL, OFFICE_JS: "", ADDIN_VERSION: "" },
    },
  );
  if (run.status !== 0) throw new Error(`production build failed:\n${run.stdout}\n${run.stderr}`);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  fs.rmSync(tempDir, { recursive: true, force: true });
});

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

/** A static HTTPS server for dist/ under /addin/ with the generated Static Web Apps headers. */
async function serveDist(): Promise<number> {
  const config = JSON.parse(fs.readFileSync(path.join(dist, "staticwebapp.config.json"), "utf8")) as {
    globalHeaders: Record<string, string>;
  };
  const { key, cert } = await ensureDevCerts(path.join(tempDir, "certs"));
  server = createServer({ key, cert }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", BASE_URL).pathname);
    const file = path.join(dist, pathname.replace(/^\/addin\//, ""));
    if (!pathname.startsWith("/addin/") || !file.startsWith(dist) || !fs.existsSync(file)) {
      res.writeHead(404, config.globalHeaders).end();
      return;
    }
    const type = MIME[path.extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { ...config.globalHeaders, "Content-Type": type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

describe("production build for an address (slow: the real webpack production build)", () => {
  it("writes no localhost and no checkout path, and its manifest validates", () => {
    const run = spawnSync(process.execPath, [path.join(repo, "scripts", "check-build.js"), dist], {
      encoding: "utf8",
    });
    expect(`${run.stdout}${run.stderr}`).toContain("none names localhost");
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(dist, "office-js"))).toBe(false);
  });

  it("points every address of the manifest at the base address, with the release version and the same id", () => {
    const built = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const source = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");
    const idOf = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(idOf(built)).toBe(idOf(source));
    expect(built).toContain(`<Version>${packageVersion}.0</Version>`);
    const urls = [...built.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) expect(url.startsWith(BASE_URL)).toBe(true);
    expect(built).toContain(`<SupportUrl DefaultValue="${BASE_URL}support.html"/>`);
    expect(fs.existsSync(path.join(dist, "support.html"))).toBe(true);
  });

  it("loads office.js from Microsoft's CDN and writes the security headers for IIS, nginx and Static Web Apps", () => {
    for (const page of ["taskpane.html", "auth-dialog.html"]) {
      const html = fs.readFileSync(path.join(dist, page), "utf8");
      expect(html).toContain(`src=${OFFICE_CDN}office.js`);
    }
    const swa = JSON.parse(fs.readFileSync(path.join(dist, "staticwebapp.config.json"), "utf8")) as {
      globalHeaders: Record<string, string>;
    };
    const csp = swa.globalHeaders["Content-Security-Policy"] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'wasm-unsafe-eval';/);
    expect(csp).toMatch(
      /connect-src 'self' https:\/\/graph\.microsoft\.com https:\/\/login\.microsoftonline\.com/,
    );
    const webConfig = fs.readFileSync(path.join(dist, "web.config"), "utf8");
    const lint = spawnSync("xmllint", ["--noout", path.join(dist, "web.config")], { encoding: "utf8" });
    expect(lint.status).toBe(0);
    const nginx = fs.readFileSync(path.join(dist, "hosting", "nginx.conf"), "utf8");
    for (const [name, value] of Object.entries(swa.globalHeaders)) {
      expect(webConfig).toContain(`<add name="${name}" value="${value}" />`);
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it("loads the built pane from the address in Chromium under its security headers", async () => {
    assertChromiumInstalled();
    const port = await serveDist();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    });
    const context = await browser.newContext({ locale: "nb-NO", ignoreHTTPSErrors: true });
    const origin = `https://${HOST}:${port}`;
    const blocked: string[] = [];
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        const url = route.request().url();
        if (url.startsWith(OFFICE_CDN)) {
          const file = path.join(officeJsDir, url.slice(OFFICE_CDN.length).split("?")[0] ?? "");
          if (file.startsWith(officeJsDir) && fs.existsSync(file))
            return route.fulfill({ path: file, contentType: "text/javascript" });
        }
        blocked.push(url);
        return route.abort("blockedbyclient");
      },
    );
    const violations: string[] = [];
    await context.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { reportViolation(t: string): void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    const page = await context.newPage();
    const response = await page.goto(`${origin}/addin/taskpane.html`);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    const planYear = DEMO_DEFAULT_PLAN_YEAR;
    // The whole demo plan runs in the page: the bundle, the HiGHS wasm and Fluent's styles under the CSP.
    await page.getByRole("heading", { name: `Anskaffelsesplan ${planYear}` }).waitFor({ timeout: 120_000 });
    await page.getByRole("table", { name: "Behov" }).waitFor({ timeout: 120_000 });
    await waitForPlan(page);
    await showRole(page, "lead", "Prioritering");
    await page.getByRole("table", { name: "Prioritering" }).waitFor({ timeout: 120_000 });
    await expect(page.evaluate(() => typeof Office.onReady)).resolves.toBe("function");
    // Outside Office, office.js opens Microsoft's telemetry frame: the CSP refuses it (frame-src), by design.
    const unexpected = violations.filter((v) => !v.includes("telemetryservice.firstpartyapps.oaspapps.com"));
    expect(unexpected).toEqual([]);
    expect(blocked.filter((url) => !url.includes("telemetryservice.firstpartyapps.oaspapps.com"))).toEqual(
      [],
    );
    await context.close();
  }, 300_000);
});
