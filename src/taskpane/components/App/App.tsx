/**
 * The task pane application: loads the plan through its PlanSource and shows the header, the
 * intake counts, the filter bar and the needs table; in MS Project also the Project pane (update
 * tasks, read progress, how to create the tasks). Load failures are shown, never swallowed.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { PlanInput } from "../../../domain/model/planInput";
import type { Host } from "../../../adapters/office/hostInfo";
import type { PlanResult } from "../../../application/planResult";
import { formatNumber, translate, type Locale } from "../../../i18n/locale";
import { projectMessages } from "../../../i18n/projectMessages";
import { messagesFor } from "../../messages";
import { filterNeeds, type NeedsQuery } from "../../needsFilter";
import type { PlanSource } from "../../planSource";
import { usePlanState, type PlanStore } from "../../planStore";
import type { ProjectTaskPort } from "../../../application/project/projectTaskPort";
import type { ProjectPlan } from "../../../domain/projectPlan/projectPlanTypes";
import { ProjectPane } from "../ProjectPane";
import { SaveToSharePoint } from "../SaveToSharePoint";
import type { ProgressRecord } from "../../../domain/projectPlan/taskSync";
import type { IsoDate } from "../../../domain/time/isoDate";
import { ExcelWorkspace, type ExcelWorkspaceProps } from "../ExcelWorkspace";
import { excelMessages } from "../../../i18n/excelMessages";
import { NeedsTable } from "../NeedsTable";
import { RankingTable } from "../RankingTable";
import { NeedsToolbar } from "../NeedsToolbar";
import { SharePointPanel, type SharePointPanelProps } from "../SharePointPanel";
import type {
  SharePointConnection,
  WorkspaceSync,
} from "../../../application/sharepoint/sharePointWorkspace";
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { PlanCounts } from "../PlanCounts";
import { PlanYearPanel } from "../PlanYearPanel";
import type { PlanYearSite } from "../../../application/planYear/planYearWorkspace";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../../application/sharepoint/zonedDates";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { PlanHeader } from "../PlanHeader";
import { PlanProgress } from "../PlanProgress";
import { useAppStyles } from "./useAppStyles.styles";

/** What the composition root gives the SharePoint tab (App adds the plan and its origin). */
export type AppSharePoint = Omit<SharePointPanelProps, "locale" | "plan" | "planFrom" | "onSynced">;

/** What the composition root gives the plan-year tab: the plan-year ports of a connection's site. */
export interface AppPlanYear {
  readonly siteFor: (connection: SharePointConnection) => Promise<PlanYearSite>;
}

/** Today in Oslo, the day the annual wheel's status is for. */
const todayInOslo = () => calendarDateOfInstant(new Date().toISOString(), DEFAULT_SITE_TIME_ZONE);

/** Props of App: chosen once by the composition root. */
export interface AppProps {
  readonly host: Host;
  readonly locale: Locale;
  readonly source: PlanSource;
  /** The one plan state (plan shown and its input), shared with the composition root's actions. */
  readonly store: PlanStore;
  /** In MS Project on Windows: the port to the open project's tasks. */
  readonly projectPort?: ProjectTaskPort;
  /** The loaded plan as Project tasks, when the plan result carries a schedule. */
  readonly projectPlanOf?: (plan: PlanResult) => ProjectPlan | undefined;
  /** In Excel: the actions behind the workspace panel (write the sheets, "Oppdater"). */
  readonly excelActions?: Pick<ExcelWorkspaceProps, "onWrite" | "onRefresh">;
  /** Offers the plan as an .xlsx download (composition root: workbook model + xlsx writer). */
  readonly downloadXlsx?: (plan: PlanResult) => Promise<void>;
  /** Offers the plan as a Project XML download (composition root: writer + browser download). */
  readonly downloadProjectXml?: (plan: ProjectPlan) => void;
  /** The SharePoint tab: connection, sign-in, lists, mapping, sync and publish. */
  readonly sharePoint?: AppSharePoint;
  /** The plan-year tab (coordinator): over the SharePoint tab's connection. */
  readonly planYear?: AppPlanYear;
  /** Saves the Project XML into the SharePoint site of the SharePoint tab; resolves with its address. */
  readonly saveProjectXml?: (plan: ProjectPlan) => Promise<{ readonly webUrl: string }>;
  /** Re-plans the plan shown with the progress read from Project (rolling plan). */
  readonly replan?: (
    plan: PlanResult,
    progress: readonly ProgressRecord[],
  ) => Promise<{ readonly result: PlanResult; readonly input: PlanInput; readonly asOf: IsoDate }>;
}

