/**
 * Wiring of the plan-year tab for the composition root: per SharePoint connection, the site's
 * plan-year ports (the record in the site's document library, the signed-in account from GET /me,
 * the SharePoint tab's publish ports with the writers of the version's documents, the health check
 * over Graph, the .docx download; the writers load on first use); the step that plans a synced input
 * with the site's record; and the Excel workspace's edits sink and the pane's edits into that record.
 */
import { createBrowserGraphClient } from "../adapters/auth/browserGraphGateway";
import { lazyPlanYearValidator, planYearValidatorReady } from "../adapters/browser/lazyPlanYearValidator";
import { GraphListGateway } from "../adapters/graph/graphListGateway";
import { currentAccount, GraphPlanYearStore } from "../adapters/graph/graphPlanYearStore";
import { graphLibraryProbe } from "../adapters/graph/graphSiteLibrary";
import { runHealthCheck } from "../application/goLive/healthCheck";
import type { PlanYearValidator } from "../application/planYear/planYearFile";
import type { VersionDocumentWriters } from "../application/planYear/publishVersion";
import { findingLine } from "../application/planYear/planYearReport";
import { inputFromRecord, storeEdits, type PlanYearSite } from "../application/planYear/planYearWorkspace";
import { siteEditsRecord, type EditsRecord } from "../application/planYear/paneEdits";
import { LIST_NAMES } from "../application/sharepoint/listSchemas";
import type { SharePointConnection } from "../application/sharepoint/sharePointWorkspace";
import type { SyncStateStore } from "../application/sharepoint/syncState";
import type { EditsSink } from "../application/workbook/workbookEdits";
import { defaultPlanConfig } from "../domain/model/defaults";
import type { PlanInput } from "../domain/model/planInput";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import type { Locale } from "../i18n/locale";
import { planYearPaneSay } from "../i18n/planYearPaneMessages";

/** What the wiring needs from the composition root. */
export interface PlanYearWiringDeps {
  readonly locale: Locale;
  /** The bearer token of the pane's sign-in (the SharePoint tab's). */
  readonly token: () => Promise<string>;
  readonly stateStoreFor: (connection: SharePointConnection) => SyncStateStore;
  /** True on a real tenant (not the demo server): a record lacking budget or criteria blocks. */
  readonly realTenant: boolean;
}

/** The plan-year ports of the pane. */
export interface PlanYearWiring {
  /** The plan-year ports of a connection's site (cached per Graph endpoint and site). */
  siteFor(connection: SharePointConnection): Promise<PlanYearSite>;
  /** The synced input planned with the site's record, when it has one for the input's year. */
  prepare(connection: SharePointConnection, synced: PlanInput): Promise<PlanInput>;
  /** The edits sink of the Excel workspace: the record of the plan last synced from a site. */
  readonly sink: EditsSink;
  /** The signed-in account, once a site with a record was connected. */
  who(): string | undefined;
  /**
   * The pane's edits into the record of the plan last synced; undefined when its site has none. A
   * record created after that sync (the Planår tab's "create") is found by reading the site again.
   */
  editsRecord(): Promise<EditsRecord | undefined>;
}

/** Raised when the site's record lacks what planning on it needs; the message says what to do. */
export class RecordNotReadyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RecordNotReadyError";
  }
}

/**
 * The writers of the documents a publish saves beside the version (.xlsx, Project XML, .docx),
 * the CLI's own: loaded on the first publish, so exceljs and docx stay out of the pane's start.
 */
async function publishedDocumentWriters(locale: Locale): Promise<VersionDocumentWriters> {
  const { versionDocumentWriters } = await import(
    /* webpackChunkName: "versionDocuments" */ "../adapters/docx/versionDocuments"
  );
  return versionDocumentWriters(locale);
}

