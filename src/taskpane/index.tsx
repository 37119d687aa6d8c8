/**
 * Composition root of the task pane: waits for office.js once (with a timeout for pages outside
 * Office), detects the host, picks the UI locale, chooses the plan source, creates the one plan
 * state (planStore) and renders the App. Every plan is computed in the plan worker (the
 * PlanComputer port), tracked in the plan state so the pane shows its phases and can cancel it.
 */
import { errorText } from "../i18n/errorMessages";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createDemoPlanSource } from "../adapters/browser/demoPlanSource";
import { generateDemoTenant } from "../demo/demoTenant";
import { lazyPort } from "../adapters/browser/lazyPort";
import { detectCapabilities } from "../adapters/auth/hostCapabilities";
import { createPaneAuth, type PaneAuth } from "../adapters/auth/paneSignIn";
import { StorageConnectionSettingsStore } from "../adapters/browser/connectionSettingsStore";
import { createIndexedDbSyncStateStore, syncStateKey } from "../adapters/browser/indexedDbSyncStateStore";
import { StoragePanePreferences } from "../adapters/browser/panePreferencesStore";
import { DEMO_SITE_URL, DEMO_TOKEN } from "../adapters/graphServer/demoSite";
import { LIST_NAMES } from "../application/sharepoint/listSchemas";
import { mappableNeedFields } from "../application/sharepoint/siteLists";
import {
  type SharePointConnection,
  type SharePointWorkspace,
} from "../application/sharepoint/sharePointWorkspace";
import { MemorySyncStateStore, type SyncStateStore } from "../application/sharepoint/syncState";
import { DEFAULT_CRITERIA } from "../domain/prioritisation/defaultCriteria";
import type { ProgressRecord } from "../domain/projectPlan/taskSync";
import type { IsoDate } from "../domain/time/isoDate";
import { rollingFromProject } from "../application/project/rollingFromProject";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../application/sharepoint/zonedDates";
import type { PaneSettings } from "../application/pane/paneSettings";
import type { AppSharePoint } from "./components/App";
import type { LoadedPlan, PlanSource } from "../application/pane/planSource";
import { GraphAnswerError } from "../application/sharepoint/listGateway";
import { translate } from "../i18n/locale";
import { hostFromOfficeInfo } from "../adapters/office/hostInfo";
import { officeReadyOnce } from "../adapters/office/officeReady";
import { projectTaskPortForHost } from "../adapters/project/projectHost";
import { downloadTextFile } from "../adapters/browser/downloadFile";
import type { ProjectPlan } from "../domain/projectPlan/projectPlanTypes";
import type { PlanInput } from "../domain/model/planInput";
import type { PlanResult } from "../application/planResult";
import { projectPartsOf, projectPlanForRun } from "../application/project/projectPlanForRun";
import { projectFieldAliases } from "../i18n/projectMessages";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "./messages";
import { pickLocale } from "./pickLocale";
import { App } from "./components/App";
import type { PlanComputer, PlanProgress } from "../application/planCompute";
import { createWorkerPlanComputer } from "../adapters/browser/workerPlanComputer";
import { spawnPlanWorker } from "../adapters/browser/planWorkerSpawn";
import { COMPUTE_MESSAGES } from "../i18n/computeMessages";
import { createPlanYearWiring, type PlanYearWiring } from "./planYearWiring";
import { createPlanStore, loadedInput, trackedPlanComputer, type PlanStore } from "./planStore";
import { IndexedDbPlanYearStore } from "../adapters/browser/indexedDbPlanYearStore";
import { lazyPlanYearValidator, planYearValidatorReady } from "../adapters/browser/lazyPlanYearValidator";
import type { PlanYearDeps } from "../application/planYear/planYearRecords";
import {
  editAndReplan,
  localEditedInput,
  localEditsRecord,
  NoEditsRecordError,
} from "../application/planYear/paneEdits";
import type { AppEdits } from "./components/App";

/** The Graph endpoint of Microsoft 365 (real tenants). */
const MICROSOFT_GRAPH = "https://graph.microsoft.com/v1.0";

/** No token could be had without a window: the user signs in from the SharePoint tab. */
class SignInNeededError extends Error {
  constructor() {
    super("Sign in from the SharePoint tab to read the lists.");
    this.name = "SignInNeededError";
  }
}

/** The bearer token of the pane's sign-in for the settings last saved (silent only at start-up). */
function paneToken(
  auth: PaneAuth,
  settings: () => PaneSettings,
  tokens: { silentOnly: boolean; signInNeeded: boolean },
): () => Promise<string> {
  // At start-up no window may open: only a token at hand (cache, NAA/SSO silent) is used.
  return async (): Promise<string> => {
    if (!tokens.silentOnly) return auth.getToken(settings());
    const silent = await auth.getTokenSilently(settings());
    if (silent === undefined) {
      // The Graph client may wrap this error on its way up: the flag says what happened.
      tokens.signInNeeded = true;
      throw new SignInNeededError();
    }
    return silent;
  };
}

