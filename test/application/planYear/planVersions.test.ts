/**
 * The plan versions' life against an in-memory store that honours etags: drafts numbered v001,
 * v002…, submit fixes the hash, approval scope by scope by configured approvers only, parts with no
 * needs need no approval, tampering is caught naming the file and field, one version in force at a
 * time, and concurrent record writes are retried instead of lost.
 */
import {
  approveVersion,
  createDraftVersion,
  listVersions,
  loadVersion,
  submitVersion,
} from "../../../src/application/planYear/planVersions";
import { PlanVersionError } from "../../../src/domain/planYear/versionLifecycle";
import { contentHashOf } from "../../../src/domain/planYear/contentHash";
import { versionErrorText } from "../../../src/i18n/versionMessages";
import { PlanYearMissingError } from "../../../src/application/planYear/planYearRecords";
import { PlanYearFileError } from "../../../src/application/planYear/planYearFile";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { PlanInput } from "../../../src/domain/model/planInput";
import { handPlan } from "../../builders/handPlan";
import { MemoryPlanYearStore, NO_EDITS, testDeps, testRecord } from "../../builders/memoryPlanYearStore";

const YEAR = 2027;
const LEADER = "Leder@Politiet.no";
const PROCUREMENT = "anskaffelsesdirektor@politiet.no";
const REAL_ESTATE = "eiendomsdirektor@politiet.no";

const input: PlanInput = {
  config: defaultPlanConfig(YEAR),
  needs: [{ id: "N-1" }, { id: "N-2" }, { id: "N-3" }],
  contracts: [],
  spend: [],
  people: [],
};
/** IKT and Materiell needs: the whole and the procurement plan need approval, real estate not. */
const plan = handPlan(YEAR, [
  { id: "N-1", area: "IKT", rank: 1, include: true, start: "2027-02-01", finish: "2027-05-01" },
  { id: "N-2", area: "Materiell", rank: 2, include: false, reason: "budget" },
  { id: "N-3", rejected: true },
]);
const content = { input, edits: NO_EDITS, result: plan };

async function refusal(promise: Promise<unknown>): Promise<PlanVersionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlanVersionError))
    throw new Error(`expected a PlanVersionError, got ${String(error)}`);
  return error;
}