function siteOf(deps: PlanYearWiringDeps, c: SharePointConnection, onAccount: (who: string) => void) {
  const client = createBrowserGraphClient(c.graphBaseUrl, deps.token);
  const gateway = new GraphListGateway(client);
  // Compiled on the first record read, not before: a site without a record never needs it.
  // Usable once its chunk has loaded: siteFor awaits planYearValidatorReady() first.
  const validate: PlanYearValidator = lazyPlanYearValidator();
  const resolved = gateway.resolveSite(c.siteUrl);
  resolved.catch(() => undefined);
  let account: Promise<string> | undefined;
  return resolved.then((site): PlanYearSite => ({
    deps: { store: new GraphPlanYearStore(client, site.id, c.siteUrl), validate },
    who: () =>
      (account ??= currentAccount(client).then((who) => {
        onAccount(who);
        return who;
      })),
    publishPorts: async () => ({
      gateway,
      syncState: deps.stateStoreFor(c),
      siteUrl: c.siteUrl,
      feedbackList: LIST_NAMES.feedback,
      documents: await publishedDocumentWriters(deps.locale),
    }),
    healthCheck: async (planYear) =>
      runHealthCheck(
        {
          siteUrl: c.siteUrl,
          token: await deps.token(),
          now: new Date(),
          planYear,
          config: defaultPlanConfig(planYear),
          criteriaIds: DEFAULT_CRITERIA.map((x) => x.id),
          listNames: { intake: c.intakeList, kav: c.kavList, people: c.peopleList },
        },
        {
          gateway,
          library: graphLibraryProbe(client),
          records: (s) => new GraphPlanYearStore(client, s.id, s.webUrl),
          validatePlanYear: validate,
        },
      ),
    realTenant: deps.realTenant,
    offerDocument: async (doc, fileName) => {
      const { downloadDocx } = await import(
        /* webpackChunkName: "docx" */ "../adapters/browser/downloadDocx"
      );
      await downloadDocx(doc, fileName);
    },
  }));
}

/** The wiring over the pane's sign-in and sync state. */
export function createPlanYearWiring(deps: PlanYearWiringDeps): PlanYearWiring {
  const sites = new Map<string, Promise<PlanYearSite>>();
  let account: string | undefined;
  let recordOf: { site: PlanYearSite; planYear: number; synced: PlanInput } | undefined;
  // The last sync whose site had no record yet: its record may be created later in this pane.
  let withoutRecord: { connection: SharePointConnection; synced: PlanInput } | undefined;
  const siteFor = (c: SharePointConnection): Promise<PlanYearSite> => {
    const key = `${c.graphBaseUrl}\u0000${c.siteUrl}`;
    let site = sites.get(key);
    if (!site) {
      site = planYearValidatorReady().then(() => siteOf(deps, c, (who) => (account = who)));
      site.catch(() => sites.delete(key));
      sites.set(key, site);
    }
    return site;
  };
  return {
    siteFor,
    async prepare(c, synced) {
      const site = await siteFor(c);
      const outcome = await inputFromRecord(site, synced);
      withoutRecord = undefined;
      if (outcome.kind === "no-record") {
        recordOf = undefined;
        withoutRecord = { connection: c, synced };
        // A real tenant never plans with the demo tenant's configuration: set the year up first.
        if (deps.realTenant)
          throw new RecordNotReadyError(
            planYearPaneSay(deps.locale, "record.missingForSync", { year: synced.config.planYear }),
          );
        return synced;
      }
      if (outcome.kind === "blocked") {
        const lines = outcome.findings.filter((f) => f.blocking).map((f) => findingLine(f, deps.locale));
        throw new RecordNotReadyError(
          planYearPaneSay(deps.locale, "record.notReady", { findings: lines.join(" ") }),
        );
      }
      recordOf = { site, planYear: synced.config.planYear, synced };
      await site.who();
      return outcome.input;
    },
    sink: {
      async recordEdits(changes) {
        if (recordOf) await storeEdits(recordOf.site, recordOf.planYear, changes);
      },
    },
    who: () => account,
    async editsRecord() {
      if (!recordOf && withoutRecord) {
        const { connection, synced } = withoutRecord;
        const site = await siteFor(connection);
        if ((await inputFromRecord(site, synced)).kind !== "no-record") {
          recordOf = { site, planYear: synced.config.planYear, synced };
          withoutRecord = undefined;
          await site.who();
        }
      }
      return recordOf ? siteEditsRecord(recordOf.site, recordOf.synced) : undefined;
    },
  };
}