/** The sync state of a connection's intake list: IndexedDB under the partition key, else in memory. */
function syncStateStores(partitionKey: string | undefined): (c: SharePointConnection) => SyncStateStore {
  const pageStores = new Map<string, SyncStateStore>();
  return (c) => {
    const key = syncStateKey(c.graphBaseUrl, c.siteUrl, c.intakeList);
    if (typeof indexedDB !== "undefined")
      return createIndexedDbSyncStateStore(key, partitionKey ? { partitionKey } : {});
    if (!pageStores.has(key)) pageStores.set(key, new MemorySyncStateStore());
    return pageStores.get(key) as SyncStateStore;
  };
}

/** Settings of the demo server (`?graph=`), or the saved ones, or an empty real-tenant form. */
async function initialSettings(
  store: StorageConnectionSettingsStore,
  demoGraphUrl: string | null,
): Promise<PaneSettings> {
  const lists = { intakeList: LIST_NAMES.intake, kavList: LIST_NAMES.kav, peopleList: LIST_NAMES.people };
  const registration = { clientId: "", tenantId: "organizations", useSelectedScopes: false };
  if (demoGraphUrl) return { graphBaseUrl: demoGraphUrl, siteUrl: DEMO_SITE_URL, ...lists, ...registration };
  try {
    const saved = await store.load();
    if (saved) return saved;
  } catch {
    // Unusable saved settings: start from the empty form (saving replaces them).
  }
  return { graphBaseUrl: MICROSOFT_GRAPH, siteUrl: "", ...lists, ...registration };
}

/** The SharePoint tab's wiring, and the plan source (the demo lists through Graph with `?graph=`). */
async function sharePointSetup(
  host: string | null,
  search: string,
  locale: Locale,
  computer: PlanComputer,
  demoSource: () => PlanSource,
  applyEdits: (input: PlanInput) => Promise<PlanInput>,
): Promise<{
  sharePoint: AppSharePoint;
  planYear: PlanYearWiring;
  source: PlanSource;
  saveProjectXml: (plan: ProjectPlan) => Promise<{ readonly webUrl: string }>;
}> {
  const demoGraphUrl = new URLSearchParams(search).get("graph");
  const partitionKey = typeof Office === "undefined" ? undefined : Office.context?.partitionKey || undefined;
  const settingsStore = new StorageConnectionSettingsStore(window.localStorage, partitionKey);
  let settings = await initialSettings(settingsStore, demoGraphUrl);
  const auth = createPaneAuth({
    base: window.location.href,
    capabilities: detectCapabilities(host),
    ...(demoGraphUrl ? { demoGraphUrl } : {}),
    demoToken: DEMO_TOKEN,
  });
  // In the browser page: build MSAL's client first, which finishes a sign-in redirect (popup
  // blocked) that the bridge page brought back, and signs in silently when MSAL still has the account.
  if (host === null && settings.clientId !== "") await auth.getTokenSilently(settings).catch(() => undefined);
  const tokens = { silentOnly: false, signInNeeded: false };
  const token = paneToken(auth, () => settings, tokens);
  const stateStoreFor = syncStateStores(partitionKey);
  const planYear = createPlanYearWiring({ locale, token, stateStoreFor, realTenant: demoGraphUrl === null });
  // In Excel, the weights, scores, force decisions and comments read back with "Oppdater" apply.
  const plan = async (input: PlanInput) =>
    computer.compute(await applyEdits(input), { includeSecurityGraded: false });
  // The SharePoint use cases (and, at the first request, the Graph client) load when first used.
  const workspace = lazyPort<SharePointWorkspace>(async () =>
    (await import(/* webpackChunkName: "sharepoint" */ "./sharePointWiring")).sharePointWorkspace(
      token,
      stateStoreFor,
      partitionKey,
      planYear,
      plan,
    ),
  );
  const sharePoint: AppSharePoint = {
    workspace,
    signIn: auth,
    initialSettings: settings,
    saveSettings: async (next) => {
      await settingsStore.save(next);
      settings = next;
    },
    needFields: mappableNeedFields(DEFAULT_CRITERIA.map((c) => c.id)),
  };
  const syncAtStart = async (): Promise<LoadedPlan> => {
    const sync = await workspace.sync(settings);
    return { result: sync.result, input: sync.input, from: settings };
  };
  let source: PlanSource = demoSource();
  if (demoGraphUrl) source = { load: syncAtStart };
  else if (settings.clientId !== "" && settings.siteUrl !== "")
    // Saved real-tenant settings: the pane opens on the site's lists when a token is at hand
    // without a window; otherwise on the demo tenant, saying why.
    source = {
      load: async () => {
        tokens.silentOnly = true;
        try {
          return await syncAtStart();
        } catch (error) {
          const key = tokens.signInNeeded ? "pane.startup.signIn" : "pane.startup.failed";
          const { GRAPH_MESSAGES, graphAnswerText } = await import("../i18n/graphMessages");
          const reason =
            error instanceof GraphAnswerError
              ? graphAnswerText(locale, error, "pane")
              : errorText(error, locale);
          const demo = await demoSource().load();
          return {
            ...demo,
            notice: translate(GRAPH_MESSAGES, locale, key, { site: settings.siteUrl, reason }),
          };
        } finally {
          tokens.silentOnly = false;
        }
      },
    };
  // The Project XML goes to the site of the SharePoint tab's connection (as last saved).
  const saveProjectXml = async (plan: ProjectPlan) =>
    workspace.saveDocument(
      settings,
      plan.planYear,
      `Anskaffelsesplan-${plan.planYear}.xml`,
      await projectXml(plan, locale),
      "application/xml",
    );
  return { sharePoint, planYear, source, saveProjectXml };
}