type View = "needs" | "ranking" | "sharepoint" | "planyear";
const VIEWS: readonly View[] = ["needs", "ranking", "sharepoint", "planyear"];

/** The whole task pane. */
export function App({
  host,
  locale,
  source,
  store,
  projectPort,
  projectPlanOf,
  downloadProjectXml,
  excelActions,
  downloadXlsx,
  sharePoint,
  planYear,
  replan,
  saveProjectXml,
}: AppProps) {
  const styles = useAppStyles();
  const t = useMemo(() => messagesFor(locale), [locale]);
  const state = usePlanState(store);
  const [query, setQuery] = useState<NeedsQuery>({ status: "all", text: "" });
  const [view, setView] = useState<View>("needs");
  // The Planår tab mounts when first opened (it reads the site, which may need a sign-in) and then stays.
  const [yearOpened, setYearOpened] = useState(false);
  useEffect(() => {
    if (view === "planyear") setYearOpened(true);
  }, [view]);
  const deferredQuery = useDeferredValue(query);
  const planFrom = state.kind === "loaded" ? state.from : undefined;
  const notice = state.kind === "loaded" ? state.notice : undefined;

  useEffect(() => {
    let current = true;
    source.load().then(
      (loaded) => {
        if (current) store.dispatch({ type: "loaded", loaded });
      },
      (error: unknown) => {
        if (current)
          store.dispatch({ type: "failed", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [source, store]);

  const plan = state.kind === "loaded" ? state.plan : undefined;
  const computing = state.kind === "failed" ? undefined : state.computing;
  // The needs show as soon as the intake has run, before the ranking, selection and schedule.
  const needsView = plan ?? computing?.intake;
  const shown = useMemo(
    () => (needsView ? filterNeeds(needsView.needs, deferredQuery, locale) : []),
    [needsView, deferredQuery, locale],
  );
  const project = useMemo((): { plan?: ProjectPlan; error?: string } => {
    if (!plan || !projectPlanOf) return {};
    try {
      const built = projectPlanOf(plan);
      return built ? { plan: built } : {};
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [plan, projectPlanOf]);
  const projectPlan = project.plan;
  // The plan-year tab works on the site the plan shown came from, else the SharePoint tab's first settings.
  const yearConnection = planFrom ?? sharePoint?.initialSettings;
  const yearSite = useMemo(
    () =>
      planYear && yearConnection && yearConnection.siteUrl !== ""
        ? () => planYear.siteFor(yearConnection)
        : undefined,
    [planYear, yearConnection],
  );
  const shownPlan = useMemo(
    () => (state.kind === "loaded" ? { input: state.input, result: state.plan } : undefined),
    [state],
  );
  const onSynced = (sync: WorkspaceSync, connection: SharePointConnection) => {
    store.dispatch({ type: "synced", plan: sync.result, input: sync.input, from: connection });
  };

  return (
    <main className={styles.root}>
      <PlanHeader host={host} planYear={needsView?.planYear} t={t} />
      {state.kind === "loading" && !computing && <Spinner size="small" label={t("loading")} />}
      {computing && <PlanProgress computing={computing} locale={locale} />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("loadFailed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {notice !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {project.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{project.error}</MessageBarBody>
        </MessageBar>
      )}
      {host === "project" && state.kind !== "loading" && (
        <ProjectPane
          locale={locale}
          plan={projectPlan}
          port={projectPort}
          {...(projectPlan && downloadProjectXml
            ? { onDownloadXml: () => downloadProjectXml(projectPlan) }
            : {})}
          {...(projectPlan && saveProjectXml
            ? { onSaveXmlToSharePoint: () => saveProjectXml(projectPlan) }
            : {})}
          {...(plan && replan
            ? {
                onReplan: async (progress: readonly ProgressRecord[]) => {
                  const { result: next, input, asOf } = await replan(plan, progress);
                  store.dispatch({ type: "replanned", plan: next, input });
                  const diff = next.schedule.diff;
                  return {
                    asOf,
                    moved: diff?.moved.length ?? 0,
                    newlyLate: diff?.newlyLate.length ?? 0,
                    unchanged: diff?.unchanged ?? 0,
                  };
                },
              }
            : {})}
        />
      )}
      {host === "excel" && plan && excelActions && (
        <ExcelWorkspace locale={locale} onWrite={excelActions.onWrite} onRefresh={excelActions.onRefresh} />
      )}
      {host !== "project" && plan && (
        <div className={styles.downloads}>
          {downloadXlsx && (
            <Button onClick={() => void downloadXlsx(plan)}>
              {translate(excelMessages, locale, "pane.downloadXlsx")}
            </Button>
          )}
          {projectPlan && downloadProjectXml && (
            <Button onClick={() => downloadProjectXml(projectPlan)}>
              {translate(projectMessages, locale, "pane.download")}
            </Button>
          )}
          {projectPlan && saveProjectXml && (
            <SaveToSharePoint locale={locale} onSave={() => saveProjectXml(projectPlan)} />
          )}
        </div>
      )}
      {(needsView || sharePoint || planYear) && (
        <TabList
          aria-label={t("view.label")}
          selectedValue={view}
          onTabSelect={(_, data) => setView(VIEWS.find((v) => v === data.value) ?? "needs")}
        >
          {needsView && <Tab value="needs">{t("view.needs")}</Tab>}
          {plan && <Tab value="ranking">{t("view.ranking")}</Tab>}
          {sharePoint && <Tab value="sharepoint">{translate(GRAPH_MESSAGES, locale, "pane.tab")}</Tab>}
          {planYear && <Tab value="planyear">{planYearPaneSay(locale, "tab")}</Tab>}
        </TabList>
      )}
      {sharePoint && (
        // Kept mounted (hidden) so a running sync and the panel's state survive switching tabs.
        <div hidden={view !== "sharepoint"}>
          <SharePointPanel
            {...sharePoint}
            locale={locale}
            plan={plan}
            planFrom={planFrom}
            onSynced={onSynced}
          />
        </div>
      )}
      {planYear && yearOpened && (
        // Once opened, kept mounted (hidden) like the SharePoint tab: a running publish and its report
        // survive a tab switch.
        <div hidden={view !== "planyear"}>
          <PlanYearPanel
            locale={locale}
            site={yearSite}
            planYear={plan?.planYear ?? new Date().getFullYear() + 1}
            shown={shownPlan}
            today={todayInOslo}
          />
        </div>
      )}
      {plan && view === "ranking" && <RankingTable plan={plan} locale={locale} t={t} />}
      {needsView && view === "needs" && (
        <>
          <PlanCounts counts={needsView.counts} locale={locale} t={t} />
          <NeedsToolbar query={query} counts={needsView.counts} locale={locale} onChange={setQuery} t={t} />
          <Text role="status" size={200} className={styles.shown}>
            {t("shown", {
              shown: formatNumber(shown.length, locale),
              total: formatNumber(needsView.counts.received, locale),
            })}
          </Text>
          {shown.length > 0 ? (
            <NeedsTable entries={shown} locale={locale} t={t} />
          ) : (
            <Text className={styles.empty}>{t("empty")}</Text>
          )}
        </>
      )}
    </main>
  );
}
