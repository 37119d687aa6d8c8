/**
 * End-to-end sign-in of the plain browser page in Debian's headless Chromium with the real MSAL
 * against a real OpenID Connect provider (oidc-provider in a child process, HTTPS on 127.0.0.1,
 * laid out like Entra ID, trusted through `knownAuthorities`): authorization code with PKCE in a
 * popup that returns through the redirect bridge page (the real auth-redirect.html built by the
 * project's webpack configuration, without office.js), silent renewal by refresh token and by a
 * hidden iframe through the same bridge, and a cancelled sign-in (popup closed, or Cancel on the
 * provider's page) that opens no second window. Then the Excel route (Nested App Authentication):
 * the real MSAL NAA controller against a stand-in for Office's host bridge, whose USER_CANCEL,
 * NO_NETWORK, ACCOUNT_UNAVAILABLE and DISABLED answers MSAL turns into its own errors.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from "../../scripts/lib/chromium";
import { generateLoopbackCertificate } from "../../src/adapters/graphServer/certificate";
import { GRAPH_SCOPES } from "../../src/adapters/auth/authConfig";
import { REDIRECT_PATHS } from "../../src/application/auth/redirectUris";
import type { HarnessOutcome } from "./fixtures/oidcSignInHarness";

const ROOT = path.resolve(__dirname, "..", "..");
const POPUP_TIMEOUT_MS = 4_000;
const WITH_REFRESH = "anskaffelsesplan-spa";
const WITHOUT_REFRESH = "anskaffelsesplan-spa-no-refresh";

let workDir: string;
let site: https.Server | undefined;
let oidc: ChildProcess | undefined;
let browser: Browser | undefined;
let siteOrigin: string;
let authority: string;
let issuer: string;

/** Builds the bridge page (the project's own webpack entry and template) and the harness page. */
async function buildPages(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const base = require("../../webpack.config.js")({}, { mode: "development", outputPath: outDir });
  const bridge = base.plugins.find(
    (p: { userOptions?: { filename?: string } }) => p.userOptions?.filename === "auth-redirect.html",
  );
  const config: webpack.Configuration = {
    ...base,
    context: ROOT,
    devtool: false,
    devServer: undefined,
    entry: {
      authRedirect: base.entry.authRedirect,
      oidcHarness: "./test/ui/fixtures/oidcSignInHarness.ts",
      naaHarness: "./test/ui/fixtures/naaSignInHarness.ts",
    },
    plugins: [
      base.plugins[0],
      bridge,
      new HtmlWebpackPlugin({
        filename: "harness.html",
        chunks: ["oidcHarness"],
        templateContent: "<!doctype html><html><head><title>harness</title></head><body></body></html>",
      }),
      new HtmlWebpackPlugin({
        filename: "naa.html",
        chunks: ["naaHarness"],
        templateContent: "<!doctype html><html><head><title>naa</title></head><body></body></html>",
      }),
    ],
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
}

/** Serves `dir` over HTTPS on 127.0.0.1 (a free port). */
async function serveStatic(dir: string, key: string, cert: string): Promise<https.Server> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };
  const server = https.createServer({ key, cert }, (req, res) => {
    const file = path.join(dir, path.normalize(new URL(req.url ?? "/", "https://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** Starts the OpenID Connect provider with the two SPA clients; resolves with its addresses. */
function startOidc(keyFile: string, certFile: string, redirectUri: string): Promise<ChildProcess> {
  const spa = (clientId: string, grants: string[]) => ({
    client_id: clientId,
    token_endpoint_auth_method: "none",
    application_type: "web",
    redirect_uris: [redirectUri],
    grant_types: grants,
    response_types: ["code"],
  });
  const child = spawn(
    process.execPath,
    [path.join(__dirname, "..", "support", "oidcServer.mjs"), keyFile, certFile],
    {
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  child.stdin?.end(
    JSON.stringify([
      spa(WITH_REFRESH, ["authorization_code", "refresh_token"]),
      spa(WITHOUT_REFRESH, ["authorization_code"]),
    ]),
  );
  let errors = "";
  child.stderr?.on("data", (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", (d: Buffer) => {
      const started = JSON.parse(d.toString()) as { authority: string; issuer: string };
      authority = started.authority;
      issuer = started.issuer;
      resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`the OpenID Connect server stopped (${code}): ${errors}`)));
  });
}

beforeAll(async () => {
  assertChromiumInstalled();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "oidc-signin-"));
  const { key, cert } = await generateLoopbackCertificate();
  fs.writeFileSync(path.join(workDir, "key.pem"), key);
  fs.writeFileSync(path.join(workDir, "cert.pem"), cert);
  const outDir = path.join(workDir, "site");
  await buildPages(outDir);
  site = await serveStatic(outDir, key, cert);
  siteOrigin = `https://127.0.0.1:${(site.address() as { port: number }).port}`;
  oidc = await startOidc(
    path.join(workDir, "key.pem"),
    path.join(workDir, "cert.pem"),
    `${siteOrigin}${REDIRECT_PATHS.bridge}`,
  );
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  oidc?.kill("SIGTERM");
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** A fresh browser context on the harness page; every other origin than the two is blocked. */
async function openHarness(
  clientId: string,
): Promise<{ context: BrowserContext; page: Page; requests: URL[] }> {
  const context = await browser!.newContext({ ignoreHTTPSErrors: true });
  const allowed = new Set([siteOrigin, new URL(authority).origin]);
  await context.route(
    (url) => !allowed.has(url.origin),
    (route) => route.abort("blockedbyclient"),
  );
  const requests: URL[] = [];
  context.on("request", (r) => requests.push(new URL(r.url())));
  const page = await context.newPage();
  const query = new URLSearchParams({ authority, clientId, popupTimeoutMs: String(POPUP_TIMEOUT_MS) });
  await page.goto(`${siteOrigin}/harness.html?${query.toString()}`);
  await page.waitForFunction(() => "signInHarness" in window);
  return { context, page, requests };
}

type HarnessCall = "getToken" | "renewSilently";
const call = (page: Page, name: HarnessCall): Promise<HarnessOutcome> =>
  page.evaluate(
    (n) =>
      (window as unknown as Record<string, Record<string, () => Promise<HarnessOutcome>>>).signInHarness![
        n
      ]!(),
    name,
  );

/** Signs in through the provider's own pages in the popup (login, then consent). */
async function signInInPopup(popup: Page): Promise<void> {
  await popup.locator('input[name="login"]').fill("kari.nordmann");
  await popup.locator('input[name="password"]').fill("any");
  await popup.locator('button[type="submit"]').click();
  await popup.locator('button[type="submit"]', { hasText: "Continue" }).click();
}

const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;

const tokenOf = (outcome: HarnessOutcome): string => {
  if (!("token" in outcome)) throw new Error(`expected a token, got ${JSON.stringify(outcome.error)}`);
  return outcome.token;
};

describe("browser sign-in against a local OpenID Connect provider", () => {
  it("signs in with a popup through the bridge page, then renews silently by refresh token", async () => {
    const { context, page, requests } = await openHarness(WITH_REFRESH);
    const popups: Page[] = [];
    page.on("popup", (p) => popups.push(p));
    const popupOpened = page.waitForEvent("popup");
    const signedIn = call(page, "getToken");
    const popup = await popupOpened;
    const popupClosed = popup.waitForEvent("close");
    await signInInPopup(popup);
    const token = tokenOf(await signedIn);
    await popupClosed;

    const claims = claimsOf(token);
    expect(claims.iss).toBe(issuer);
    expect(claims.aud).toBe("https://graph.microsoft.com");
    expect(String(claims.scope).split(" ")).toEqual(expect.arrayContaining([...GRAPH_SCOPES.readWriteAll]));
    const authorize = requests.find((u) => u.pathname.endsWith("/auth"));
    expect(authorize?.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize?.searchParams.get("redirect_uri")).toBe(`${siteOrigin}${REDIRECT_PATHS.bridge}`);
    // The popup came back through the bridge page, which loads no office.js.
    expect(requests.some((u) => u.origin === siteOrigin && u.pathname === REDIRECT_PATHS.bridge)).toBe(true);
    expect(requests.some((u) => /office/i.test(u.pathname))).toBe(false);

    const renewed = tokenOf(await call(page, "renewSilently"));
    expect(renewed).not.toBe(token);
    expect(claimsOf(renewed).sub).toBe(claims.sub);
    const refresh = requests.filter((u) => u.pathname.endsWith("/token"));
    expect(refresh.length).toBe(2);
    expect(popups).toHaveLength(1);
    await context.close();
  }, 120_000);

  it("renews silently in a hidden iframe through the bridge page when there is no refresh token", async () => {
    const { context, page, requests } = await openHarness(WITHOUT_REFRESH);
    const popups: Page[] = [];
    page.on("popup", (p) => popups.push(p));
    const popupOpened = page.waitForEvent("popup");
    const signedIn = call(page, "getToken");
    await signInInPopup(await popupOpened);
    const token = tokenOf(await signedIn);
    const bridgeLoadsBefore = requests.filter((u) => u.pathname === REDIRECT_PATHS.bridge).length;

    const renewed = tokenOf(await call(page, "renewSilently"));
    expect(renewed).not.toBe(token);
    const silentAuthorize = requests.filter((u) => u.pathname.endsWith("/auth")).at(-1);
    expect(silentAuthorize?.searchParams.get("prompt")).toBe("none");
    expect(requests.filter((u) => u.pathname === REDIRECT_PATHS.bridge).length).toBe(bridgeLoadsBefore + 1);
    expect(popups).toHaveLength(1);
    await context.close();
  }, 120_000);

  it("ends a sign-in whose popup the user closed, without a second window; the next try works", async () => {
    const { context, page } = await openHarness(WITH_REFRESH);
    const popups: Page[] = [];
    page.on("popup", (p) => popups.push(p));
    const popupOpened = page.waitForEvent("popup");
    const cancelled = call(page, "getToken");
    const popup = await popupOpened;
    await popup.locator('input[name="login"]').waitFor();
    await popup.close();
    const outcome = await cancelled;
    expect(outcome).toEqual({
      error: expect.objectContaining({ name: "SignInCancelledError", messageKey: "auth.cancelled" }),
    });
    expect(popups).toHaveLength(1);

    const again = page.waitForEvent("popup");
    const retried = call(page, "getToken");
    await signInInPopup(await again);
    expect(claimsOf(tokenOf(await retried)).iss).toBe(issuer);
    await context.close();
  }, 120_000);

  it("passes the provider's access_denied on when the user presses Cancel there, and opens nothing else", async () => {
    const { context, page } = await openHarness(WITH_REFRESH);
    const popups: Page[] = [];
    page.on("popup", (p) => popups.push(p));
    const popupOpened = page.waitForEvent("popup");
    const denied = call(page, "getToken");
    const popup = await popupOpened;
    await popup.getByText("[ Cancel ]").click();
    const outcome = await denied;
    expect(outcome).toEqual({ error: expect.objectContaining({ errorCode: "access_denied" }) });
    expect(popups).toHaveLength(1);
    await context.close();
  }, 120_000);
});

describe("Excel sign-in through Nested App Authentication (stand-in host bridge)", () => {
  interface NaaLog {
    readonly bridge: string[];
    readonly dialog: string[];
    readonly naaBuilds: number;
  }
  async function naaRun(
    answers: { silent?: string; popup?: string },
    calls: ("getToken" | "getTokenAgain")[],
  ) {
    const context = await browser!.newContext({ ignoreHTTPSErrors: true });
    await context.route(
      (url) => url.origin !== siteOrigin,
      (route) => route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/naa.html?${new URLSearchParams(answers).toString()}`);
    await page.waitForFunction(() => "naaHarness" in window);
    const outcomes: HarnessOutcome[] = [];
    for (const name of calls)
      outcomes.push(
        await page.evaluate(
          (n) =>
            (window as unknown as Record<string, Record<string, () => Promise<HarnessOutcome>>>).naaHarness![
              n
            ]!(),
          name,
        ),
      );
    const log = await page.evaluate(() =>
      (window as unknown as Record<string, Record<string, () => NaaLog>>).naaHarness!.log!(),
    );
    await context.close();
    return { outcomes, log };
  }

  it("gets the token silently from the host, building the nestable client once", async () => {
    const { outcomes, log } = await naaRun({}, ["getToken", "getTokenAgain"]);
    expect(outcomes.map((o) => "token" in o)).toEqual([true, true]);
    expect(log.bridge).toEqual(["GetInitContext", "GetToken"]);
    expect(log.naaBuilds).toBe(1);
  }, 60_000);

  it.each(["ACCOUNT_UNAVAILABLE", "USER_INTERACTION_REQUIRED", "TRANSIENT_ERROR", "DISABLED"])(
    "opens the host's popup after a silent %s",
    async (silent) => {
      const { outcomes, log } = await naaRun({ silent }, ["getToken"]);
      expect(outcomes[0]).toEqual({ token: expect.stringMatching(/^naa-GetTokenPopup-/) });
      expect(log.bridge).toEqual(["GetInitContext", "GetToken", "GetTokenPopup"]);
      expect(log.dialog).toEqual([]);
    },
    60_000,
  );

  it("stops on a cancelled popup (user_canceled): no Office dialog, no second window", async () => {
    const { outcomes, log } = await naaRun({ silent: "USER_INTERACTION_REQUIRED", popup: "USER_CANCEL" }, [
      "getToken",
    ]);
    expect(outcomes[0]).toEqual({
      error: expect.objectContaining({ name: "SignInCancelledError", messageKey: "auth.cancelled" }),
    });
    expect(log.bridge).toEqual(["GetInitContext", "GetToken", "GetTokenPopup"]);
    expect(log.dialog).toEqual([]);
  }, 60_000);

  it("opens nothing when the host has no network", async () => {
    const { outcomes, log } = await naaRun({ silent: "NO_NETWORK" }, ["getToken"]);
    expect(outcomes[0]).toEqual({ error: expect.objectContaining({ errorCode: "no_network_connectivity" }) });
    expect(log.bridge).toEqual(["GetInitContext", "GetToken"]);
    expect(log.dialog).toEqual([]);
  }, 60_000);

  it("falls back to the Office dialog when the host's popup fails otherwise", async () => {
    const { outcomes, log } = await naaRun({ silent: "DISABLED", popup: "DISABLED" }, ["getToken"]);
    expect(outcomes[0]).toEqual({ token: "dialog-token" });
    expect(log.dialog).toEqual(["interactive"]);
  }, 60_000);
});
