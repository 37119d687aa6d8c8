/**
 * Property test of the version lifecycle over random sequences of actions (create, submit, approve
 * by anyone for any scope, publish, hand-edit a file): an approved or published version's file,
 * hash and approvals never change and its status never goes back; approval by someone who is not
 * an approver of the scope is always refused; a hand-edited file is always caught naming the field;
 * every refusal is a PlanVersionError and leaves the record as it was.
 */
import fc from "fast-check";
import {
  approveVersion,
  createDraftVersion,
  loadVersion,
  submitVersion,
} from "../../../src/application/planYear/planVersions";
import { updateVersions } from "../../../src/application/planYear/recordAccess";
import { VERSION_SECTIONS } from "../../../src/application/planYear/planVersion";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import type { Area } from "../../../src/domain/model/organisation";
import {
  APPROVAL_SCOPES,
  type ApprovalScope,
  type VersionSummary,
} from "../../../src/domain/planYear/planYearTypes";
import { PlanVersionError, withPublished } from "../../../src/domain/planYear/versionLifecycle";
import { handPlan } from "../../builders/handPlan";
import {
  MemoryPlanYearStore,
  NO_EDITS,
  TEST_APPROVERS,
  testDeps,
  testRecord,
} from "../../builders/memoryPlanYearStore";

const YEAR = 2027;
const USERS = [
  ...new Set(Object.values(TEST_APPROVERS).flat()),
  "ukjent@politiet.no",
  "EIENDOMSDIREKTOR@politiet.no",
];
const AREAS: readonly Area[] = ["IKT", "Anskaffelser", "Eiendom", "Materiell"];

type Action =
  | { readonly kind: "create"; readonly areas: readonly Area[] }
  | { readonly kind: "submit"; readonly v: number }
  | { readonly kind: "approve"; readonly v: number; readonly scope: ApprovalScope; readonly user: string }
  | { readonly kind: "publish"; readonly v: number }
  | { readonly kind: "tamper"; readonly v: number; readonly section: number };

const version = fc.nat({ max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("create" as const),
      areas: fc.array(fc.constantFrom(...AREAS), { maxLength: 4 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("submit" as const), v: version }) },
  fc.record({
    kind: fc.constant("approve" as const),
    v: version,
    scope: fc.constantFrom(...APPROVAL_SCOPES),
    user: fc.constantFrom(...USERS),
  }),
  // The right approver for the scope, so sequences reach approval and publication.
  {
    weight: 5,
    arbitrary: fc.record({ v: version, scope: fc.constantFrom(...APPROVAL_SCOPES) }).map(({ v, scope }) => ({
      kind: "approve" as const,
      v,
      scope,
      user: TEST_APPROVERS[scope][0] as string,
    })),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("publish" as const), v: version }) },
  fc.record({
    kind: fc.constant("tamper" as const),
    v: version,
    section: fc.nat({ max: VERSION_SECTIONS.length - 1 }),
  }),
);

/** Submit, every approval by the right approver, publish: a run of actions that can reach publication. */
const walk: fc.Arbitrary<Action[]> = version.map((v) => [
  { kind: "submit", v },
  ...APPROVAL_SCOPES.map((scope) => ({
    kind: "approve" as const,
    v,
    scope,
    user: TEST_APPROVERS[scope][0] as string,
  })),
  { kind: "publish", v },
]);
const actions = fc
  .array(fc.oneof({ weight: 4, arbitrary: action.map((a) => [a]) }, { weight: 1, arbitrary: walk }), {
    minLength: 1,
    maxLength: 20,
  })
  .map((runs) => runs.flat());

const idOf = (v: number) => `v${String(v + 1).padStart(3, "0")}`;
const isApprover = (scope: ApprovalScope, user: string) =>
  TEST_APPROVERS[scope].includes(user.trim().toLowerCase());

