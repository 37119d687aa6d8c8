/**
 * The planning input of a run from the plan-year record: the record's configuration with its edits
 * applied, and the needs, contracts, spend and people read from the site (or a file). Needs carried
 * over from the previous year join the submissions unless a unit submitted them again. Nothing of
 * the demo tenant is used: what a real tenant's record lacks (budget, criteria, approvers) is said
 * plainly as typed findings, each with what to do (planYearMessages `finding.*`). The record's
 * accepted suggestions are applied (centralNeeds): renewal needs created centrally, joint proposals
 * merged with the originals withdrawn, derived again on every run from the stored decisions.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import type { PlanInput } from "../../domain/model/planInput";
import { applyRecordEdits } from "../../domain/planYear/planEdits";
import { APPROVAL_SCOPES, type PlanYearRecord } from "../../domain/planYear/planYearTypes";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import { centralNeedsFromDecisions, withdrawMerged, type CentralFinding } from "../insight/centralNeeds";

/** Something the coordinator should know before a run; `blocking` findings stop the run. */
export interface PlanFinding {
  /** Message key in planYearMessages (`finding.<code>`). */
  readonly code:
    | "budget.missing"
    | "criteria.missing"
    | "approvers.missing"
    | "edits.unknownNeed"
    | "edits.unknownCriterion"
    | CentralFinding["code"];
  readonly blocking: boolean;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What the site (or a file) gave: everything of the input but the configuration. */
export type PlanSources = Omit<PlanInput, "config">;

/** The input of the run, and the findings about the record. */
export interface RecordPlanningInput {
  readonly input: PlanInput;
  readonly findings: readonly PlanFinding[];
}

const rawId = (record: RawRecord): string => {
  const id = record["id"];
  return typeof id === "string" || typeof id === "number" ? String(id).trim() : "";
};

/** What the record's configuration lacks for planning on a real site. */
function configFindings(record: PlanYearRecord): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const p = record.config.prioritisation;
  if (p?.budgetNok === undefined) findings.push({ code: "budget.missing", blocking: true, params: {} });
  if (p?.criteria === undefined) findings.push({ code: "criteria.missing", blocking: true, params: {} });
  for (const scope of APPROVAL_SCOPES)
    if (record.approvers[scope].length === 0)
      findings.push({ code: "approvers.missing", blocking: false, params: { scope } });
  return findings;
}

/** Edits that point at needs or criteria the run does not have (kept, but said). */
function editFindings(record: PlanYearRecord, needIds: ReadonlySet<string>): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const criteria = new Set((record.config.prioritisation?.criteria ?? DEFAULT_CRITERIA).map((c) => c.id));
  for (const criterionId of Object.keys(record.edits.weights))
    if (!criteria.has(criterionId))
      findings.push({ code: "edits.unknownCriterion", blocking: false, params: { criterionId } });
  const kinds = ["scores", "forced", "notes", "feedback"] as const;
  for (const kind of kinds)
    for (const needId of Object.keys(record.edits[kind]))
      if (!needIds.has(needId))
        findings.push({ code: "edits.unknownNeed", blocking: false, params: { needId, kind } });
  return findings;
}

/**
 * The run's input: the record's configuration with its edits, the sources' needs plus the needs
 * carried over that were not submitted again. `realTenant` makes missing budget and criteria
 * blocking findings (the demo tenant plans with the seed's defaults).
 */
export function planningInputFromRecord(
  record: PlanYearRecord,
  sources: PlanSources,
  options: { readonly realTenant: boolean },
): RecordPlanningInput {
  const submitted = new Set(sources.needs.map(rawId));
  const carried = record.carriedOver.filter((c) => !submitted.has(c.needId)).map((c) => c.record);
  const needs = [...sources.needs, ...carried];
  const base = { ...sources, needs, config: record.config };
  const central = centralNeedsFromDecisions(record, applyRecordEdits(base, record.edits));
  // The edits (score overrides, feedback) apply to the central needs too.
  const withCentral = { ...base, needs: [...needs, ...central.records] };
  const input = withdrawMerged(applyRecordEdits(withCentral, record.edits), central.withdrawn);
  const findings = [
    ...configFindings(record).map((f) => (options.realTenant ? f : { ...f, blocking: false })),
    ...editFindings(record, new Set(input.needs.map(rawId))),
    ...central.findings.map((f) => ({ ...f, blocking: false })),
  ];
  return { input, findings };
}
