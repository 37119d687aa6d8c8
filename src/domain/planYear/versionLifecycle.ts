/**
 * The rules of a plan version's life: draft → submitted (content hash fixed) → approved (every
 * required scope approved by one of its configured approvers) → published. Pure: each rule takes
 * the record's version list and returns the changed list, or throws a PlanVersionError whose code
 * and parameters the catalogue src/i18n/versionMessages.ts words.
 *
 * Parts and scopes: the compiled plan's parts are drawn from the needs' areas (the procurement
 * plan: Anskaffelser and IKT; the real-estate portfolio plan: Eiendom; the materiel investment
 * plan: Materiell, not approved). `whole` is always required; `procurement` and `realEstate` only
 * when their part has at least one accepted need — a part with no needs needs no approval.
 *
 * Only one version is the approved one at a time: the approved or published version with the
 * highest number. A version cannot be approved once a newer one is, so approval order follows the
 * numbering and older approved versions stay in the history, superseded.
 */
import type {
  Approval,
  ApprovalScope,
  Approvers,
  PlanPart,
  Stamp,
  VersionStatus,
  VersionSummary,
} from "./planYearTypes";
import { APPROVAL_SCOPES } from "./planYearTypes";

/** Why a version operation was refused; worded by src/i18n/versionMessages.ts (`error.<code>`). */
export type PlanVersionErrorCode =
  | "not-found"
  | "none-in-force"
  | "no-user"
  | "not-approver"
  | "scope-not-required"
  | "scope-approved"
  | "wrong-status"
  | "superseded"
  | "newer-approved"
  | "tampered"
  | "invalid-file";

/** A refused or impossible version operation: a code and the parameters of its message. */
export class PlanVersionError extends Error {
  constructor(
    readonly code: PlanVersionErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "PlanVersionError";
  }
}

/** The plan part a need of this area belongs to; undefined for an area outside the plan's parts. */
export function planPartOfArea(area: string): PlanPart | undefined {
  switch (area) {
    case "Anskaffelser":
    case "IKT":
      return "procurement";
    case "Eiendom":
      return "realEstate";
    case "Materiell":
      return "materiel";
    default:
      return undefined;
  }
}

/** Accepted needs per part of the plan. */
export type PartCounts = Readonly<Record<PlanPart, number>>;

/** Counts the needs per part from their areas. */
export function partCounts(areas: Iterable<string>): PartCounts {
  const counts: Record<PlanPart, number> = { procurement: 0, realEstate: 0, materiel: 0 };
  for (const area of areas) {
    const part = planPartOfArea(area);
    if (part) counts[part] += 1;
  }
  return counts;
}

/** The approvals a version with these parts needs: the whole always, a part's scope when it has needs. */
export function requiredScopes(parts: PartCounts): ApprovalScope[] {
  return APPROVAL_SCOPES.filter((s) => s === "whole" || parts[s] > 0);
}

/** The number in a version id (`v012` → 12); NaN for anything else. */
export function versionNumber(id: string): number {
  return /^v\d{3,}$/.test(id) ? Number(id.slice(1)) : Number.NaN;
}

/** The id of the next version: one above the highest so far, at least three digits (`v001`). */
export function nextVersionId(versions: readonly VersionSummary[]): string {
  const highest = versions.reduce((max, v) => Math.max(max, versionNumber(v.id) || 0), 0);
  return `v${String(highest + 1).padStart(3, "0")}`;
}

/** An account name as compared: trimmed, lower case. */
export function accountName(who: string): string {
  return who.trim().toLowerCase();
}

/** The stamp of an action by `who` at `at`; refuses an empty account. */
export function stampOf(who: string, at: string): Stamp {
  const by = accountName(who);
  if (by === "") throw new PlanVersionError("no-user");
  return { by, at };
}

function find(versions: readonly VersionSummary[], id: string): VersionSummary {
  const found = versions.find((v) => v.id === id);
  if (!found) throw new PlanVersionError("not-found", { version: id });
  return found;
}

