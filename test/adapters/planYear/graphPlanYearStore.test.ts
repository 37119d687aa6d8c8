// The SharePoint-library plan-year store passes the shared store contract over real HTTPS to the
// demo Graph server (drive items with eTags, If-Match 412, conflictBehavior=fail 409, children).
import { GraphPlanYearStore, currentAccount } from "../../../src/adapters/graph/graphPlanYearStore";
import { createGraphClient } from "../../../src/adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../../src/adapters/graph/nodeHttpsFetch";
import { GraphListGateway } from "../../../src/adapters/graph/graphListGateway";
import {
  startGraphServer,
  DEMO_TOKEN,
  type RunningGraphServer,
} from "../../../src/adapters/graphServer/graphServer";
import { SharePointStore } from "../../../src/adapters/graphServer/sharePointStore";
import { planYearStoreContract } from "./planYearStoreContract";

const SITE_URL = "https://politiet.sharepoint.com/sites/anskaffelser";
const running: { server: RunningGraphServer; close: () => void }[] = [];

afterAll(async () => {
  for (const r of running) {
    r.close();
    await r.server.close();
  }
});

async function connected(tokenUsers: Record<string, string> = {}) {
  const store = new SharePointStore();
  store.addSite("politiet.sharepoint.com", "sites/anskaffelser", "Anskaffelser");
  const server = await startGraphServer({
    store,
    tokens: [DEMO_TOKEN, ...Object.keys(tokenUsers)],
    tokenUsers,
  });
  const fetch = createNodeHttpsFetch({ ca: server.certificate.cert });
  running.push({ server, close: () => fetch.close() });
  const clientFor = (token: string) =>
    createGraphClient({
      baseUrl: server.baseUrl,
      getToken: async () => token,
      fetch,
      retry: { maxRetries: 2, baseDelayMs: 1 },
    });
  const site = await new GraphListGateway(clientFor(DEMO_TOKEN)).resolveSite(SITE_URL);
  const storeFor = (token: string) => new GraphPlanYearStore(clientFor(token), site.id, SITE_URL);
  return { server, store, site, clientFor, storeFor };
}

planYearStoreContract("SharePoint library over Graph", {
  async fresh() {
    const c = await connected();
    return { store: c.storeFor(DEMO_TOKEN), other: c.storeFor(DEMO_TOKEN) };
  },
  async documentBytes(store, year, name) {
    const r = running[running.length - 1] as (typeof running)[number];
    const site = r.server.store.findSite("politiet.sharepoint.com", "sites/anskaffelser");
    return site
      ? r.server.store.findFile(site, `Anskaffelsesplan/${year}/documents/${name}`)?.bytes
      : undefined;
  },
});

describe("GraphPlanYearStore", () => {
  it("names files by the site URL and finds the signed-in account from GET /me", async () => {
    const c = await connected({ "token-ann": "Ann.Berg@politiet.no" });
    expect(c.storeFor(DEMO_TOKEN).location(2027, "plan-year.json")).toBe(
      `${SITE_URL}/Anskaffelsesplan/2027/plan-year.json`,
    );
    expect(await currentAccount(c.clientFor("token-ann"))).toBe("ann.berg@politiet.no");
    expect(await currentAccount(c.clientFor(DEMO_TOKEN))).toBe("koordinator@politiet.no");
  });

  it("replaces the record as a new version of the same library file", async () => {
    const c = await connected();
    const store = c.storeFor(DEMO_TOKEN);
    const first = await store.writeRecord(2027, "{}", undefined);
    await store.writeRecord(2027, "{ }", first);
    const site = c.store.findSite(c.site.id);
    const file = site && c.store.findFile(site, "Anskaffelsesplan/2027/plan-year.json");
    expect(file?.version).toBe(2);
  });

  it("answers the drive routes as Graph does: 302 to the download URL, If-None-Match, 409 on fail, children", async () => {
    const c = await connected();
    const fetch = createNodeHttpsFetch({ ca: c.server.certificate.cert });
    const item = `${c.server.baseUrl}/sites/${encodeURIComponent(c.site.id)}/drive/root:/Anskaffelsesplan/2027/a.json`;
    const auth = { Authorization: `Bearer ${DEMO_TOKEN}`, "Content-Type": "application/json" };
    const put = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${item}:/content${query}`, { method: "PUT", headers: { ...auth, ...headers }, body: "{}" });
    expect((await put("")).status).toBe(201);
    expect((await put("", { "If-None-Match": "*" })).status).toBe(412);
    const conflict = await put("?@microsoft.graph.conflictBehavior=fail");
    expect([conflict.status, ((await conflict.json()) as { error: { code: string } }).error.code]).toEqual([
      409,
      "nameAlreadyExists",
    ]);
    const stale = await put("", { "If-Match": '"{00000000-0000-0000-0000-000000000000},1"' });
    expect(stale.status).toBe(412);
    const content = await fetch(`${item}:/content`, { headers: auth });
    expect(content.status).toBe(302);
    const meta = (await (await fetch(item, { headers: auth })).json()) as Record<string, string>;
    expect(content.headers.get("location")).toBe(meta["@microsoft.graph.downloadUrl"]);
    expect(meta["eTag"]).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(await (await fetch(meta["@microsoft.graph.downloadUrl"] as string)).text()).toBe("{}");
    const folder = `${c.server.baseUrl}/sites/${encodeURIComponent(c.site.id)}/drive/root:/Anskaffelsesplan:/children`;
    const listing = (await (await fetch(folder, { headers: auth })).json()) as {
      value: { name: string; folder?: unknown }[];
    };
    expect(listing.value).toEqual([{ name: "2027", folder: { childCount: 1 } }]);
    fetch.close();
  });
});
