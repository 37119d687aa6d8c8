/**
 * The health check (`anskaffelsesplan doctor`, later a button in the coordinator's view): in one go
 * it checks the sign-in token's scopes, the site, each planning list and its columns against the
 * mapping, whether the people and KAV lists have items, write permission WITHOUT changing data,
 * the document library and the plan-year record. Write permission is tried with a conditional
 * PATCH of the first intake item carrying an If-Match that can never match and no fields: Graph
 * authorises before it evaluates the precondition, so 412 (precondition failed) proves write
 * access and 401/403 proves its absence, and no item changes either way. Every finding carries what
 * to do; the report is unhealthy when the add-in cannot work. UI-free: messages come from the
 * go-live catalogue through `describeFinding`.
 */
import type { PlanConfig } from "../../domain/model/planInput";
import type { PlanYearStore } from "../planYear/planYearStore";
import type { ListGateway, ListInfo, ListRef, SiteInfo } from "../sharepoint/listGateway";
import { findList } from "../sharepoint/findList";
import {
  feedbackListDefinition,
  kavListDefinition,
  LIST_NAMES,
  peopleListDefinition,
  type FieldMapping,
} from "../sharepoint/listSchemas";
import { compareColumns, expectedColumnsOf, expectedIntakeColumns, type ExpectedColumn } from "./columnCheck";
import { reportOf, type Finding, type HealthReport } from "./healthFindings";
import { checkRecordText } from "./recordCheck";
import { decodeTokenClaims, siteAccessOf } from "./tokenClaims";

/** The eTag the write probe sends: never an item's eTag, so the PATCH can never apply. */
export const WRITE_PROBE_ETAG = '"anskaffelsesplan-health-check-never-matches"';

/** The lists the add-in works with. */
export type ListRole = keyof typeof LIST_NAMES;

/** Reaches the site's default document library; throws an error with `statusCode` when it cannot. */
export interface LibraryProbe {
  defaultLibrary(siteId: string): Promise<{ readonly name: string }>;
}

/** What the health check talks to. */
export interface HealthCheckPorts {
  readonly gateway: Pick<
    ListGateway,
    "resolveSite" | "listLists" | "getColumns" | "readAllItems" | "updateItems"
  >;
  readonly library: LibraryProbe;
  /** The plan-year record store of a site (the SharePoint library adapter). */
  readonly records: (site: SiteInfo) => Pick<PlanYearStore, "readRecord" | "location">;
}

/** What to check. */
export interface HealthCheckRequest {
  readonly siteUrl: string;
  /** The bearer token in use (its claims are read, not verified); undefined = not signed in. */
  readonly token: string | undefined;
  readonly now: Date;
  readonly planYear: number;
  readonly config: PlanConfig;
  readonly criteriaIds: readonly string[];
  /** List names when they differ from the tool's own (LIST_NAMES). */
  readonly listNames?: Partial<Record<ListRole, string>>;
  /** The intake list's field mapping (default: the tool's own columns). */
  readonly mapping?: FieldMapping;
}

/** Lists whose absence stops the add-in; the others lose a feature. */
const REQUIRED_LISTS: ReadonlySet<ListRole> = new Set<ListRole>(["intake"]);
/** The CLI option that names each list. */
const LIST_OPTIONS: Readonly<Record<ListRole, string>> = {
  intake: "list",
  kav: "kav-list",
  people: "people-list",
  feedback: "feedback-list",
};
/** Lists that must hold items for planning. */
const MUST_HAVE_ITEMS: ReadonlySet<ListRole> = new Set<ListRole>(["kav", "people"]);

/** The HTTP status an adapter's error carries (`statusCode`, as Graph's client errors do). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

/** Runs every check; errors of transport or server (no status) propagate to the caller. */
export async function runHealthCheck(
  request: HealthCheckRequest,
  ports: HealthCheckPorts,
): Promise<HealthReport> {
  const findings: Finding[] = tokenFindings(request.token, request.now);
  if (request.token === undefined) return reportOf(findings);
  const site = await resolveSite(ports, request.siteUrl, findings);
  if (!site) return reportOf(findings);
  const lists = await ports.gateway.listLists(site.id);
  const found = await checkLists(ports, request, site, lists, findings);
  const intake = found.get("intake");
  if (intake)
    findings.push(await writeProbe(ports, { siteId: site.id, listId: intake.id }, intake.displayName));
  findings.push(await libraryFinding(ports, site));
  findings.push(await recordFinding(ports, site, request.planYear));
  return reportOf(findings);
}

/** Sign-in and scopes from the token's claims (not verified). */
function tokenFindings(token: string | undefined, now: Date): Finding[] {
  if (token === undefined || token === "") return [{ severity: "error", code: "token.missing", params: {} }];
  const claims = decodeTokenClaims(token);
  if (!claims) return [{ severity: "warning", code: "token.opaque", params: {} }];
  const scopes = [...claims.scopes, ...claims.roles].join(" ") || "–";
  if (claims.expiresAt !== undefined && claims.expiresAt * 1000 <= now.getTime())
    return [
      {
        severity: "error",
        code: "token.expired",
        params: { expiry: new Date(claims.expiresAt * 1000).toISOString() },
      },
    ];
  const access = siteAccessOf(claims);
  if (access === "none") return [{ severity: "error", code: "token.noSites", params: { scopes } }];
  if (access === "read") return [{ severity: "error", code: "token.readOnly", params: { scopes } }];
  return [{ severity: "ok", code: "token.scopes", params: { scopes, user: claims.user ?? "–" } }];
}

