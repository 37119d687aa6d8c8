/**
 * Use cases of the plan versions: create a draft from a plan run, submit it, approve it scope by
 * scope, list the versions and read one (checked against its hash). The rules are the domain's
 * (src/domain/planYear/versionLifecycle.ts); every record change is a conditional write retried
 * on a concurrent edit (recordAccess.updateRecord). Errors are PlanVersionErrors, worded by
 * src/i18n/versionMessages.ts.
 */
import type { ApprovalScope, VersionSummary } from "../../domain/planYear/planYearTypes";
import {
  currentApproved,
  missingScopes,
  nextVersionId,
  PlanVersionError,
  requiredScopes,
  versionNumber,
  withApproval,
  withDraft,
  withSubmitted,
} from "../../domain/planYear/versionLifecycle";
import { contentHashOf } from "../../domain/planYear/contentHash";
import { AlreadyExistsError, type PlanYearStore } from "./planYearStore";
import { loadPlanYear, stampNow, type PlanYearDeps } from "./planYearRecords";
import {
  buildVersionFile,
  draftSummary,
  parseVersionFile,
  versionFileName,
  type PlanVersionFile,
  type VersionContent,
} from "./planVersion";
import { updateVersions } from "./recordAccess";

/** A version's summary and its verified file. */
export interface LoadedVersion {
  readonly summary: VersionSummary;
  readonly file: PlanVersionFile;
}

function summaryOf(versions: readonly VersionSummary[], id: string): VersionSummary {
  const summary = versions.find((v) => v.id === id);
  if (!summary) throw new PlanVersionError("not-found", { version: id });
  return summary;
}

/** Reads a version's file and checks it against its section hashes and the record's contentHash. */
export async function readVersion(
  store: PlanYearStore,
  year: number,
  summary: VersionSummary,
): Promise<PlanVersionFile> {
  const location = store.location(year, versionFileName(summary.id));
  const stored = await store.readVersion(year, summary.id);
  if (!stored) throw new PlanVersionError("invalid-file", { file: location, field: "$", problem: "missing" });
  return parseVersionFile(stored.content, location, year, summary);
}

/** Loads a version of the year by id: summary from the record, file verified. */
export async function loadVersion(deps: PlanYearDeps, year: number, id: string): Promise<LoadedVersion> {
  const { record } = await loadPlanYear(deps, year);
  const summary = summaryOf(record.versions, id);
  return { summary, file: await readVersion(deps.store, year, summary) };
}

/** The versions of the year and the one in force (approved or published), if any. */
export async function listVersions(
  deps: PlanYearDeps,
  year: number,
): Promise<{ readonly versions: readonly VersionSummary[]; readonly current?: string }> {
  const { record } = await loadPlanYear(deps, year);
  const current = currentApproved(record.versions);
  return { versions: record.versions, ...(current ? { current: current.id } : {}) };
}

/**
 * Creates the version file (compact JSON: a year's input and result are megabytes) under a free id:
 * the next one, or a later one when another run took it.
 */
async function createFile(
  store: PlanYearStore,
  year: number,
  firstId: string,
  build: (id: string) => PlanVersionFile,
): Promise<PlanVersionFile> {
  for (let n = versionNumber(firstId); ; n += 1) {
    const file = build(`v${String(n).padStart(3, "0")}`);
    try {
      await store.createVersion(year, file.id, `${JSON.stringify(file)}\n`);
      return file;
    } catch (error) {
      if (!(error instanceof AlreadyExistsError) || n - versionNumber(firstId) >= 100) throw error;
    }
  }
}

/**
 * Saves a plan run as a new draft version (v001, v002, …): writes its file (create-only), then
 * lists it in the record. Returns the file.
 */
export async function createDraftVersion(
  deps: PlanYearDeps,
  year: number,
  content: VersionContent,
  who: string,
): Promise<PlanVersionFile> {
  const created = stampNow(deps, who);
  const { record } = await loadPlanYear(deps, year);
  if (content.basedOn !== undefined) summaryOf(record.versions, content.basedOn);
  const file = await createFile(deps.store, year, nextVersionId(record.versions), (id) =>
    buildVersionFile(year, id, content, created),
  );
  await updateVersions(deps, year, (r) => ({ ...r, versions: withDraft(r.versions, draftSummary(file)) }));
  return file;
}

/** Submits a draft for approval: its content hash is fixed from now on. */
export async function submitVersion(
  deps: PlanYearDeps,
  year: number,
  id: string,
  who: string,
): Promise<VersionSummary> {
  const stamp = stampNow(deps, who);
  const { file } = await loadVersion(deps, year, id);
  const hash = contentHashOf(file);
  const record = await updateVersions(deps, year, (r) => ({
    ...r,
    versions: withSubmitted(r.versions, id, hash, stamp),
  }));
  return summaryOf(record.versions, id);
}

/** What an approval left: the version, the scopes it requires and those still to approve, and who approved. */
export interface ApprovalOutcome {
  readonly summary: VersionSummary;
  readonly required: readonly ApprovalScope[];
  /** The required scopes not approved yet (none once the version is approved). */
  readonly missing: readonly ApprovalScope[];
  /** The approver's account as recorded (trimmed, lower case). */
  readonly approvedBy: string;
}

/**
 * Approves one scope of a submitted version as `who` (the signed-in account), who must be one of
 * the scope's approvers in the record. The version is approved when every required scope is.
 */
export async function approveVersion(
  deps: PlanYearDeps,
  year: number,
  id: string,
  scope: ApprovalScope,
  who: string,
): Promise<ApprovalOutcome> {
  const stamp = stampNow(deps, who);
  const { file } = await loadVersion(deps, year, id);
  const required = requiredScopes(file.parts);
  const record = await updateVersions(deps, year, (r) => ({
    ...r,
    versions: withApproval(r.versions, id, scope, stamp, { approvers: r.approvers, required }),
  }));
  const summary = summaryOf(record.versions, id);
  return { summary, required, missing: missingScopes(required, summary.approvals), approvedBy: stamp.by };
}
