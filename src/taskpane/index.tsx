/**
 * Composition root of the task pane: waits for office.js once (with a timeout for pages outside
 * Office), detects the host, picks the UI locale, chooses the plan source and renders the App.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createDemoPlanSource } from "../adapters/browser/demoPlanSource";
import { createGraphPlanSource } from "../adapters/browser/graphPlanSource";
import { createDemoListGateway } from "../adapters/auth/browserGraphGateway";
import { DEMO_SITE_URL } from "../adapters/graphServer/demoSite";
import { LIST_NAMES } from "../application/sharepoint/listSchemas";
import { generateDemoTenant } from "../demo/demoTenant";
import type { PlanSource } from "./planSource";
import { hostFromOfficeInfo } from "../adapters/office/hostInfo";
import { officeReadyOnce } from "../adapters/office/officeReady";
import { projectTaskPortForHost } from "../adapters/project/projectHost";
import { downloadTextFile } from "../adapters/browser/downloadFile";
import { writeMspdi } from "../adapters/mspdi/mspdiWriter";
import type { ProjectPlan } from "../domain/projectPlan/projectPlanTypes";
import type { PlanInput } from "../domain/model/planInput";
import type { PlanResult } from "../application/planResult";
import { projectPartsOf, projectPlanForRun } from "../application/project/projectPlanForRun";
import { projectFieldAliases } from "../i18n/projectMessages";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "./messages";
import { pickLocale } from "./pickLocale";
import { App } from "./components/App";
import { runPlan } from "../application/runPlan";
import { planWorkbook, stagesOfPlan } from "../application/workbook/fromPlan";
import { createHighsSolver } from "../adapters/solver/highsSolver";
import { readEditsFromExcel, writeModelToExcel } from "../adapters/excel/excelRun";
import { workspaceActions, type WorkspaceActions } from "../adapters/excel/workspaceActions";
import { downloadXlsx } from "../adapters/browser/downloadXlsx";

/**
 * The plan source: the demo tenant in the page, or — with `?graph=<base URL>` (npm start prints
 * it) — the demo tenant's SharePoint lists read through the Graph-compatible demo server.
 */
function pickSource(search: string): PlanSource {
  const graph = new URLSearchParams(search).get("graph");
  if (!graph) return createDemoPlanSource();
  return createGraphPlanSource({
    gateway: createDemoListGateway(graph, "demo-token"),
    graphBaseUrl: graph,
    siteUrl: DEMO_SITE_URL,
    intakeList: LIST_NAMES.intake,
    kavList: LIST_NAMES.kav,
    base: () => generateDemoTenant(),
  });
}

/** Offers the plan as `Anskaffelsesplan-<year>.xml` (Project XML) in the user's language. */
function projectXmlDownload(locale: Locale): (plan: ProjectPlan) => void {
  return (plan) =>
    downloadTextFile(
      `Anskaffelsesplan-${plan.planYear}.xml`,
      writeMspdi(plan, { fieldAliases: projectFieldAliases(locale) }),
    );
}

/**
 * The loaded plan as Project tasks (undefined while nothing is scheduled). People and categories
 * come from the demo tenant, which both plan sources use as their base.
 */
function projectPlanOf(locale: Locale): (result: PlanResult) => ProjectPlan | undefined {
  let base: PlanInput | undefined;
  return (result) => {
    if (result.schedule.scheduled.length === 0) return undefined;
    base ??= generateDemoTenant();
    return projectPlanForRun(projectPartsOf(result, base, locale), {
      locale,
      redaction: { includeSecurityGraded: result.redaction.includeSecurityGraded },
    });
  };
}

/**
 * The Excel workspace's actions: each write runs the plan on the demo tenant with the user's
 * security-graded opt-in for that write (never stored), then writes the sheets through Office.js.
 */
function excelWorkspace(locale: Locale): WorkspaceActions {
  const actions: WorkspaceActions = workspaceActions({
    locale,
    runPlan: async (includeSecurityGraded) => {
      // Weights, scores and force decisions read back with "Oppdater" go into this run.
      const input = actions.applyEdits(generateDemoTenant());
      const result = await runPlan(input, { includeSecurityGraded, solver: await createHighsSolver() });
      return { result, input, stages: stagesOfPlan(result) };
    },
    writeModel: writeModelToExcel,
    readEdits: readEditsFromExcel,
  });
  return actions;
}

/** Offers the loaded plan as `Anskaffelsesplan-<year>.xlsx`, the same workbook the CLI writes. */
function xlsxDownload(locale: Locale): (result: PlanResult) => Promise<void> {
  return (result) =>
    downloadXlsx(
      planWorkbook(result, generateDemoTenant(), locale),
      `Anskaffelsesplan-${result.planYear}.xlsx`,
    );
}

async function start(container: HTMLElement): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const info = await officeReadyOnce(office);
  const host = hostFromOfficeInfo(info);
  const locale = pickLocale(host, info.displayLanguage, navigator.language);
  document.documentElement.lang = locale;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang={locale}>
      <App
        host={host}
        locale={locale}
        source={pickSource(window.location.search)}
        downloadProjectXml={projectXmlDownload(locale)}
        projectPlanOf={projectPlanOf(locale)}
        downloadXlsx={xlsxDownload(locale)}
        {...(host === "excel" ? { excelActions: excelWorkspace(locale) } : {})}
        {...(host === "project" ? { projectPort: projectTaskPortForHost() } : {})}
      />
    </FluentProvider>,
  );
}

const container = document.getElementById("container");
if (container) {
  start(container).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    container.textContent = messagesFor(pickLocale("none", undefined, navigator.language))("startupFailed", {
      reason,
    });
  });
}
