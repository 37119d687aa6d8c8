/**
 * Publishing an approved version over real HTTPS to the demo Graph server: the intake list's items
 * then carry exactly that version's decisions and the feedback list one item per need; publishing
 * again writes nothing; a conflict keeps the version unpublished until the caller accepts it; a
 * version that is not approved, or superseded, is refused before anything is written.
 */
import { resolveConflicts } from "../../../src/application/sharepoint/resolveConflicts";
import { publishVersion, type VersionPublishPorts } from "../../../src/application/planYear/publishVersion";
import {
  approveVersion,
  createDraftVersion,
  submitVersion,
} from "../../../src/application/planYear/planVersions";
import { syncList } from "../../../src/application/sharepoint/syncList";
import { feedbackListDefinition, LIST_NAMES } from "../../../src/application/sharepoint/listSchemas";
import { instantOfLocalMidnight } from "../../../src/application/sharepoint/zonedDates";
import type { PlanResult } from "../../../src/application/planResult";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { PlanVersionError } from "../../../src/domain/planYear/versionLifecycle";
import type { Area } from "../../../src/domain/model/organisation";
import { handPlan, type HandNeed } from "../../builders/handPlan";
import {
  MemoryPlanYearStore,
  NO_EDITS,
  TEST_APPROVERS,
  testDeps,
  testRecord,
} from "../../builders/memoryPlanYearStore";
import {
  buildTenant,
  connect,
  MAPPING,
  MemoryStateStore,
  SITE_URL,
  type Connected,
  type Tenant,
} from "../../adapters/graph/graphFixture";

const YEAR = 2027;
const COUNT = 24;
const AREAS: readonly Area[] = ["IKT", "Eiendom", "Materiell", "Anskaffelser"];
const needId = (n: number) => `B-${String(n).padStart(5, "0")}`;

function plan(variant: (n: number) => Partial<HandNeed> = () => ({})): PlanResult {
  return handPlan(
    YEAR,
    Array.from({ length: COUNT }, (_, i) => ({
      id: needId(i + 1),
      area: AREAS[i % AREAS.length],
      rank: i + 1,
      include: i < COUNT / 2,
      ...(i < COUNT / 2
        ? { start: "2027-03-01", finish: `2027-0${4 + (i % 5)}-15` }
        : { reason: "budget" as const }),
      ...variant(i + 1),
    })),
  );
}

/** Creates, submits and approves (every scope) a version of the plan; returns its id. */
async function approved(store: MemoryPlanYearStore, result: PlanResult): Promise<string> {
  const input = { config: defaultPlanConfig(YEAR), needs: [], contracts: [], spend: [], people: [] };
  const { id } = await createDraftVersion(
    testDeps(store),
    YEAR,
    { input, edits: NO_EDITS, result },
    "koordinator@politiet.no",
  );
  await submitVersion(testDeps(store), YEAR, id, "koordinator@politiet.no");
  for (const scope of ["whole", "procurement", "realEstate"] as const)
    await approveVersion(testDeps(store), YEAR, id, scope, TEST_APPROVERS[scope][0] as string);
  return id;
}

