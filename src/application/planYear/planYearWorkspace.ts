/**
 * Use case facade of the task pane's "Planår" tab: for the SharePoint connection the SharePoint tab
 * made, it reads the plan-year record's status (the annual wheel over the plan shown), sets the
 * year up, makes a draft version of the plan shown, submits, approves as the signed-in account,
 * publishes the approved version, diffs two versions, runs the health check, and plans a synced
 * input with the record's configuration and edits. Every step is one of the plan-year use cases
 * over the ports a site gives; nothing here knows React, Office or Graph.
 */
import { wheelStatus, type WheelStatus } from "../../domain/insight/annualWheel";
import { allUnits } from "../../domain/model/defaults";
import type { Need } from "../../domain/model/need";
import type { PlanInput } from "../../domain/model/planInput";
import {
  APPROVAL_SCOPES,
  type ApprovalScope,
  type PlanYearRecord,
  type VersionSummary,
} from "../../domain/planYear/planYearTypes";
import type { VersionDiff } from "../../domain/planYear/versionDiffTypes";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import type { IsoDate } from "../../domain/time/isoDate";
import type { HealthReport } from "../goLive/healthFindings";
import { receiptDates } from "../insight/buildInsight";
import type { PlanDocument } from "../insight/planDocuments";
import { centralNeedIds } from "../insight/centralNeeds";
import type { PlanResult } from "../planResult";
import { initPlanYear } from "./planYearInit";
import {
  loadPlanYear,
  PlanYearMissingError,
  recordEdits,
  updatePlanYear,
  type PlanYearDeps,
} from "./planYearRecords";
import { planningInputFromRecord, type PlanFinding, type PlanSources } from "./planningInputFromRecord";
import { approveVersion, createDraftVersion, loadVersion, readVersion, submitVersion } from "./planVersions";
import { requiredScopes } from "../../domain/planYear/versionLifecycle";
import type { PlanVersionFile } from "./planVersion";
import { publishVersion, type VersionPublishOutcome, type VersionPublishPorts } from "./publishVersion";
import { diffVersions } from "./versionDiff";
import type { PlanEdit } from "../../domain/planYear/planEdits";

/** What one connected site gives the plan-year tab (built by the composition root). */
export interface PlanYearSite {
  /** The record's store (the site's document library), validator and clock. */
  readonly deps: PlanYearDeps;
  /** The signed-in account (GET /me), lower case. */
  readonly who: () => Promise<string>;
  /** The same ports the SharePoint tab's publish uses (intake list sync state, feedback list). */
  readonly publishPorts: () => Promise<VersionPublishPorts>;
  /** Runs the health check for the plan year over the site's Graph ports. */
  readonly healthCheck: (planYear: number) => Promise<HealthReport>;
  /** True on a real tenant's site: a record lacking budget or criteria blocks planning. */
  readonly realTenant: boolean;
  /** Writes a plan document as .docx and offers it as `fileName` (the writer loads on first use). */
  readonly offerDocument?: (doc: PlanDocument, fileName: string) => Promise<void>;
}

/** The plan shown in the pane: its input and result. */
export interface ShownPlan {
  readonly input: PlanInput;
  readonly result: PlanResult;
}

/** The record's status: missing (with where it would be), or the record, its versions and the wheel. */
export type PlanYearOverview =
  | { readonly kind: "missing"; readonly planYear: number; readonly location: string }
  | {
      readonly kind: "record";
      readonly planYear: number;
      readonly location: string;
      readonly record: PlanYearRecord;
      readonly versions: readonly VersionSummary[];
      /** Submitted version id → the approval scopes it still needs. */
      readonly pending: ReadonlyMap<string, readonly ApprovalScope[]>;
      /** The annual wheel on `asOf` over the plan shown (units that have / have not submitted). */
      readonly wheel?: WheelStatus;
      /** What the record lacks for planning on this site, each with what to do. */
      readonly findings: readonly PlanFinding[];
    };

/** The accepted needs of a plan result (rejected records carry no need). */
function acceptedNeeds(result: PlanResult): Need[] {
  return result.needs.flatMap((entry) => (entry.need ? [entry.need] : []));
}

/**
 * The approval scopes each submitted version still lacks (the scopes its parts require, less the
 * approvals given): version id → scopes. Reads the submitted versions' files (verified).
 */
export async function pendingApprovals(
  site: PlanYearSite,
  record: PlanYearRecord,
): Promise<ReadonlyMap<string, readonly ApprovalScope[]>> {
  const pending = new Map<string, readonly ApprovalScope[]>();
  for (const summary of record.versions.filter((v) => v.status === "submitted")) {
    const file = await readVersion(site.deps.store, record.planYear, summary);
    const given = new Set(summary.approvals.map((a) => a.scope));
    pending.set(
      summary.id,
      requiredScopes(file.parts).filter((s) => !given.has(s)),
    );
  }
  return pending;
}

/** The annual wheel of the record on `asOf`, over the plan shown. */
export function wheelOfPlan(
  record: PlanYearRecord,
  shown: ShownPlan,
  asOf: IsoDate,
  approvalsPending: readonly ApprovalScope[] = [],
): WheelStatus {
  const criteria = record.config.prioritisation?.criteria ?? DEFAULT_CRITERIA;
  return wheelStatus({
    wheel: record.wheel,
    asOf,
    units: allUnits(record.config).map((u) => u.id),
    needs: acceptedNeeds(shown.result),
    receivedDates: receiptDates(shown.input.needs),
    criteriaIds: criteria.map((c) => c.id),
    approvalsPending,
    centralNeedIds: centralNeedIds(shown.input.needs),
  });
}

