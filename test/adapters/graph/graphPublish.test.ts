/**
 * Write-back over real HTTPS: conditional PATCH inside $batch (≤ 20 per call) with If-Match eTags,
 * 412 → re-read → merge or conflict, throttled sub-requests retried, and no lost update when a
 * second client edits items between our sync and our publish. Shapes follow Microsoft's documented
 * examples: update listItem fields (https://learn.microsoft.com/graph/api/listitem-update), JSON
 * batching (https://learn.microsoft.com/graph/json-batching), 412 Precondition Failed on an eTag
 * mismatch (https://learn.microsoft.com/graph/errors).
 */
import { publishDecisions, type NeedDecision } from "../../../src/application/sharepoint/publishDecisions";
import { syncList } from "../../../src/application/sharepoint/syncList";
import { eTagOf } from "../../../src/adapters/graphServer/sharePointStore";
import {
  buildTenant,
  connect,
  gatewayFor,
  MAPPING,
  MemoryStateStore,
  SITE_URL,
  type Connected,
  type Tenant,
} from "./graphFixture";

describe("publish decisions over HTTPS against the demo server", () => {
  let tenant: Tenant;
  let conn: Connected;
  let store: MemoryStateStore;

  beforeEach(async () => {
    tenant = buildTenant(120);
    conn = await connect(tenant.store);
    store = new MemoryStateStore();
    await syncList(
      { gateway: conn.gateway, store },
      {
        graphBaseUrl: conn.server.baseUrl,
        siteUrl: SITE_URL,
        listName: "Anskaffelsesbehov",
        mapping: MAPPING,
      },
    );
    conn.server.resetStats();
  });
  afterEach(async () => {
    await conn.close();
  });

  const needId = (n: number): string => `B-${String(n).padStart(5, "0")}`;
  const fieldsOf = (n: number): Record<string, unknown> => tenant.intake.items.get(String(n))?.fields ?? {};
  const publish = (decisions: NeedDecision[]) =>
    publishDecisions({ gateway: conn.gateway, store }, decisions);

  it("writes status, rank, decision, dates and feedback in batches of at most 20", async () => {
    const decisions = Array.from({ length: 45 }, (_, i) => ({
      needId: needId(i + 1),
      values: {
        status: "planned",
        rank: i + 1,
        decision: "include",
        plannedStart: "2027-03-01",
        plannedFinish: "2027-06-30",
        feedback: `Prioritert som nr. ${i + 1}`,
      },
    }));
    const report = await publish(decisions);
    expect(report.written).toHaveLength(45);
    expect(conn.server.stats.batches).toBe(3);
    expect(conn.server.stats.subRequests).toBe(45);
    expect(fieldsOf(2)).toMatchObject({
      Status: "planned",
      Rank: 2,
      Decision: "include",
      Feedback: "Prioritert som nr. 2",
    });
    // Date-only: local midnight in Oslo, so SharePoint shows 1 March.
    expect(fieldsOf(2).PlannedStart).toBe("2027-02-28T23:00:00Z");
    expect(fieldsOf(2).PlannedFinish).toBe("2027-06-29T22:00:00Z");
    // The state now holds the new eTags: publishing the same again sends nothing.
    expect(store.state?.items["2"]?.eTag).toBe(eTagOf(tenant.intake, tenant.intake.items.get("2") as never));
    conn.server.resetStats();
    const again = await publish(decisions);
    expect(again.unchanged).toHaveLength(45);
    expect(conn.server.stats.requests).toBe(0);
  });

  it("merges with another user's edit of other fields (412 → re-read → write again)", async () => {
    const other = gatewayFor(conn.server);
    const [done] = await other.gateway.updateItems({ siteId: tenant.site.id, listId: tenant.intake.id }, [
      {
        itemId: "5",
        eTag: store.state?.items["5"]?.eTag as string,
        fields: { Title: "Nytt navn fra enheten" },
      },
    ]);
    other.close();
    expect(done?.kind).toBe("updated");
    const report = await publish([
      { needId: needId(5), values: { status: "planned", feedback: "Tas med i planen" } },
    ]);
    expect(report.merged).toEqual([needId(5)]);
    expect(report.conflicts).toEqual([]);
    expect(fieldsOf(5)).toMatchObject({
      Title: "Nytt navn fra enheten",
      Status: "planned",
      Feedback: "Tas med i planen",
    });
  });

  it("reports a conflict when the other edit touched the same field, and keeps their value", async () => {
    tenant.store.updateItem(tenant.intake, "6", { Status: "withdrawn" });
    tenant.store.updateItem(tenant.intake, "8", { Status: "planned" });
    const report = await publish([
      { needId: needId(6), values: { status: "planned", feedback: "Planlagt" } },
      { needId: needId(8), values: { status: "planned" } },
    ]);
    expect(report.conflicts).toEqual([
      {
        needId: needId(6),
        itemId: "6",
        field: "status",
        base: "submitted",
        theirs: "withdrawn",
        ours: "planned",
      },
    ]);
    expect(fieldsOf(6)).toMatchObject({ Status: "withdrawn", Feedback: "Planlagt" });
    expect(report.unchanged).toEqual([needId(8)]);
  });

  it("refuses to guess when two items carry the same need id", async () => {
    tenant.store.addItem(tenant.intake, { Title: "Kopi", NeedId: needId(10) });
    await syncList(
      { gateway: conn.gateway, store },
      { graphBaseUrl: conn.server.baseUrl, siteUrl: SITE_URL, listName: "Anskaffelsesbehov" },
    );
    const report = await publish([{ needId: needId(10), values: { status: "planned" } }]);
    expect(report.failed).toEqual([
      {
        needId: needId(10),
        status: 409,
        message: "items 10, 121 carry this need id",
        reason: "duplicate-need-id",
        itemIds: ["10", "121"],
      },
    ]);
    expect(fieldsOf(10).Status).toBe("submitted");
  });

  it("reports needs that are not in the list and items deleted meanwhile", async () => {
    tenant.store.deleteItem(tenant.intake, "9");
    const report = await publish([
      { needId: "B-99999", values: { status: "planned" } },
      { needId: needId(9), values: { status: "planned" } },
    ]);
    expect([...report.missing].sort()).toEqual([needId(9), "B-99999"]);
  });

  it("writes nothing twice when the answer to a conditional batch is lost after the write", async () => {
    conn.server.faults.set({ rate: 0.4, kinds: ["lostAnswer"], retryAfterSeconds: 0, slowMs: 0, seed: 9 });
    const decisions = Array.from({ length: 60 }, (_, i) => ({
      needId: needId(i + 1),
      values: { status: "planned", rank: 100 + i },
    }));
    const report = await publish(decisions);
    expect(conn.server.stats.faults.lostAnswer).toBeGreaterThan(0);
    for (let n = 1; n <= 60; n += 1) expect(fieldsOf(n)).toMatchObject({ Status: "planned", Rank: 99 + n });
    // A retried batch finds its own earlier write (412 → re-read → already as decided).
    expect(report.written.length + report.unchanged.length + report.merged.length).toBe(60);
    expect(report.unchanged.length).toBeGreaterThan(0);
    expect(report.conflicts).toEqual([]);
    expect(report.failed).toEqual([]);
  });

  it("loses no update when another client edits items between our sync and publish, under throttling", async () => {
    conn.server.faults.set({
      rate: 0.3,
      kinds: ["429", "503"],
      retryAfterSeconds: 0.01,
      slowMs: 0,
      seed: 11,
    });
    const otherEdits = new Map<string, Record<string, unknown>>();
    const fields = ["Title", "Status", "Feedback"] as const;
    for (let k = 0, n = 1; n <= 120; k += 1, n += 3) {
      const field = fields[k % fields.length] as string;
      const value = field === "Status" ? "deferred" : `Endret av enheten ${n}`;
      tenant.store.updateItem(tenant.intake, String(n), { [field]: value });
      otherEdits.set(String(n), { [field]: value });
    }
    const decisions = Array.from({ length: 120 }, (_, i) => ({
      needId: needId(i + 1),
      values: { status: "planned", rank: i + 1, feedback: `Vedtak ${i + 1}` },
    }));
    const report = await publish(decisions);
    // Every other edit survived.
    for (const [itemId, edit] of otherEdits)
      expect(tenant.intake.items.get(itemId)?.fields).toMatchObject(edit);
    // Every field of ours is on the server unless it was reported as a conflict.
    const conflicted = new Set(report.conflicts.map((c) => `${c.itemId}/${c.field}`));
    for (let n = 1; n <= 120; n += 1) {
      const f = fieldsOf(n);
      if (!conflicted.has(`${n}/status`)) expect(f.Status).toBe("planned");
      if (!conflicted.has(`${n}/feedback`)) expect(f.Feedback).toBe(`Vedtak ${n}`);
      expect(f.Rank).toBe(n);
    }
    // Conflicts are exactly the items where the other client changed a field we write.
    const expected = [...otherEdits].filter(([, e]) => "Status" in e || "Feedback" in e).length;
    expect(report.conflicts).toHaveLength(expected);
    expect(report.failed).toEqual([]);
    expect(new Set([...otherEdits.values()].map((e) => Object.keys(e)[0]))).toEqual(new Set(fields));
    expect(conn.server.stats.faults["429"] + conn.server.stats.faults["503"]).toBeGreaterThan(0);
  });
});