describe("publishing an approved version over HTTPS", () => {
  let tenant: Tenant;
  let conn: Connected;
  let ports: VersionPublishPorts;
  const store = new MemoryPlanYearStore();
  store.seed(testRecord(YEAR));

  beforeAll(async () => {
    tenant = buildTenant(COUNT);
    tenant.store.createList(tenant.site, feedbackListDefinition(defaultPlanConfig(YEAR)));
    conn = await connect(tenant.store);
    const syncState = new MemoryStateStore();
    await syncList(
      { gateway: conn.gateway, store: syncState },
      { graphBaseUrl: conn.server.baseUrl, siteUrl: SITE_URL, listName: LIST_NAMES.intake, mapping: MAPPING },
    );
    ports = {
      gateway: conn.gateway,
      syncState,
      siteUrl: SITE_URL,
      feedbackList: LIST_NAMES.feedback,
      documents: {
        workbook: async (file) => new TextEncoder().encode(`xlsx ${file.id}`),
        projectXml: async (file) => new TextEncoder().encode(`<Project>${file.id}</Project>`),
        planDocuments: async (file) => [
          { name: `anskaffelsesplan-${file.planYear}-oslo`, content: new TextEncoder().encode(file.id) },
        ],
      },
    };
  });
  afterAll(async () => {
    await conn.close();
  });

  const intakeItem = (n: number) => tenant.intake.items.get(String(n))?.fields ?? {};
  const feedbackItems = () => {
    const list = tenant.store.findList(tenant.site, LIST_NAMES.feedback);
    return [...(list?.items.values() ?? [])].map((i) => i.fields);
  };

  it("refuses a version that is not approved, writing nothing", async () => {
    const input = { config: defaultPlanConfig(YEAR), needs: [], contracts: [], spend: [], people: [] };
    await createDraftVersion(
      testDeps(store),
      YEAR,
      { input, edits: NO_EDITS, result: plan() },
      "k@politiet.no",
    );
    conn.server.resetStats();
    const error = await publishVersion(testDeps(store), YEAR, "v001", ports, "k@politiet.no").catch(
      (e: unknown) => e,
    );
    expect((error as PlanVersionError).code).toBe("wrong-status");
    expect(conn.server.stats.requests).toBe(0);
  });

  it("writes exactly the approved version's decisions and feedback, then marks it published", async () => {
    const result = plan();
    const id = await approved(store, result);
    const outcome = await publishVersion(testDeps(store), YEAR, id, ports, "Koordinator@politiet.no");
    expect(outcome.status).toBe("published");
    expect(outcome.decisions?.written).toHaveLength(COUNT);
    expect(outcome.feedback?.created).toHaveLength(COUNT);
    expect(outcome.documents).toEqual([
      `plan-${YEAR}-${id}.xlsx`,
      `plan-${YEAR}-${id}.xml`,
      `anskaffelsesplan-${YEAR}-oslo-${id}.docx`,
    ]);
    expect(store.documents.get(`${YEAR}/anskaffelsesplan-${YEAR}-oslo-${id}.docx`)?.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(store.documents.get(`${YEAR}/plan-${YEAR}-${id}.xml`)?.contentType).toBe("application/xml");
    for (const [i, d] of result.decisions.entries()) {
      const fields = intakeItem(i + 1);
      expect(fields.NeedId).toBe(d.needId);
      expect([fields.Status, fields.Rank, fields.Decision, fields.Feedback]).toEqual([
        d.status,
        d.rank,
        d.decision,
        d.feedback,
      ]);
      const zone = tenant.store.timeZone;
      expect(fields.PlannedStart ?? null).toBe(
        d.plannedStart && instantOfLocalMidnight(d.plannedStart, zone),
      );
      expect(fields.PlannedFinish ?? null).toBe(
        d.plannedFinish && instantOfLocalMidnight(d.plannedFinish, zone),
      );
    }
    const feedback = feedbackItems();
    expect(feedback.map((f) => [f.NeedId, f.Decision, f.Feedback, f.PlanYear])).toEqual(
      result.decisions.map((d) => [d.needId, d.decision, d.feedback, YEAR]),
    );
    const summary = store.record(YEAR).versions.find((v) => v.id === id);
    expect([summary?.status, summary?.published?.by]).toEqual(["published", "koordinator@politiet.no"]);
  });

  it("publishing again writes nothing and says it is already published", async () => {
    const before = JSON.stringify([...tenant.intake.items.values()]);
    conn.server.resetStats();
    const writes = store.recordWrites;
    const outcome = await publishVersion(testDeps(store), YEAR, "v002", ports, "koordinator@politiet.no");
    expect(outcome).toEqual({ version: "v002", status: "already-published", documents: [] });
    expect(conn.server.stats.requests).toBe(0);
    expect(store.recordWrites).toBe(writes);
    expect(JSON.stringify([...tenant.intake.items.values()])).toBe(before);
  });

  it("keeps a version with a conflict unpublished until the conflict is resolved; then the approved values are written", async () => {
    const result = plan((n) => (n === 3 ? { rank: 99 } : {}));
    const id = await approved(store, result);
    // Someone edits the rank of item 3 after our sync: a conflict with the new version's rank.
    tenant.store.updateItem(tenant.intake, "3", { Rank: 42 });
    const first = await publishVersion(testDeps(store), YEAR, id, ports, "koordinator@politiet.no");
    expect(first.status).toBe("not-published");
    expect(first.decisions?.conflicts.map((c) => [c.needId, c.field, c.theirs, c.ours])).toEqual([
      [needId(3), "rank", 42, 99],
    ]);
    expect(first.documents).toEqual([]);
    expect(intakeItem(3).Rank).toBe(42);
    expect(store.record(YEAR).versions.find((v) => v.id === id)?.status).toBe("approved");
    // The older published v002 is not the version in force any more, but stays published.
    const older = await publishVersion(testDeps(store), YEAR, "v002", ports, "k@politiet.no");
    expect(older.status).toBe("already-published");
    // Running it again does not overwrite the other person's value: the conflict stays open.
    const again = await publishVersion(testDeps(store), YEAR, id, ports, "koordinator@politiet.no");
    expect(again.status).toBe("not-published");
    expect(again.decisions?.conflicts.map((c) => c.needId)).toEqual([needId(3)]);
    expect(intakeItem(3).Rank).toBe(42);
    // Resolved by taking the plan's value: written, and the next publish finds the version in place.
    const resolved = await resolveConflicts(
      { gateway: ports.gateway, store: ports.syncState },
      { choice: "take-ours", needId: needId(3) },
    );
    expect(resolved.written.map((c) => c.needId)).toEqual([needId(3)]);
    expect(intakeItem(3).Rank).toBe(99);
    const last = await publishVersion(testDeps(store), YEAR, id, ports, "koordinator@politiet.no");
    expect(last.status).toBe("published");
    expect(last.decisions?.conflicts).toEqual([]);
    expect(last.documents).toHaveLength(3);
  });

  it("with acceptConflicts, marks it published leaving the other edit standing", async () => {
    const id = await approved(
      store,
      plan((n) => (n === 4 ? { rank: 55 } : n === 3 ? { rank: 99 } : {})),
    );
    tenant.store.updateItem(tenant.intake, "4", { Rank: 44 });
    const outcome = await publishVersion(testDeps(store), YEAR, id, ports, "koordinator@politiet.no", {
      acceptConflicts: true,
    });
    expect(outcome.status).toBe("published");
    expect(outcome.decisions?.conflicts.map((c) => c.needId)).toEqual([needId(4)]);
    expect(intakeItem(4).Rank).toBe(44);
  });

  it("refuses an approved version superseded by a newer approved one", async () => {
    const older = await approved(
      store,
      plan((n) => (n === 5 ? { rank: 77 } : {})),
    );
    const newer = await approved(store, plan());
    expect(newer > older).toBe(true);
    const error = await publishVersion(testDeps(store), YEAR, older, ports, "k@politiet.no").catch(
      (e: unknown) => e,
    );
    expect([(error as PlanVersionError).code, (error as PlanVersionError).params.newer]).toEqual([
      "superseded",
      newer,
    ]);
  });
});
