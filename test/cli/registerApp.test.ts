/**
 * `anskaffelsesplan register-app`: the dry run prints exactly the requests docs/deployment.md lists
 * (method and path, in order) with the bodies the docs describe; a real run against a local HTTPS
 * stand-in for Graph sends the same requests (placeholders filled from its answers), reuses what
 * exists, and prints the client id and where it goes.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { registerApp, redirectUrisFor } from "../../src/application/goLive/appRegistration";
import { generateLoopbackCertificate } from "../../src/adapters/graphServer/certificate";

const ADDRESS = "https://anskaffelse.example.no/addin/";
const SITE = "https://politiet.sharepoint.com/sites/anskaffelser";
const GRAPH = "https://graph.microsoft.com/v1.0";

async function cli(args: readonly string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await main(["node", "anskaffelsesplan", "--lang", "en", ...args], {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
  });
  return { code, output: lines.join("\n") };
}

/** The request lines of the docs' "The requests" block. */
function documentedRequests(): string[] {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "deployment.md"), "utf8");
  const section = doc.slice(doc.indexOf("### The requests"));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("docs/deployment.md has no request block under “### The requests”");
  return block.trim().split("\n");
}

/** Request lines (`METHOD /path`) and bodies of a dry run's output. */
function printedRequests(output: string): { lines: string[]; bodies: Map<string, unknown> } {
  const lines: string[] = [];
  const bodies = new Map<string, unknown>();
  const rows = output.split("\n");
  rows.forEach((row, i) => {
    const match = /^(GET|POST|PATCH) (\S+)$/.exec(row);
    if (!match) return;
    const line = `${match[1]} ${(match[2] ?? "").replace(GRAPH, "")}`;
    lines.push(line);
    const body: string[] = [];
    for (let j = i + 1; j < rows.length && rows[j]?.startsWith("    "); j += 1) body.push(rows[j] ?? "");
    if (body.length > 0) bodies.set(line, JSON.parse(body.join("\n")));
  });
  return { lines, bodies };
}

describe("register-app --dry-run", () => {
  it("prints exactly the requests docs/deployment.md lists, with the documented bodies", async () => {
    const { code, output } = await cli(["register-app", "--address", ADDRESS, "--site", SITE, "--dry-run"]);
    expect(code).toBe(0);
    const { lines, bodies } = printedRequests(output);
    expect(lines).toEqual(documentedRequests());
    const app = bodies.get("POST /applications") as Record<string, unknown>;
    expect(app).toMatchObject({
      displayName: "Anskaffelsesplan",
      signInAudience: "AzureADMyOrg",
      spa: {
        redirectUris: [
          `${ADDRESS}auth-redirect.html`,
          `${ADDRESS}auth-dialog.html`,
          "brk-multihub://anskaffelse.example.no",
        ],
      },
      requiredResourceAccess: [
        {
          resourceAppId: "00000003-0000-0000-c000-000000000000",
          resourceAccess: ["User.Read", "Sites.Selected", "Lists.SelectedOperations.Selected"].map((s) => ({
            id: `{scope-id:${s}}`,
            type: "Scope",
          })),
        },
      ],
    });
    expect(bodies.get("POST /oauth2PermissionGrants")).toEqual({
      clientId: "{service-principal-id}",
      consentType: "AllPrincipals",
      resourceId: "{graph-service-principal-id}",
      scope: "User.Read Sites.Selected Lists.SelectedOperations.Selected",
    });
    expect(bodies.get("POST /sites/{site-id}/permissions")).toEqual({
      roles: ["write"],
      grantedToIdentities: [{ application: { id: "{client-id}", displayName: "Anskaffelsesplan" } }],
    });
    expect(output).toContain("Client ID (application id): {client-id}");
  });

  it("asks for Sites.ReadWrite.All without a site grant, and leaves consent out on request", async () => {
    const { output } = await cli([
      "register-app",
      "--address",
      ADDRESS,
      "--permissions",
      "readWriteAll",
      "--no-consent",
      "--dry-run",
    ]);
    const { lines, bodies } = printedRequests(output);
    expect(lines.some((l) => l.includes("/permissions") || l.includes("oauth2PermissionGrants"))).toBe(false);
    const app = bodies.get("POST /applications") as {
      requiredResourceAccess: { resourceAccess: unknown[] }[];
    };
    expect(app.requiredResourceAccess[0]?.resourceAccess).toEqual([
      { id: "{scope-id:User.Read}", type: "Scope" },
      { id: "{scope-id:Sites.ReadWrite.All}", type: "Scope" },
    ]);
  });

  it("refuses Sites.Selected without a site, and an address that is not https", async () => {
    await expect(
      registerApp({ displayName: "A", baseUrl: ADDRESS, permissions: "selected" }, undefined),
    ).rejects.toThrow("--site");
    expect(() => redirectUrisFor("http://anskaffelse.example.no/")).toThrow("https");
    const { code, output } = await cli(["register-app", "--address", ADDRESS, "--dry-run"]);
    expect(code).toBe(1);
    expect(output).toContain("--site");
  });
});

