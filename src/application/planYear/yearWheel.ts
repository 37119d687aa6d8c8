/**
 * The annual wheel's status for a plan year on a day (`year status`): insight's wheelStatus on the
 * record's wheel dates, with the needs, receipt dates and open items of the year's latest version
 * (read through the versions' checked reader) and the approval scopes that version still lacks.
 * Without a version the wheel is shown on the record's configuration alone (no needs yet).
 */
import type { WheelStatus } from "../../domain/insight/annualWheel";
import type { PlanInput } from "../../domain/model/planInput";
import type { ApprovalScope, PlanYearRecord, VersionSummary } from "../../domain/planYear/planYearTypes";
import { requiredScopes, versionNumber } from "../../domain/planYear/versionLifecycle";
import type { IsoDate } from "../../domain/time/isoDate";
import { buildInsight } from "../insight/buildInsight";
import type { PlanVersionFile } from "./planVersion";
import { readVersion } from "./planVersions";
import { loadPlanYear, type PlanYearDeps } from "./planYearRecords";

/** The wheel's status and the version its needs come from, if any. */
export interface YearWheel {
  readonly record: PlanYearRecord;
  readonly status: WheelStatus;
  readonly versionId?: string;
}

/** The version with the highest number, whatever its status. */
function latestVersion(versions: readonly VersionSummary[]): VersionSummary | undefined {
  return versions.reduce<VersionSummary | undefined>(
    (best, v) => (best === undefined || versionNumber(v.id) > versionNumber(best.id) ? v : best),
    undefined,
  );
}

/** Scopes a draft or submitted version still needs approved (none once approved). */
function pendingScopes(summary: VersionSummary, file: PlanVersionFile): ApprovalScope[] {
  if (summary.status !== "draft" && summary.status !== "submitted") return [];
  return requiredScopes(file.parts).filter((s) => !summary.approvals.some((a) => a.scope === s));
}

/** The wheel's status of `year` on `asOf`. */
export async function yearWheelStatus(deps: PlanYearDeps, year: number, asOf: IsoDate): Promise<YearWheel> {
  const { record } = await loadPlanYear(deps, year);
  const summary = latestVersion(record.versions);
  const options = { asOf, wheel: record.wheel, includeSecurityGraded: false };
  if (summary === undefined) {
    const input: PlanInput = { config: record.config, needs: [], contracts: [], spend: [], people: [] };
    return { record, status: buildInsight(input, [], [], options).wheel };
  }
  const file = await readVersion(deps.store, year, summary);
  const accepted = file.result.needs.flatMap((e) => (e.status === "accepted" && e.need ? [e.need] : []));
  const approvalsPending = pendingScopes(summary, file);
  const insight = buildInsight(file.input, accepted, file.result.schedule.scheduled, {
    ...options,
    approvalsPending,
  });
  return { record, status: insight.wheel, versionId: summary.id };
}
