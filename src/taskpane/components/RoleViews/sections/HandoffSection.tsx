/**
 * The planner's way to Project and back: in MS Project the Project pane (update the tasks, read
 * progress, re-plan with it); in Excel the workbook panel; elsewhere the downloads (.xlsx, Project
 * XML) and saving the Project XML into SharePoint.
 */
import { Button } from "@fluentui/react-components";
import type { ProgressRecord } from "../../../../domain/projectPlan/taskSync";
import { excelMessages } from "../../../../i18n/excelMessages";
import { translate } from "../../../../i18n/locale";
import { projectMessages } from "../../../../i18n/projectMessages";
import { ExcelWorkspace } from "../../ExcelWorkspace";
import { ProjectPane } from "../../ProjectPane";
import type { ReplanOutcome } from "../../ProjectPane/ProjectPane.types";
import { SaveToSharePoint } from "../../SaveToSharePoint";
import { usePane } from "../paneContext";
import { PendingNote } from "../slots";
import { useRoleViewStyles } from "../useRoleViewStyles.styles";

/** The Project pane in MS Project, with the re-plan dispatched into the one plan state. */
function ProjectHandoff() {
  const { app, locale, plan, projectPlan, pending } = usePane();
  const { downloadProjectXml, saveProjectXml, replan, store } = app;
  // an edit's provisional plan is not re-planned from Project until it is finished
  const onReplan =
    plan && replan && pending === undefined
      ? async (progress: readonly ProgressRecord[]): Promise<ReplanOutcome> => {
          const { result: next, input, asOf } = await replan(plan, progress);
          store.dispatch({ type: "replanned", plan: next, input });
          const diff = next.schedule.diff;
          return {
            asOf,
            moved: diff?.moved.length ?? 0,
            newlyLate: diff?.newlyLate.length ?? 0,
            unchanged: diff?.unchanged ?? 0,
          };
        }
      : undefined;
  return (
    <>
      {pending !== undefined && <PendingNote what={pending} />}
      <ProjectPane
        locale={locale}
        plan={projectPlan}
        port={app.projectPort}
        {...(projectPlan && downloadProjectXml
          ? { onDownloadXml: () => downloadProjectXml(projectPlan) }
          : {})}
        {...(projectPlan && saveProjectXml
          ? { onSaveXmlToSharePoint: () => saveProjectXml(projectPlan) }
          : {})}
        {...(onReplan ? { onReplan } : {})}
      />
    </>
  );
}

/** The handoff section. */
export function HandoffSection() {
  const { app, locale, plan, projectPlan, pending } = usePane();
  const styles = useRoleViewStyles();
  if (app.host === "project") return <ProjectHandoff />;
  const { excelActions, downloadXlsx, downloadProjectXml, saveProjectXml } = app;
  return (
    <div className={styles.section}>
      {/* the workbook is written and read back only against a finished plan */}
      {app.host === "excel" && plan && excelActions && pending === undefined && (
        <ExcelWorkspace locale={locale} onWrite={excelActions.onWrite} onRefresh={excelActions.onRefresh} />
      )}
      {/* an edit's provisional plan is not offered for download until it is finished */}
      {pending !== undefined && <PendingNote what={pending} />}
      {plan && pending === undefined && (
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
    </div>
  );
}
