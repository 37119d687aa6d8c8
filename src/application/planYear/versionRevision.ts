/**
 * A revision of the rolling plan: re-planned from the version in force (the approved or published
 * version with the highest number) and the progress read from Project, as of a date. Finished phases
 * keep their actual dates, a need 100 % done is completed and leaves the schedule, started needs go
 * on from where they are (rollingFromProjectFile). The run becomes a new draft of kind `revision`
 * (basedOn, asOf), and the diff against the version in force says what it changes.
 */
import type { PlanInput } from "../../domain/model/planInput";
import type { VersionDiff } from "../../domain/planYear/versionDiffTypes";
import { currentApproved, PlanVersionError } from "../../domain/planYear/versionLifecycle";
import type { IsoDate } from "../../domain/time/isoDate";
import type { PlanResult } from "../planResult";
import { rollingFromProjectFile, type ProjectFileProgress } from "../project/rollingFromProject";
import type { RollingInput } from "../scheduleStage";
import type { PlanVersionFile } from "./planVersion";
import { createDraftVersion, loadVersion, type LoadedVersion } from "./planVersions";
import { loadPlanYear, type PlanYearDeps } from "./planYearRecords";
import { diffVersions } from "./versionDiff";

/** What a revision is made from. */
export interface RevisionRequest {
  readonly progress: ProjectFileProgress;
  readonly asOf: IsoDate;
  readonly who: string;
  /** Runs the pipeline (the composition root's solver and options). */
  readonly plan: (input: PlanInput, rolling: RollingInput) => Promise<PlanResult>;
}

/** The revision saved as a draft, the version it is based on, and the diff between the two. */
export interface Revision {
  readonly base: LoadedVersion;
  readonly file: PlanVersionFile;
  readonly diff: VersionDiff;
}

/** The version in force, read and verified; a PlanVersionError `none-in-force` when there is none. */
export async function versionInForce(deps: PlanYearDeps, year: number): Promise<LoadedVersion> {
  const { record } = await loadPlanYear(deps, year);
  const current = currentApproved(record.versions);
  if (!current) throw new PlanVersionError("none-in-force", { year });
  return loadVersion(deps, year, current.id);
}

/** Re-plans the version in force with the progress and saves the result as a revision draft. */
export async function draftRevision(
  deps: PlanYearDeps,
  year: number,
  request: RevisionRequest,
): Promise<Revision> {
  const base = await versionInForce(deps, year);
  const { input, edits } = base.file;
  const rolling = rollingFromProjectFile(input, request.progress, request.asOf);
  const result = await request.plan(input, rolling);
  const content = {
    input,
    edits,
    result,
    config: base.file.config,
    kind: "revision" as const,
    basedOn: base.summary.id,
    asOf: request.asOf,
  };
  const file = await createDraftVersion(deps, year, content, request.who);
  const diff = diffVersions({ id: base.summary.id, result: base.file.result }, { id: file.id, result });
  return { base, file, diff };
}
