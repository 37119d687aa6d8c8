/**
 * Sync over real HTTPS against the Graph-compatible demo server: full read with paging, delta with
 * changes and deletes, expired delta token (410 → full resync), 30 % injected faults, delta with no
 * change in one request, User-Agent decoration. Response shapes follow Microsoft's documented
 * examples: listItem list (https://learn.microsoft.com/graph/api/listitem-list), listItem delta incl.
 * `deleted` and 410 Gone (https://learn.microsoft.com/graph/api/listitem-delta), throttling with
 * Retry-After (https://learn.microsoft.com/graph/throttling).
 */
import { syncList } from "../../../src/application/sharepoint/syncList";
import { createGraphClient } from "../../../src/adapters/graph/graphClientFactory";
import { createNodeHttpsFetch } from "../../../src/adapters/graph/nodeHttpsFetch";
import { GraphListGateway } from "../../../src/adapters/graph/graphListGateway";
import { DEMO_TOKEN } from "../../../src/adapters/graphServer/graphServer";
import { selectKeys } from "../../../src/application/sharepoint/fieldMapping";
import {
  TEST_RETRY,
  buildTenant,
  connect,
  intakeFields,
  MAPPING,
  MemoryStateStore,
  serverItems,
  SITE_URL,
  type Connected,
  type Tenant,
} from "./graphFixture";

const FAULTS_30 = {
  rate: 0.3,
  kinds: ["429", "503", "reset", "slow"] as const,
  retryAfterSeconds: 0.01,
  slowMs: 5,
  seed: 7,
};

function selectOf(tenant: Tenant): string[] {
  return selectKeys(MAPPING, tenant.intake.columns);
}

describe("sync with answers slower than the client's timeout", () => {
  it("retries the timed-out reads and still ends with the server's state", async () => {
    const tenant = buildTenant(300);
    const conn = await connect(tenant.store, { defaultPageSize: 100, maxPageSize: 200 }, TEST_RETRY, 150);
    try {
      conn.server.faults.set({ rate: 0.3, kinds: ["slow"], retryAfterSeconds: 0, slowMs: 400, seed: 5 });
      const store = new MemoryStateStore();
      await syncList(
        { gateway: conn.gateway, store },
        {
          graphBaseUrl: conn.server.baseUrl,
          siteUrl: SITE_URL,
          listName: "Anskaffelsesbehov",
          mapping: MAPPING,
        },
      );
      expect(conn.server.stats.faults.slow).toBeGreaterThan(0);
      expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
    } finally {
      await conn.close();
    }
  });
});

