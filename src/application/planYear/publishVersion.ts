/**
 * Use case: publish exactly the approved version in force — its decisions to the intake list
 * (publishDecisions: If-Match, merges, conflicts reported) and its feedback to the units' list
 * (publishFeedbackList) — then mark it published, and save its workbook, Project XML and the plan
 * documents per unit (.docx) under `documents/` when writers are given.
 *
 * When is it published? Only when nothing failed, and every decision was written, merged or
 * already as decided. Conflicts (someone else changed a field we write since the sync; their value
 * is left standing and reported) and needs missing from the list keep it unpublished, unless the
 * caller accepts them (`acceptConflicts`): then it is published with the other values standing.
 * Run again after reviewing the report, publishDecisions has taken the reported values as seen and
 * writes the approved version's values over them, so the list then equals the version.
 * Publishing a published version writes nothing and reports "already published".
 */
import { withPublished, publishCheck } from "../../domain/planYear/versionLifecycle";
import { decisionsFromPlan } from "../sharepoint/planDecisions";
import { publishDecisions, type PublishReport } from "../sharepoint/publishDecisions";
import { feedbackEntriesOf, publishFeedbackList, type FeedbackReport } from "../sharepoint/feedbackList";
import type { ListGateway, Progress } from "../sharepoint/listGateway";
import type { SyncStateStore } from "../sharepoint/syncState";
import type { VersionSummary } from "../../domain/planYear/planYearTypes";
import type { PlanYearStore } from "./planYearStore";
import type { PlanVersionFile } from "./planVersion";
import { updateVersions } from "./recordAccess";
import { readVersion } from "./planVersions";
import { loadPlanYear, stampNow, type PlanYearDeps } from "./planYearRecords";

/** A written document and its file name without extension. */
export interface NamedDocument {
  readonly name: string;
  readonly content: Uint8Array;
}

/** Writers of the version's documents (the .xlsx, Project XML and .docx writers live in adapters). */
export interface VersionDocumentWriters {
  readonly workbook?: (file: PlanVersionFile) => Promise<Uint8Array>;
  readonly projectXml?: (file: PlanVersionFile) => Promise<Uint8Array>;
  /** The plan documents (.docx): one per unit and the overview (application/insight/planDocuments). */
  readonly planDocuments?: (file: PlanVersionFile) => Promise<readonly NamedDocument[]>;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The SharePoint side of a publish: the intake list (through its sync state) and the feedback list. */
export interface VersionPublishPorts {
  readonly gateway: ListGateway;
  /** Sync state of the intake list (site, list, mapping and the eTags last synced). */
  readonly syncState: SyncStateStore;
  readonly siteUrl: string;
  /** The units' feedback list; left out = not written. */
  readonly feedbackList?: string;
  readonly documents?: VersionDocumentWriters;
  readonly progress?: Progress;
  readonly signal?: AbortSignal;
}

/** Options of a publish. */
export interface VersionPublishOptions {
  /** Mark the version published even with conflicts or needs missing from the list. */
  readonly acceptConflicts?: boolean;
}

/** What a publish did. */
export interface VersionPublishOutcome {
  readonly version: string;
  /** `not-published`: failures, or conflicts/missing needs not accepted; run again or accept. */
  readonly status: "published" | "already-published" | "not-published";
  readonly decisions?: PublishReport;
  readonly feedback?: FeedbackReport;
  /** Documents saved under documents/. */
  readonly documents: readonly string[];
}

/**
 * Saves the version's documents through the store under documents/; returns their names:
 * `plan-<year>-<id>.xlsx`, `plan-<year>-<id>.xml` and `<document>-<id>.docx` per plan document.
 */
export async function saveVersionDocuments(
  store: PlanYearStore,
  file: PlanVersionFile,
  writers: VersionDocumentWriters | undefined,
): Promise<string[]> {
  const base = `plan-${file.planYear}-${file.id}`;
  const saved: string[] = [];
  if (writers?.workbook) {
    const name = `${base}.xlsx`;
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await store.saveDocument(file.planYear, name, await writers.workbook(file), type);
    saved.push(name);
  }
  if (writers?.projectXml) {
    const name = `${base}.xml`;
    await store.saveDocument(file.planYear, name, await writers.projectXml(file), "application/xml");
    saved.push(name);
  }
  for (const doc of (await writers?.planDocuments?.(file)) ?? []) {
    const name = `${doc.name}-${file.id}.docx`;
    await store.saveDocument(file.planYear, name, doc.content, DOCX_TYPE);
    saved.push(name);
  }
  return saved;
}

/** True when the reports allow marking the version published. */
function complete(
  decisions: PublishReport,
  feedback: FeedbackReport | undefined,
  acceptConflicts: boolean,
): boolean {
  if (decisions.failed.length > 0 || (feedback?.failed.length ?? 0) > 0) return false;
  const open = decisions.conflicts.length + decisions.missing.length + (feedback?.conflicts.length ?? 0);
  return open === 0 || acceptConflicts;
}

/** Publishes the approved version `id` of `year` as `who`. */
export async function publishVersion(
  deps: PlanYearDeps,
  year: number,
  id: string,
  ports: VersionPublishPorts,
  who: string,
  options: VersionPublishOptions = {},
): Promise<VersionPublishOutcome> {
  const stamp = stampNow(deps, who);
  const { record } = await loadPlanYear(deps, year);
  // publishCheck throws not-found, wrong-status or superseded.
  if (publishCheck(record.versions, id) === "already")
    return { version: id, status: "already-published", documents: [] };
  const summary = record.versions.find((v) => v.id === id) as VersionSummary;
  const file = await readVersion(deps.store, year, summary);
  const decisions = await publishDecisions(
    { gateway: ports.gateway, store: ports.syncState, ...optional(ports) },
    decisionsFromPlan(file.result),
  );
  const feedback = ports.feedbackList
    ? await publishFeedbackList(
        { gateway: ports.gateway, ...optional(ports) },
        {
          siteUrl: ports.siteUrl,
          listName: ports.feedbackList,
          planYear: year,
          entries: feedbackEntriesOf(file.result),
        },
      )
    : undefined;
  const reports = { decisions, ...(feedback ? { feedback } : {}) };
  if (!complete(decisions, feedback, options.acceptConflicts === true))
    return { version: id, status: "not-published", ...reports, documents: [] };
  const documents = await saveVersionDocuments(deps.store, file, ports.documents);
  await updateVersions(deps, year, (r) => ({ ...r, versions: withPublished(r.versions, id, stamp) }));
  return { version: id, status: "published", ...reports, documents };
}

function optional(ports: VersionPublishPorts): { progress?: Progress; signal?: AbortSignal } {
  return {
    ...(ports.progress ? { progress: ports.progress } : {}),
    ...(ports.signal ? { signal: ports.signal } : {}),
  };
}