/** The record's status for the plan year; `shown` (same year) adds the wheel. */
export async function planYearOverview(
  site: PlanYearSite,
  planYear: number,
  shown: ShownPlan | undefined,
  asOf: IsoDate,
): Promise<PlanYearOverview> {
  try {
    const { record, location } = await loadPlanYear(site.deps, planYear);
    const sameYear = shown !== undefined && shown.input.config.planYear === planYear;
    const sources = sameYear ? shown.input : { needs: [], contracts: [], spend: [], people: [] };
    const { findings } = planningInputFromRecord(record, sources, { realTenant: site.realTenant });
    const pending = await pendingApprovals(site, record);
    const newest = [...pending.values()].at(-1) ?? [];
    return {
      kind: "record",
      planYear,
      location,
      record,
      versions: record.versions,
      pending,
      ...(sameYear ? { wheel: wheelOfPlan(record, shown, asOf, newest) } : {}),
      findings,
    };
  } catch (error) {
    if (error instanceof PlanYearMissingError) return { kind: "missing", planYear, location: error.location };
    throw error;
  }
}

/**
 * "Opprett planåret": creates the record from the seed's defaults (or from the year `from`), then
 * makes the signed-in account an approver of every scope that has none, so the coordinator who
 * sets the year up can approve until the real approvers are set in the record.
 */
export async function setUpPlanYear(site: PlanYearSite, planYear: number, from?: number): Promise<void> {
  const who = await site.who();
  await initPlanYear(site.deps, { year: planYear, who, ...(from !== undefined ? { from } : {}) });
  await updatePlanYear(
    site.deps,
    planYear,
    (record) => ({
      ...record,
      approvers: Object.fromEntries(
        APPROVAL_SCOPES.map((s) => [s, record.approvers[s].length > 0 ? record.approvers[s] : [who]]),
      ) as PlanYearRecord["approvers"],
    }),
    who,
  );
}

/** "Lag utkast fra planen som vises": a draft version of the plan shown, with the record's edits. */
export async function draftFromShown(site: PlanYearSite, shown: ShownPlan): Promise<PlanVersionFile> {
  const planYear = shown.input.config.planYear;
  const { record } = await loadPlanYear(site.deps, planYear);
  const content = { input: shown.input, result: shown.result, edits: record.edits };
  return createDraftVersion(site.deps, planYear, content, await site.who());
}

/** Submits a draft for approval as the signed-in account. */
export async function submitAsSignedIn(site: PlanYearSite, planYear: number, id: string) {
  return submitVersion(site.deps, planYear, id, await site.who());
}

/** Approves one scope as the signed-in account (refused when the account is not an approver). */
export async function approveAsSignedIn(
  site: PlanYearSite,
  planYear: number,
  id: string,
  scope: ApprovalScope,
) {
  return approveVersion(site.deps, planYear, id, scope, await site.who());
}

/** Publishes the approved version with the SharePoint tab's ports; conflicts are in the outcome. */
export async function publishApproved(
  site: PlanYearSite,
  planYear: number,
  id: string,
): Promise<VersionPublishOutcome> {
  return publishVersion(site.deps, planYear, id, await site.publishPorts(), await site.who());
}

/** The difference from version `from` to version `to` of the year. */
export async function diffTwoVersions(
  site: PlanYearSite,
  planYear: number,
  from: string,
  to: string,
): Promise<VersionDiff> {
  const [a, b] = await Promise.all([
    loadVersion(site.deps, planYear, from),
    loadVersion(site.deps, planYear, to),
  ]);
  return diffVersions({ id: from, result: a.file.result }, { id: to, result: b.file.result });
}

/** The outcome of planning a synced input with the record. */
export type RecordInputOutcome =
  | { readonly kind: "no-record" }
  | { readonly kind: "ready"; readonly input: PlanInput; readonly findings: readonly PlanFinding[] }
  | { readonly kind: "blocked"; readonly findings: readonly PlanFinding[] };

/**
 * The synced input planned with the record's configuration and edits (planningInputFromRecord)
 * instead of the base's: `no-record` when the site has none for the input's year, `blocked` when
 * the record lacks what a real tenant needs (the findings say what to do).
 */
export async function inputFromRecord(site: PlanYearSite, synced: PlanInput): Promise<RecordInputOutcome> {
  try {
    const { record } = await loadPlanYear(site.deps, synced.config.planYear);
    const { config: _config, ...sources } = synced;
    const planned = planningInputFromRecord(record, sources satisfies PlanSources, {
      realTenant: site.realTenant,
    });
    if (planned.findings.some((f) => f.blocking)) return { kind: "blocked", findings: planned.findings };
    return { kind: "ready", input: planned.input, findings: planned.findings };
  } catch (error) {
    if (error instanceof PlanYearMissingError) return { kind: "no-record" };
    throw error;
  }
}

/** Stores workbook edits in the record of `planYear`, stamped with the signed-in account. */
export async function storeEdits(
  site: PlanYearSite,
  planYear: number,
  edits: readonly PlanEdit[],
): Promise<void> {
  await recordEdits(site.deps, planYear, edits, await site.who());
}