/** The plan as Project XML in the user's language (the writer loads with the first file). */
async function projectXml(plan: ProjectPlan, locale: Locale): Promise<string> {
  const { writeMspdi } = await import(/* webpackChunkName: "mspdi" */ "../adapters/mspdi/mspdiWriter");
  return writeMspdi(plan, { fieldAliases: projectFieldAliases(locale) });
}

/** Offers the plan as `Anskaffelsesplan-<year>.xml` (Project XML) in the user's language. */
function projectXmlDownload(locale: Locale): (plan: ProjectPlan) => void {
  return (plan) =>
    void projectXml(plan, locale).then((xml) =>
      downloadTextFile(`Anskaffelsesplan-${plan.planYear}.xml`, xml),
    );
}

/**
 * The loaded plan as Project tasks (undefined while nothing is scheduled). People and categories
 * come from the plan's input (the demo tenant, or the lists synced from SharePoint).
 */
function projectPlanOf(locale: Locale, store: PlanStore): (result: PlanResult) => ProjectPlan | undefined {
  return (result) => {
    if (result.schedule.scheduled.length === 0) return undefined;
    return projectPlanForRun(projectPartsOf(result, loadedInput(store), locale), {
      locale,
      redaction: { includeSecurityGraded: result.redaction.includeSecurityGraded },
    });
  };
}

/**
 * Offers the loaded plan as `Anskaffelsesplan-<year>.xlsx`, the same workbook the CLI writes, with
 * the link that lets `plan --workbook` read its edits back. The workbook model and the .xlsx writer
 * (exceljs) are loaded on the first download only, to keep the pane's start light.
 */
function xlsxDownload(locale: Locale, store: PlanStore): (result: PlanResult) => Promise<void> {
  return async (result) => {
    const [{ downloadXlsx }, { planWorkbook }, { linkForWrite }] = await Promise.all([
      import(/* webpackChunkName: "xlsx" */ "../adapters/browser/downloadXlsx"),
      import(/* webpackChunkName: "xlsx" */ "../application/workbook/fromPlan"),
      import(/* webpackChunkName: "xlsx" */ "../application/workbook/workbookEdits"),
    ]);
    const input = loadedInput(store);
    const model = planWorkbook(result, input, locale);
    const link = linkForWrite({ model, result, input, writtenAt: new Date().toISOString() });
    await downloadXlsx(model, `Anskaffelsesplan-${result.planYear}.xlsx`, link);
  };
}

/**
 * The rolling re-plan after reading progress in Project: the plan's input planned again as of
 * today (Oslo), with the progress read replacing the as-planned progress of the needs it covers.
 */
function replanWithProgress(
  store: PlanStore,
  computer: PlanComputer,
): (
  plan: PlanResult,
  progress: readonly ProgressRecord[],
) => Promise<{ result: PlanResult; input: PlanInput; asOf: IsoDate }> {
  return async (plan, progress) => {
    const asOf = calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);
    const input = loadedInput(store);
    const result = await computer.compute(input, {
      includeSecurityGraded: false,
      rolling: rollingFromProject(plan, progress, asOf),
    });
    return { result, input, asOf };
  };
}

/**
 * The record of the edits made on the plain page (no site): the plan-year record in this browser's
 * IndexedDB, under the Office partition key when there is one.
 */
