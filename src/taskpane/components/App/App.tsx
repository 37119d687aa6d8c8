/**
 * The task pane application: loads the plan through its PlanSource into the one plan state and
 * shows the header, the role switch and the chosen role's view — the coordinator's, the
 * procurement lead's or the planner's (components/RoleViews), each loaded when first chosen and
 * then kept mounted. Load failures are shown, never swallowed.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState, type ComponentType } from "react";
import type { PlanInput } from "../../../domain/model/planInput";
import type { Host } from "../../../adapters/office/hostInfo";
import type { PlanResult } from "../../../application/planResult";
import type { PlanSource } from "../../../application/pane/planSource";
import {
  memoryPanePreferences,
  PANE_ROLES,
  type PanePreferences,
  type PaneRole,
} from "../../../application/pane/panePreferences";
import type { Locale } from "../../../i18n/locale";
import { messagesFor } from "../../messages";
import { usePlanState, type PlanStore } from "../../planStore";
import type { ProjectTaskPort } from "../../../application/project/projectTaskPort";
import type { ProjectPlan } from "../../../domain/projectPlan/projectPlanTypes";
import type { ProgressRecord } from "../../../domain/projectPlan/taskSync";
import type { IsoDate } from "../../../domain/time/isoDate";
import type { ExcelWorkspaceProps } from "../ExcelWorkspace";
import type { SharePointPanelProps } from "../SharePointPanel";
import type { SharePointConnection } from "../../../application/sharepoint/sharePointWorkspace";
import type { PlanYearSite } from "../../../application/planYear/planYearWorkspace";
import { PlanHeader } from "../PlanHeader";
import { PlanProgress } from "../PlanProgress";
import type { PlanEditsPanelProps } from "../PlanEdits";
import { RoleSwitch } from "../RoleSwitch";
import { PaneContext, roleMessagesFor, type PaneContextValue } from "../RoleViews/paneContext";
import type { RoleViewProps } from "../RoleViews/SectionTabs";
import { useLoadPlan, useProjectPlan, useRole } from "./usePaneState";
import { useAppStyles } from "./useAppStyles.styles";

/** What the composition root gives the SharePoint section (App adds the plan and its origin). */
export type AppSharePoint = Omit<SharePointPanelProps, "locale" | "plan" | "planFrom" | "onSynced">;

/** What the composition root gives the plan-year section: the plan-year ports of a connection's site. */
export interface AppPlanYear {
  readonly siteFor: (connection: SharePointConnection) => Promise<PlanYearSite>;
}

/** What the composition root gives the lead's edits ("Vekter og valg"). */
export interface AppEdits {
  /** Stores the edits in the plan-year record of the plan shown and plans again (one function). */
  readonly edit: PlanEditsPanelProps["edit"];
  /** Where the edits of the plan shown are stored. */
  readonly storedIn: () => PlanEditsPanelProps["storedIn"];
}

/** Props of App: chosen once by the composition root. */
export interface AppProps {
  readonly host: Host;
  readonly locale: Locale;
  readonly source: PlanSource;
  /** The one plan state (plan shown and its input), shared with the composition root's actions. */
  readonly store: PlanStore;
  /** The remembered role and category (web storage under the partition key); in memory when absent. */
  readonly preferences?: PanePreferences;
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
  /** The SharePoint section: connection, sign-in, lists, mapping, sync and publish. */
  readonly sharePoint?: AppSharePoint;
  /** The plan-year section (coordinator): over the SharePoint section's connection. */
  readonly planYear?: AppPlanYear;
  /** Saves the Project XML into the SharePoint site of the SharePoint section; resolves with its address. */
  readonly saveProjectXml?: (plan: ProjectPlan) => Promise<{ readonly webUrl: string }>;
  /** Re-plans the plan shown with the progress read from Project (rolling plan). */
  readonly replan?: (
    plan: PlanResult,
    progress: readonly ProgressRecord[],
  ) => Promise<{ readonly result: PlanResult; readonly input: PlanInput; readonly asOf: IsoDate }>;
  /** The lead's edits: weights, pairwise, scores, force decisions, feedback into the plan-year record. */
  readonly edits?: AppEdits;
}

/** Each role's view, in its own chunk. */
const VIEWS: Readonly<Record<PaneRole, ComponentType<RoleViewProps>>> = {
  coordinator: lazy(() =>
    import("../RoleViews/CoordinatorView").then((m) => ({ default: m.CoordinatorView })),
  ),
  lead: lazy(() => import("../RoleViews/LeadView").then((m) => ({ default: m.LeadView }))),
  planner: lazy(() => import("../RoleViews/PlannerView").then((m) => ({ default: m.PlannerView }))),
};

/** The whole task pane. */
export function App(props: AppProps) {
  const { host, locale, store } = props;
  const styles = useAppStyles();
  const t = useMemo(() => messagesFor(locale), [locale]);
  const r = useMemo(() => roleMessagesFor(locale), [locale]);
  const [fallbackPreferences] = useState(memoryPanePreferences);
  const preferences = props.preferences ?? fallbackPreferences;
  const state = usePlanState(store);
  useLoadPlan(props.source, store, locale);
  const roles = useRole(preferences, host);
  const plan = state.kind === "loaded" ? state.plan : undefined;
  const computing = state.kind === "failed" ? undefined : state.computing;
  // The needs show as soon as the intake has run, before the ranking, selection and schedule.
  const needs = plan ?? computing?.intake;
  // A provisional plan (an edit's new ranking) keeps the finished plan's Project tasks until its schedule is done.
  const provisional = state.kind === "loaded" ? state.provisional : undefined;
  const project = useProjectPlan(provisional?.finished ?? plan, props.projectPlanOf, locale);
  const pane = useMemo(
    (): PaneContextValue => ({
      app: props,
      locale,
      t,
      r,
      preferences,
      plan,
      pending: provisional?.pending,
      needs,
      input: state.kind === "loaded" ? state.input : undefined,
      planFrom: state.kind === "loaded" ? state.from : undefined,
      projectPlan: project.plan,
    }),
    [props, locale, t, r, preferences, plan, provisional, needs, state, project.plan],
  );
  const notice = state.kind === "loaded" ? state.notice : undefined;

  return (
    <main className={styles.root}>
      <PlanHeader host={host} planYear={needs?.planYear} t={t} />
      <RoleSwitch role={roles.role} onChange={roles.choose} r={r} />
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
      <PaneContext.Provider value={pane}>
        {PANE_ROLES.filter((role) => roles.opened.has(role)).map((role) => {
          const View = VIEWS[role];
          return (
            <section key={role} hidden={role !== roles.role} aria-label={r(`view.${role}`)}>
              <div className={styles.view}>
                <Suspense fallback={<Spinner size="tiny" label={r("section.loading")} />}>
                  <View active={role === roles.role} />
                </Suspense>
              </div>
            </section>
          );
        })}
      </PaneContext.Provider>
    </main>
  );
}