async function resolveSite(
  ports: HealthCheckPorts,
  url: string,
  findings: Finding[],
): Promise<SiteInfo | undefined> {
  try {
    const site = await ports.gateway.resolveSite(url);
    findings.push({ severity: "ok", code: "site.ok", params: { name: site.displayName, url } });
    return site;
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403)
      findings.push({ severity: "error", code: "site.denied", params: { url, status } });
    else if (status === 404 || status === 400)
      findings.push({ severity: "error", code: "site.missing", params: { url, status } });
    else throw error;
    return undefined;
  }
}

/** Each list: present, its columns, and (KAV, people) not empty. Returns the lists found. */
async function checkLists(
  ports: HealthCheckPorts,
  request: HealthCheckRequest,
  site: SiteInfo,
  lists: readonly ListInfo[],
  findings: Finding[],
): Promise<Map<ListRole, ListInfo>> {
  const found = new Map<ListRole, ListInfo>();
  for (const role of Object.keys(LIST_NAMES) as ListRole[]) {
    const name = request.listNames?.[role] ?? LIST_NAMES[role];
    const list = findList(lists, name);
    if (list) found.set(role, list);
    else
      findings.push({
        severity: REQUIRED_LISTS.has(role) ? "error" : "warning",
        code: REQUIRED_LISTS.has(role) ? "list.missing" : "list.optionalMissing",
        params: { list: name, role, option: LIST_OPTIONS[role] },
      });
  }
  for (const [role, list] of found) {
    const ref = { siteId: site.id, listId: list.id };
    const expected = expectedColumnsFor(role, request, found.get("kav")?.id);
    const problems = compareColumns(list.displayName, expected, await ports.gateway.getColumns(ref));
    findings.push(...problems);
    if (problems.length === 0)
      findings.push({
        severity: "ok",
        code: "list.ok",
        params: { list: list.displayName, columns: expected.length },
      });
    if (MUST_HAVE_ITEMS.has(role) && (await firstItemId(ports, ref)) === undefined)
      findings.push({ severity: "warning", code: "list.empty", params: { list: list.displayName, role } });
  }
  return found;
}

function expectedColumnsFor(
  role: ListRole,
  request: HealthCheckRequest,
  kavListId: string | undefined,
): readonly ExpectedColumn[] {
  switch (role) {
    case "intake":
      return expectedIntakeColumns(request.config, request.criteriaIds, request.mapping, kavListId);
    case "kav":
      return expectedColumnsOf(kavListDefinition(request.config));
    case "people":
      return expectedColumnsOf(peopleListDefinition(request.config));
    case "feedback":
      return expectedColumnsOf(feedbackListDefinition(request.config));
  }
}

/** Stops a read after its first page. */
class FirstPageRead extends Error {}

/** The id of the list's first item (reads one page only), or undefined when the list is empty. */
async function firstItemId(ports: HealthCheckPorts, ref: ListRef): Promise<string | undefined> {
  const controller = new AbortController();
  let first: string | undefined;
  try {
    await ports.gateway.readAllItems(
      ref,
      ["Title"],
      (page) => {
        first = page.items[0]?.id;
        controller.abort(new FirstPageRead());
      },
      controller.signal,
    );
  } catch (error) {
    if (!(error instanceof FirstPageRead)) throw error;
  }
  return first;
}

/** Write permission without a change: a PATCH with no fields and an If-Match that never matches. */
async function writeProbe(ports: HealthCheckPorts, ref: ListRef, list: string): Promise<Finding> {
  const itemId = await firstItemId(ports, ref);
  if (itemId === undefined)
    return { severity: "warning", code: "write.unknown", params: { list, reason: "empty" } };
  const [outcome] = await ports.gateway.updateItems(ref, [{ itemId, eTag: WRITE_PROBE_ETAG, fields: {} }]);
  if (outcome?.kind === "precondition-failed" || outcome?.kind === "updated")
    return { severity: "ok", code: "write.ok", params: { list } };
  const status = outcome?.kind === "failed" ? outcome.status : 404;
  if (status === 401 || status === 403)
    return { severity: "error", code: "write.denied", params: { list, status } };
  return { severity: "warning", code: "write.unknown", params: { list, reason: "status", status } };
}

async function libraryFinding(ports: HealthCheckPorts, site: SiteInfo): Promise<Finding> {
  try {
    const library = await ports.library.defaultLibrary(site.id);
    return { severity: "ok", code: "library.ok", params: { name: library.name } };
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    return { severity: "error", code: "library.missing", params: { status } };
  }
}

async function recordFinding(ports: HealthCheckPorts, site: SiteInfo, year: number): Promise<Finding> {
  const store = ports.records(site);
  const location = store.location(year, "plan-year.json");
  const stored = await store.readRecord(year);
  if (!stored) return { severity: "warning", code: "record.missing", params: { year, location } };
  const checked = checkRecordText(stored.content);
  switch (checked.kind) {
    case "ok":
      return { severity: "ok", code: "record.ok", params: { year, version: checked.version } };
    case "unreadable":
      return { severity: "error", code: "record.unreadable", params: { year, location } };
    case "noVersion":
      return { severity: "error", code: "record.noVersion", params: { year, location } };
    case "unknownVersion":
      return {
        severity: "error",
        code: "record.unknownVersion",
        params: { year, version: checked.version, known: checked.known },
      };
  }
}