function browserPlanYear(partitionKey: string | undefined): PlanYearDeps {
  return {
    store: new IndexedDbPlanYearStore(partitionKey ? { partitionKey } : {}),
    // Its chunk loads with the first record read (every use below awaits planYearValidatorReady).
    validate: lazyPlanYearValidator(),
  };
}

/**
 * The pane's edits: stored in the record of the plan shown — the site's, when the plan was synced
 * from a site with a record (as the signed-in account), else this browser's over the demo input —
 * and planned again. `plan` is the one place the edited input is planned.
 */
function paneEdits(
  store: PlanStore,
  planYear: PlanYearWiring,
  local: PlanYearDeps,
  plan: (input: PlanInput, onProgress?: (progress: PlanProgress) => void) => Promise<PlanResult>,
  demoBase: () => PlanInput | undefined,
): AppEdits {
  let generated: PlanInput | undefined;
  // the demo input the worker generated for the plan shown (generated here only if there is none)
  const demo = () => (generated ??= demoBase() ?? generateDemoTenant());
  const browserRecord = localEditsRecord(local, demo);
  const fromSite = () => {
    const state = store.get();
    return state.kind === "loaded" && state.from !== undefined;
  };
  return {
    edit: async (edits, onProgress) => {
      await planYearValidatorReady();
      if (!fromSite()) return editAndReplan(browserRecord, edits, plan, onProgress);
      const record = await planYear.editsRecord();
      if (!record) throw new NoEditsRecordError(loadedInput(store).config.planYear);
      return editAndReplan(record, edits, plan, onProgress);
    },
    storedIn: () => (fromSite() ? { kind: "site", who: planYear.who() ?? "" } : { kind: "local" }),
  };
}

async function start(container: HTMLElement): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const info = await officeReadyOnce(office);
  const host = hostFromOfficeInfo(info);
  const locale = pickLocale(host, info.displayLanguage, navigator.language);
  document.documentElement.lang = locale;
  const officeHost = host === "excel" ? "Excel" : host === "project" ? "Project" : null;
  const store = createPlanStore();
  const worker = createWorkerPlanComputer(spawnPlanWorker);
  const computer = trackedPlanComputer(
    store,
    worker,
    translate(COMPUTE_MESSAGES, locale, "compute.cancelled"),
  );
  const partitionKey = office?.context?.partitionKey || undefined;
  const local = browserPlanYear(partitionKey);
  let demoBase: PlanInput | undefined;
  const demoSource = () =>
    createDemoPlanSource(computer, {
      generate: async (o) => (demoBase = await worker.demoInput(o)),
      prepare: async (input) => {
        await planYearValidatorReady();
        return localEditedInput(local, input);
      },
    });
  const year: { wiring?: PlanYearWiring } = {};
  // The Excel workspace (workbook model, Office.js writer) loads only in Excel.
  const excelActions =
    host === "excel"
      ? (await import(/* webpackChunkName: "excel" */ "./excelWiring")).excelWorkspace(
          locale,
          store,
          computer,
          year,
        )
      : undefined;
  const { sharePoint, planYear, source, saveProjectXml } = await sharePointSetup(
    officeHost,
    window.location.search,
    locale,
    computer,
    demoSource,
    async (input) => (excelActions ? excelActions.applyEdits(input) : input),
  );
  const planInWorker = (input: PlanInput, onProgress?: (progress: PlanProgress) => void) =>
    onProgress
      ? computer.compute(input, { includeSecurityGraded: false, provisional: true }, { onProgress })
      : computer.compute(input, { includeSecurityGraded: false });
  year.wiring = planYear;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang={locale}>
      <App
        host={host}
        locale={locale}
        source={source}
        store={store}
        preferences={new StoragePanePreferences(window.localStorage, partitionKey)}
        sharePoint={sharePoint}
        planYear={{ siteFor: (c) => planYear.siteFor(c) }}
        saveProjectXml={saveProjectXml}
        downloadProjectXml={projectXmlDownload(locale)}
        projectPlanOf={projectPlanOf(locale, store)}
        downloadXlsx={xlsxDownload(locale, store)}
        edits={paneEdits(store, planYear, local, planInWorker, () => demoBase)}
        {...(excelActions ? { excelActions } : {})}
        {...(host === "project"
          ? { projectPort: projectTaskPortForHost(), replan: replanWithProgress(store, computer) }
          : {})}
      />
    </FluentProvider>,
  );
}

const container = document.getElementById("container");
if (container) {
  start(container).catch((error: unknown) => {
    const locale = pickLocale("none", undefined, navigator.language);
    container.textContent = messagesFor(locale)("startupFailed", { reason: errorText(error, locale) });
  });
}