describe("register-app against a Graph stand-in over HTTPS", () => {
  const dir = mkdtempSync(join(tmpdir(), "register-"));
  let server: Server;
  let graph: string;
  const seen: { method: string; path: string; body: unknown; auth: string }[] = [];

  /** Canned answers: the tenant, Graph's scopes, an existing app whose service principal is missing. */
  function answer(method: string, path: string): { status: number; body: unknown } {
    if (path.startsWith("/organization")) return { status: 200, body: { value: [{ id: "tenant-1" }] } };
    if (path.startsWith("/servicePrincipals(appId="))
      return {
        status: 200,
        body: {
          id: "graph-sp",
          oauth2PermissionScopes: ["User.Read", "Sites.Selected", "Lists.SelectedOperations.Selected"].map(
            (value, i) => ({ id: `scope-${i}`, value }),
          ),
        },
      };
    if (path.startsWith("/applications?"))
      return { status: 200, body: { value: [{ id: "app-obj", appId: "client-9" }] } };
    if (method === "PATCH" && path === "/applications/app-obj") return { status: 204, body: undefined };
    if (path.startsWith("/servicePrincipals?")) return { status: 200, body: { value: [] } };
    if (method === "POST" && path === "/servicePrincipals") return { status: 201, body: { id: "app-sp" } };
    if (path.startsWith("/oauth2PermissionGrants?")) return { status: 200, body: { value: [] } };
    if (method === "POST" && path === "/oauth2PermissionGrants")
      return { status: 201, body: { id: "grant-1" } };
    if (path.startsWith("/sites/politiet.sharepoint.com:")) return { status: 200, body: { id: "site-1" } };
    if (method === "POST" && path === "/sites/site-1/permissions")
      return { status: 201, body: { id: "perm-1" } };
    return { status: 400, body: { error: { code: "BadRequest", message: `unexpected ${method} ${path}` } } };
  }

  beforeAll(async () => {
    const certificate = await generateLoopbackCertificate();
    writeFileSync(join(dir, "ca.pem"), certificate.cert);
    server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const path = (req.url ?? "").replace(/^\/v1\.0/, "");
        const text = Buffer.concat(chunks).toString("utf8");
        seen.push({
          method: req.method ?? "",
          path,
          body: text ? JSON.parse(text) : undefined,
          auth: req.headers.authorization ?? "",
        });
        const { status, body } = answer(req.method ?? "", path);
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(body === undefined ? "" : JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    graph = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the documented requests with the token, updates the existing app and prints its client id", async () => {
    process.env.ANSKAFFELSESPLAN_TOKEN = "admin-token";
    try {
      const { code, output } = await cli([
        "register-app",
        "--address",
        ADDRESS,
        "--site",
        SITE,
        "--graph",
        graph,
        "--ca",
        join(dir, "ca.pem"),
      ]);
      expect(output).toContain("The app registration “Anskaffelsesplan” was updated.");
      expect(code).toBe(0);
      expect(output).toContain("Client ID (application id): client-9");
      expect(output).toContain("client ID client-9, tenant ID tenant-1, least privilege yes");
    } finally {
      delete process.env.ANSKAFFELSESPLAN_TOKEN;
    }
    const filled = documentedRequests().map((line) =>
      line
        .replace("{client-id}", "client-9")
        .replace("{service-principal-id}", "app-sp")
        .replace("{graph-service-principal-id}", "graph-sp")
        .replace("{site-id}", "site-1")
        .replace("POST /applications", "PATCH /applications/app-obj"),
    );
    // The URL parser escapes the quotes on the wire (%27): the same request.
    expect(seen.map((r) => decodeURIComponent(`${r.method} ${r.path}`))).toEqual(
      filled.map(decodeURIComponent),
    );
    expect(seen.every((r) => r.auth === "Bearer admin-token")).toBe(true);
    const patch = seen.find((r) => r.method === "PATCH")?.body as {
      requiredResourceAccess: { resourceAccess: unknown[] }[];
    };
    expect(patch.requiredResourceAccess[0]?.resourceAccess).toEqual([
      { id: "scope-0", type: "Scope" },
      { id: "scope-1", type: "Scope" },
      { id: "scope-2", type: "Scope" },
    ]);
    expect(seen.find((r) => r.path === "/sites/site-1/permissions")?.body).toEqual({
      roles: ["write"],
      grantedToIdentities: [{ application: { id: "client-9", displayName: "Anskaffelsesplan" } }],
    });
  });

  it("stops at the first refused request and names it", async () => {
    process.env.ANSKAFFELSESPLAN_TOKEN = "admin-token";
    try {
      const { code, output } = await cli([
        "register-app",
        "--address",
        ADDRESS,
        "--name",
        "Ukjent",
        "--permissions",
        "readWriteAll",
        "--graph",
        graph,
        "--ca",
        join(dir, "ca.pem"),
      ]);
      // The stand-in has no scope Sites.ReadWrite.All: the registration stops before writing anything.
      expect(code).toBe(1);
      expect(output).toContain("id of the delegated permission Sites.ReadWrite.All");
    } finally {
      delete process.env.ANSKAFFELSESPLAN_TOKEN;
    }
  });
});