describe("sync over HTTPS against the demo server", () => {
  let tenant: Tenant;
  let conn: Connected;
  let store: MemoryStateStore;

  beforeEach(async () => {
    tenant = buildTenant(450);
    conn = await connect(tenant.store, { defaultPageSize: 100, maxPageSize: 200 });
    store = new MemoryStateStore();
  });
  afterEach(async () => {
    await conn.close();
  });

  const sync = (mode: "auto" | "full" = "auto") =>
    syncList(
      { gateway: conn.gateway, store },
      {
        graphBaseUrl: conn.server.baseUrl,
        siteUrl: SITE_URL,
        listName: "Anskaffelsesbehov",
        mapping: MAPPING,
        mode,
      },
    );

  it("reads every item with paging, maps typed columns and keeps date-only values unshifted", async () => {
    const outcome = await sync();
    expect(outcome.mode).toBe("full");
    expect(outcome.records).toHaveLength(450);
    expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
    const first = outcome.records[0] as Record<string, unknown>;
    // Item 1: NeededBy is local midnight 2027-02-02 in Oslo, stored as 2027-02-01T23:00:00Z.
    expect(tenant.intake.items.get("1")?.fields.NeededBy).toBe("2027-02-01T23:00:00Z");
    expect(first.neededBy).toBe("2027-02-02");
    expect(first.id).toBe("B-00001");
    expect(first.estimatedValue).toBe(101_000);
    expect(first.securityGraded).toBe(false);
    expect(first.contact).toBe("ola.hansen@politiet.no");
    expect(first.score_reach).toBe(2);
    const fifth = outcome.records[4] as Record<string, unknown>;
    expect(fifth.existingContractId).toBe("KAV-1002");
    expect(outcome.issues).toEqual([]);
    expect(conn.server.stats.lastUserAgent).toBe("NONISV|Politiet|Anskaffelsesplan/0.1.0");
  });

  it("applies changes, additions and deletions through delta; the last occurrence wins", async () => {
    await sync();
    const { store: sp, intake } = tenant;
    sp.updateItem(intake, "3", { Status: "withdrawn" });
    sp.updateItem(intake, "3", { Title: "Behov 3 (endret)" });
    sp.deleteItem(intake, "7");
    sp.deleteItem(intake, "250");
    for (let n = 451; n <= 570; n += 1) sp.addItem(intake, intakeFields(n, tenant));
    conn.server.resetStats();
    const outcome = await sync();
    expect(outcome.mode).toBe("delta");
    expect(outcome.deleted).toBe(2);
    expect(outcome.records).toHaveLength(450 - 2 + 120);
    expect(store.state?.items).toEqual(serverItems(intake, selectOf(tenant)));
    const third = outcome.records.find((r) => r.id === "B-00003") as Record<string, unknown>;
    expect(third).toMatchObject({ status: "withdrawn", title: "Behov 3 (endret)" });
    expect(outcome.records.some((r) => r.id === "B-00007")).toBe(false);
  });

  it("needs exactly one request for a delta with no change", async () => {
    await sync();
    conn.server.resetStats();
    const outcome = await sync();
    expect(outcome.mode).toBe("delta");
    expect(outcome.changed + outcome.deleted).toBe(0);
    expect(conn.server.stats.requests).toBe(1);
  });

  it("falls back to a full resync when the delta token has expired (410 Gone)", async () => {
    await sync();
    tenant.store.deleteItem(tenant.intake, "9");
    tenant.store.updateItem(tenant.intake, "10", { Status: "planned" });
    tenant.store.expireDeltaTokens(tenant.intake);
    const outcome = await sync();
    expect(outcome.mode).toBe("resync");
    expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
    // The next sync uses the fresh token again.
    tenant.store.updateItem(tenant.intake, "11", { Status: "planned" });
    const after = await sync();
    expect(after.mode).toBe("delta");
    expect(after.changed).toBe(1);
  });

  it("ends with the server's state item by item under 30 % injected faults and an expired token", async () => {
    conn.server.faults.set({ ...FAULTS_30, kinds: [...FAULTS_30.kinds] });
    await sync();
    expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
    for (let n = 1; n <= 60; n += 1)
      tenant.store.updateItem(tenant.intake, String(n * 7), { Status: "in-analysis" });
    for (let n = 1; n <= 20; n += 1) tenant.store.deleteItem(tenant.intake, String(n * 11));
    await sync();
    expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
    tenant.store.expireDeltaTokens(tenant.intake);
    tenant.store.updateItem(tenant.intake, "2", { Status: "deferred" });
    const resync = await sync();
    expect(resync.mode).toBe("resync");
    expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
    const injected = conn.server.stats.faults;
    expect(injected["429"] + injected["503"] + injected.reset).toBeGreaterThan(0);
  });

  it("resyncs when a delta page carries an error object instead of an item", async () => {
    await sync();
    for (let n = 1; n <= 150; n += 1)
      tenant.store.updateItem(tenant.intake, String(n), { Status: "in-analysis" });
    conn.server.faults.set({ rate: 1, kinds: ["deltaError"], retryAfterSeconds: 0, slowMs: 0, seed: 3 });
    const outcome = await sync();
    expect(outcome.mode).toBe("resync");
    expect(conn.server.stats.faults.deltaError).toBe(1);
    expect(store.state?.items).toEqual(serverItems(tenant.intake, selectOf(tenant)));
  });

  it("builds its links on the host the client called (localhost as well as 127.0.0.1)", async () => {
    const baseUrl = conn.server.baseUrl.replace("127.0.0.1", "localhost");
    const fetch = createNodeHttpsFetch({ ca: conn.server.certificate.cert });
    try {
      const client = createGraphClient({ baseUrl, getToken: async () => DEMO_TOKEN, fetch });
      const outcome = await syncList(
        { gateway: new GraphListGateway(client), store },
        { graphBaseUrl: baseUrl, siteUrl: SITE_URL, listName: "Anskaffelsesbehov", mapping: MAPPING },
      );
      expect(outcome.records).toHaveLength(450);
      expect(outcome.state.deltaLink?.startsWith(`${baseUrl}/sites/`)).toBe(true);
    } finally {
      fetch.close();
    }
  });

  it("reads everything again when the mapping changed (other columns selected)", async () => {
    await sync();
    const withoutScores = {
      ...MAPPING,
      needFields: Object.fromEntries(
        Object.entries(MAPPING.needFields).filter(([f]) => !f.startsWith("score_")),
      ),
    };
    const outcome = await syncList(
      { gateway: conn.gateway, store },
      {
        graphBaseUrl: conn.server.baseUrl,
        siteUrl: SITE_URL,
        listName: "Anskaffelsesbehov",
        mapping: withoutScores,
      },
    );
    expect(outcome.mode).toBe("full");
    expect(outcome.records[0]).not.toHaveProperty("score_reach");
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    let pages = 0;
    const run = syncList(
      {
        gateway: conn.gateway,
        store,
        signal: controller.signal,
        progress: (e) => {
          if (e.phase === "full" && ++pages === 1) controller.abort(new Error("cancelled by the user"));
        },
      },
      {
        graphBaseUrl: conn.server.baseUrl,
        siteUrl: SITE_URL,
        listName: "Anskaffelsesbehov",
        mapping: MAPPING,
      },
    );
    await expect(run).rejects.toThrow("cancelled by the user");
    expect(store.state).toBeUndefined();
  });
});