describe("plan versions", () => {
  let store: MemoryPlanYearStore;
  beforeEach(() => {
    store = new MemoryPlanYearStore();
    store.seed(testRecord(YEAR));
  });

  it("creates drafts v001, v002 with the input's hash, the parts and a summary in the record", async () => {
    const first = await createDraftVersion(testDeps(store), YEAR, content, "Koordinator@politiet.no");
    const second = await createDraftVersion(
      testDeps(store),
      YEAR,
      { ...content, basedOn: "v001", asOf: "2027-04-01" },
      "k@p.no",
    );
    expect([first.id, second.id]).toEqual(["v001", "v002"]);
    expect(first.hashes.input).toBe(contentHashOf(input));
    expect(first.parts).toEqual({ procurement: 1, realEstate: 0, materiel: 1 });
    expect(second.kind).toBe("revision");
    const record = store.record(YEAR);
    expect(record.versions.map((v) => [v.id, v.status, v.kind, v.created.by])).toEqual([
      ["v001", "draft", "annual", "koordinator@politiet.no"],
      ["v002", "draft", "revision", "k@p.no"],
    ]);
    const loaded = await loadVersion(testDeps(store), YEAR, "v002");
    expect(loaded.file.result).toEqual(plan);
    // Maps keyed by data come back null-prototype.
    expect(Object.getPrototypeOf(loaded.file.edits.notes)).toBeNull();
  });

  it("walks draft → submitted → approved, scope by scope, by the configured approvers only", async () => {
    await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    const early = await refusal(approveVersion(testDeps(store), YEAR, "v001", "whole", LEADER));
    expect(versionErrorText(early, "en")).toBe(
      "Version v001 is “draft” and cannot be approved (it must be submitted and not approved already).",
    );
    const submitted = await submitVersion(testDeps(store), YEAR, "v001", "k@p.no");
    expect(submitted.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const stranger = await refusal(approveVersion(testDeps(store), YEAR, "v001", "whole", PROCUREMENT));
    expect(stranger.code).toBe("not-approver");
    expect(versionErrorText(stranger, "nb")).toBe(
      "anskaffelsesdirektor@politiet.no kan ikke godkjenne hele planen (PFTs ledergruppe) for versjon v001: bare de som er satt opp som godkjennere i plan-året kan det.",
    );
    const realEstate = await refusal(
      approveVersion(testDeps(store), YEAR, "v001", "realEstate", REAL_ESTATE),
    );
    expect(versionErrorText(realEstate, "en")).toBe(
      "Version v001 needs no approval of the real-estate portfolio plan (director of Real Estate): that part has no needs.",
    );

    const whole = await approveVersion(testDeps(store), YEAR, "v001", "whole", LEADER);
    expect(whole.required).toEqual(["whole", "procurement"]);
    expect(whole.missing).toEqual(["procurement"]);
    expect(whole.approvedBy).toBe("leder@politiet.no");
    expect(whole.summary.status).toBe("submitted");
    const twice = await refusal(approveVersion(testDeps(store), YEAR, "v001", "whole", LEADER));
    expect(twice.code).toBe("scope-approved");
    const done = await approveVersion(testDeps(store), YEAR, "v001", "procurement", PROCUREMENT);
    expect(done.summary.status).toBe("approved");
    expect(done.missing).toEqual([]);
    expect(done.summary.approvals.map((a) => [a.scope, a.stamp.by])).toEqual([
      ["whole", "leder@politiet.no"],
      ["procurement", PROCUREMENT],
    ]);
    expect((await listVersions(testDeps(store), YEAR)).current).toBe("v001");
  });

  it("catches a version file changed after submission, naming the file and the field", async () => {
    await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    await submitVersion(testDeps(store), YEAR, "v001", "k@p.no");
    const pristine = store.files.get(`${YEAR}/v001`);
    store.tamper(YEAR, "v001", (file) => {
      (file.result as { decisions: { feedback: string }[] }).decisions[0]!.feedback = "Endret i filen";
    });
    const result = await refusal(approveVersion(testDeps(store), YEAR, "v001", "whole", LEADER));
    expect(versionErrorText(result, "en")).toBe(
      "memory:/Anskaffelsesplan/2027/versions/v001.json was changed after the version was saved or submitted (field “result”): an approved version cannot change. Make a new version instead.",
    );
    // Changing a section and its hash together is still caught by the record's contentHash.
    store.files.set(`${YEAR}/v001`, pristine!);
    store.tamper(YEAR, "v001", (file) => {
      (file.created as { by: string }).by = "noen@annen.no";
    });
    expect((await refusal(loadVersion(testDeps(store), YEAR, "v001"))).params.field).toBe("created");
    store.files.set(`${YEAR}/v001`, pristine!);
    store.tamper(YEAR, "v001", (file) => {
      const edits = { ...NO_EDITS, notes: { "N-1": { text: "ny", stamp: { by: "x", at: "y" } } } };
      file.edits = edits;
      (file.hashes as Record<string, string>).edits = contentHashOf(edits);
    });
    expect((await refusal(loadVersion(testDeps(store), YEAR, "v001"))).params.field).toBe("contentHash");
    // Whitespace and key order are no change.
    store.files.set(`${YEAR}/v001`, { content: JSON.stringify(JSON.parse(pristine!.content)), etag: "x" });
    await expect(loadVersion(testDeps(store), YEAR, "v001")).resolves.toBeDefined();
  });

  it("names the file and field of a version file with an unknown schema version", async () => {
    await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    store.tamper(YEAR, "v001", (file) => {
      file.schemaVersion = 7;
    });
    const error = await refusal(loadVersion(testDeps(store), YEAR, "v001"));
    expect(versionErrorText(error, "nb")).toBe(
      "memory:/Anskaffelsesplan/2027/versions/v001.json, felt «schemaVersion»: ukjent skjemaversjon 7.",
    );
  });

  it("keeps one version in force: an older version cannot be approved once a newer one is", async () => {
    for (let i = 0; i < 2; i += 1) {
      await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    }
    for (const id of ["v001", "v002"]) await submitVersion(testDeps(store), YEAR, id, "k@p.no");
    await approveVersion(testDeps(store), YEAR, "v002", "whole", LEADER);
    await approveVersion(testDeps(store), YEAR, "v002", "procurement", PROCUREMENT);
    await approveVersion(testDeps(store), YEAR, "v001", "whole", LEADER).then(
      () => {
        throw new Error("approved an older version");
      },
      (e: PlanVersionError) => expect(e.code).toBe("newer-approved"),
    );
    expect((await listVersions(testDeps(store), YEAR)).current).toBe("v002");
  });

  it("re-reads and re-applies when someone else wrote the record in between", async () => {
    await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    // Another client adds a draft between our read and our write.
    store.beforeRecordWrite = (year) => {
      const record = store.record(year);
      const other = { ...record.versions[0]!, id: "v009" };
      store.records.set(year, {
        content: JSON.stringify({ ...record, versions: [...record.versions, other] }),
        etag: "other",
      });
    };
    await submitVersion(testDeps(store), YEAR, "v001", "k@p.no");
    expect(store.record(YEAR).versions.map((v) => [v.id, v.status])).toEqual([
      ["v001", "submitted"],
      ["v009", "draft"],
    ]);
    // A version file left behind without a summary is skipped, not overwritten.
    await store.createVersion(YEAR, "v010", "{}");
    const next = await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    expect(next.id).toBe("v011");
  });

  it("refuses without a signed-in user and for a plan year without a record", async () => {
    expect((await refusal(createDraftVersion(testDeps(store), YEAR, content, "  "))).code).toBe("no-user");
    await expect(listVersions(testDeps(store), 2031)).rejects.toThrow(PlanYearMissingError);
    // A record the record's schema refuses is never written: the approval is not stored.
    const writes = store.recordWrites;
    await createDraftVersion(testDeps(store), YEAR, content, "k@p.no");
    await submitVersion(testDeps(store), YEAR, "v001", "k@p.no");
    const approvers = { ...testRecord(YEAR).approvers, whole: ["Has Space@politiet.no"] };
    store.seed({ ...store.record(YEAR), approvers });
    await expect(approveVersion(testDeps(store), YEAR, "v001", "whole", "x@p.no")).rejects.toThrow(
      PlanYearFileError,
    );
    expect(store.recordWrites).toBe(writes + 2);
  });
});
