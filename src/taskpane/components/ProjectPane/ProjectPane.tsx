/**
 * The Project task pane: update the plan's tasks in Project, read progress back, download or save
 * the Project XML, a result row per task, and how to create the tasks (open or merge plan.xml).
 */
import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  mergeClasses,
} from "@fluentui/react-components";
import type { TaskSyncResult } from "../../../application/project/syncProjectTasks";
import { errorText } from "../../../i18n/errorMessages";
import { formatDate, translate } from "../../../i18n/locale";
import { projectMessages } from "../../../i18n/projectMessages";
import { projectHostMessages } from "../../../i18n/projectHostMessages";
import type { ProjectPaneProps, ReplanOutcome } from "./ProjectPane.types";
import { useProjectPaneStyles } from "./useProjectPaneStyles.styles";
import { useProjectTasks } from "./useProjectTasks";
import { SaveToSharePoint } from "../SaveToSharePoint";

const HELP_KEYS = ["help.why", "help.open", "help.merge", "help.append", "help.after"] as const;

/** The Project pane. */
export function ProjectPane(props: ProjectPaneProps): React.JSX.Element {
  const { locale, plan, port } = props;
  const styles = useProjectPaneStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(projectMessages, locale, key, params);
  const state = useProjectTasks(plan, port, locale, props.onProgress);
  const [replanning, setReplanning] = React.useState(false);
  const [replanned, setReplanned] = React.useState<ReplanOutcome | undefined>();
  const [replanError, setReplanError] = React.useState<string | undefined>();
  const disabled = !plan || !port || state.busy || replanning;
  const readProgress = state.run?.report.progress ?? [];

  const replan = async () => {
    if (!props.onReplan) return;
    setReplanning(true);
    setReplanError(undefined);
    try {
      setReplanned(await props.onReplan(readProgress));
    } catch (e) {
      setReplanError(errorText(e, locale));
    } finally {
      setReplanning(false);
    }
  };

  const statusText = (r: TaskSyncResult): string => {
    switch (r.status) {
      case "updated":
        return `${t("result.updated")}: ${r.written.map((f) => t(`field.${f}`)).join(", ")}`;
      case "unchanged":
        return t("result.skipped");
      case "failed":
        return t("result.failed", {
          message: `${r.failure?.step === "progress" ? t("pane.progress") : t(`field.${r.failure?.step ?? ""}`)} – ${r.failure?.message ?? ""}`,
        });
      case "missing":
        return t("result.missing");
      case "orphan":
        return t("result.orphan");
    }
  };

  const report = state.run?.report;
  const rows = report ? report.results.filter((r) => r.status !== "unchanged") : [];
  return (
    <div className={mergeClasses(styles.root, props.className)}>
      <Title3 as="h2">{t("pane.title")}</Title3>
      {!plan && (
        <MessageBar intent="info">
          <MessageBarBody>{t("pane.noPlan")}</MessageBarBody>
        </MessageBar>
      )}
      {plan && !port && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.windowsOnly")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={() => void state.update()}>
          {t("pane.update")}
        </Button>
        <Button disabled={disabled} onClick={() => void state.readProgress()}>
          {t("pane.progress")}
        </Button>
        {props.onReplan && (
          <Button disabled={disabled || readProgress.length === 0} onClick={() => void replan()}>
            {t("pane.replan")}
          </Button>
        )}
        {props.onDownloadXml && (
          <Button disabled={!plan} onClick={props.onDownloadXml}>
            {t("pane.download")}
          </Button>
        )}
        {props.onSaveXmlToSharePoint && (
          <SaveToSharePoint locale={locale} disabled={!plan} onSave={props.onSaveXmlToSharePoint} />
        )}
      </div>
      {state.busy && (
        <div role="status">
          <ProgressBar
            value={state.step && state.step.total > 0 ? state.step.done / state.step.total : undefined}
          />
          <Body1>{t("pane.busy", { done: state.step?.done ?? 0, total: state.step?.total ?? 0 })}</Body1>
        </div>
      )}
      {replanned && (
        <MessageBar intent="success">
          <MessageBarBody role="status">
            {t("pane.replanned", {
              date: formatDate(replanned.asOf, locale),
              moved: replanned.moved,
              late: replanned.newlyLate,
              unchanged: replanned.unchanged,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {replanError !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{replanError}</MessageBarBody>
        </MessageBar>
      )}
      {state.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.run?.report.notices.map((notice) => (
        <MessageBar key={notice.key} intent={notice.severity}>
          <MessageBarBody>{translate(projectHostMessages, locale, notice.key, notice.params)}</MessageBarBody>
        </MessageBar>
      ))}
      {state.run && (
        <MessageBar
          intent={
            state.run.report.counts.failed > 0 || state.run.report.notices.some((n) => n.severity === "error")
              ? "warning"
              : "success"
          }
        >
          <MessageBarBody>
            {state.run.kind === "update"
              ? t("pane.summary", {
                  updated: state.run.report.counts.updated,
                  failed: state.run.report.counts.failed,
                  missing: state.run.report.counts.missing,
                  orphans: state.run.report.counts.orphan,
                })
              : t("pane.progressSummary", {
                  count: state.run.report.progress.length,
                  started: state.run.report.needs.filter((n) => n.status !== "not-started").length,
                  completed: state.run.report.needs.filter((n) => n.status === "completed").length,
                })}
          </MessageBarBody>
        </MessageBar>
      )}
      {rows.length > 0 && (
        <div className={styles.results}>
          <Table size="small" aria-label={t("pane.title")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("pane.colTask")}</TableHeaderCell>
                <TableHeaderCell>{t("pane.colResult")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.key}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell className={r.status === "failed" ? styles.failed : undefined}>
                    {statusText(r)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <section aria-labelledby="project-help">
        <Subtitle2 as="h3" id="project-help">
          {t("help.title")}
        </Subtitle2>
        <ol className={styles.help}>
          {HELP_KEYS.map((key) => (
            <li key={key}>
              <Body1>{t(key)}</Body1>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