function replace(versions: readonly VersionSummary[], next: VersionSummary): VersionSummary[] {
  return versions.map((v) => (v.id === next.id ? next : v));
}

function refuse(v: VersionSummary, action: string): never {
  throw new PlanVersionError("wrong-status", { version: v.id, status: v.status, action });
}

/** The approved (or published) version in force: the one with the highest number; undefined when none. */
export function currentApproved(versions: readonly VersionSummary[]): VersionSummary | undefined {
  const approved: readonly VersionStatus[] = ["approved", "published"];
  return versions
    .filter((v) => approved.includes(v.status))
    .reduce<VersionSummary | undefined>(
      (best, v) => (best === undefined || versionNumber(v.id) > versionNumber(best.id) ? v : best),
      undefined,
    );
}

/** Adds a new draft to the list. */
export function withDraft(versions: readonly VersionSummary[], draft: VersionSummary): VersionSummary[] {
  if (versions.some((v) => v.id === draft.id)) refuse(find(versions, draft.id), "create");
  return [...versions, draft];
}

/** Submits a draft for approval, fixing the hash of its content. */
export function withSubmitted(
  versions: readonly VersionSummary[],
  id: string,
  contentHash: string,
  stamp: Stamp,
): VersionSummary[] {
  const v = find(versions, id);
  if (v.status !== "draft") refuse(v, "submit");
  return replace(versions, { ...v, status: "submitted", contentHash, submitted: stamp });
}

/**
 * Records one scope's approval by `stamp.by`, who must be among the scope's approvers; the version
 * becomes approved when every required scope is.
 */
export function withApproval(
  versions: readonly VersionSummary[],
  id: string,
  scope: ApprovalScope,
  stamp: Stamp,
  context: { readonly approvers: Approvers; readonly required: readonly ApprovalScope[] },
): VersionSummary[] {
  const v = find(versions, id);
  const allowed = (context.approvers[scope] ?? []).map(accountName);
  if (!allowed.includes(accountName(stamp.by)))
    throw new PlanVersionError("not-approver", { user: stamp.by, scope, version: id });
  if (v.status !== "submitted") refuse(v, "approve");
  if (!context.required.includes(scope))
    throw new PlanVersionError("scope-not-required", { scope, version: id });
  const given = v.approvals.find((a) => a.scope === scope);
  if (given) throw new PlanVersionError("scope-approved", { scope, version: id, user: given.stamp.by });
  const current = currentApproved(versions);
  if (current && versionNumber(current.id) > versionNumber(id))
    throw new PlanVersionError("newer-approved", { version: id, newer: current.id });
  const approvals: Approval[] = [...v.approvals, { scope, stamp }];
  const complete = missingScopes(context.required, approvals).length === 0;
  return replace(versions, { ...v, approvals, status: complete ? "approved" : "submitted" });
}

/** The required scopes not approved yet, in the order required. */
export function missingScopes(
  required: readonly ApprovalScope[],
  approvals: readonly Approval[],
): ApprovalScope[] {
  return required.filter((s) => !approvals.some((a) => a.scope === s));
}

/** Whether publishing `id` is allowed now: "publish" (approved and in force) or "already" (published). */
export function publishCheck(versions: readonly VersionSummary[], id: string): "publish" | "already" {
  const v = find(versions, id);
  if (v.status === "published") return "already";
  if (v.status !== "approved") refuse(v, "publish");
  const current = currentApproved(versions);
  if (current && current.id !== id)
    throw new PlanVersionError("superseded", { version: id, newer: current.id });
  return "publish";
}

/** Marks an approved version in force as published; an already published one is left as it is. */
export function withPublished(
  versions: readonly VersionSummary[],
  id: string,
  stamp: Stamp,
): VersionSummary[] {
  if (publishCheck(versions, id) === "already") return [...versions];
  return replace(versions, { ...find(versions, id), status: "published", published: stamp });
}