async function act(store: MemoryPlanYearStore, a: Action): Promise<void> {
  switch (a.kind) {
    case "create": {
      const result = handPlan(
        YEAR,
        a.areas.map((area, i) => ({ id: `N-${i}`, area, rank: i + 1, include: true })),
      );
      const input = { config: defaultPlanConfig(YEAR), needs: [], contracts: [], spend: [], people: [] };
      await createDraftVersion(testDeps(store), YEAR, { input, edits: NO_EDITS, result }, "k@p.no");
      return;
    }
    case "submit":
      await submitVersion(testDeps(store), YEAR, idOf(a.v), "k@p.no");
      return;
    case "approve":
      await approveVersion(testDeps(store), YEAR, idOf(a.v), a.scope, a.user);
      return;
    case "publish":
      await loadVersion(testDeps(store), YEAR, idOf(a.v));
      await updateVersions(testDeps(store), YEAR, (r) => ({
        ...r,
        versions: withPublished(r.versions, idOf(a.v), { by: "k@p.no", at: "2027-01-15T09:30:00.000Z" }),
      }));
      return;
    case "tamper":
      await tamperAndCheck(store, a);
      return;
  }
}

/** Edits a section of an existing file by hand, checks the edit is caught, then puts the file back. */
async function tamperAndCheck(
  store: MemoryPlanYearStore,
  a: Extract<Action, { kind: "tamper" }>,
): Promise<void> {
  const key = `${YEAR}/${idOf(a.v)}`;
  const original = store.files.get(key);
  if (!original) return;
  const section = VERSION_SECTIONS[a.section] as string;
  store.tamper(YEAR, idOf(a.v), (file) => {
    (file[section] as Record<string, unknown>).extra = 1;
  });
  const error = await loadVersion(testDeps(store), YEAR, idOf(a.v)).then(
    () => undefined,
    (e: unknown) => e,
  );
  store.files.set(key, original);
  expect(error).toBeInstanceOf(PlanVersionError);
  expect((error as PlanVersionError).params).toMatchObject({ field: section, version: idOf(a.v) });
}

interface Frozen {
  readonly file: string;
  readonly summary: VersionSummary;
}

function checkFrozen(store: MemoryPlanYearStore, frozen: Map<string, Frozen>): void {
  for (const v of store.record(YEAR).versions) {
    const before = frozen.get(v.id);
    if (before) {
      expect(store.files.get(`${YEAR}/${v.id}`)?.content).toBe(before.file);
      expect(v.contentHash).toBe(before.summary.contentHash);
      expect(v.approvals).toEqual(before.summary.approvals);
      expect(before.summary.status === "published" ? ["published"] : ["approved", "published"]).toContain(
        v.status,
      );
      if (before.summary.status === "published") expect(v).toEqual(before.summary);
    }
    if (v.status === "approved" || v.status === "published")
      frozen.set(v.id, { file: store.files.get(`${YEAR}/${v.id}`)?.content ?? "", summary: v });
  }
}

describe("version lifecycle under random actions", () => {
  it("never changes a frozen version, always refuses non-approvers, always catches hand edits", async () => {
    // Runs that reached each status (the property is not vacuous).
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(actions, async (sequence) => {
        const store = new MemoryPlanYearStore();
        store.seed(testRecord(YEAR));
        const frozen = new Map<string, Frozen>();
        for (const a of sequence) {
          const recordBefore = store.records.get(YEAR)?.content;
          const error = await act(store, a).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (error !== undefined) {
            expect(error).toBeInstanceOf(PlanVersionError);
            expect(store.records.get(YEAR)?.content).toBe(recordBefore);
          }
          if (a.kind === "approve" && !isApprover(a.scope, a.user)) {
            expect(error).toBeInstanceOf(PlanVersionError);
            expect(["not-approver", "not-found"]).toContain((error as PlanVersionError).code);
          }
          checkFrozen(store, frozen);
          for (const v of store.record(YEAR).versions) reached.add(v.status);
        }
      }),
      { numRuns: 150 },
    );
    expect([...reached].sort()).toEqual(["approved", "draft", "published", "submitted"]);
  });
});
