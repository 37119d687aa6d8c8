/**
 * The sync part of the SharePoint panel: sync (changes or everything) with Cancel, the progress
 * of whatever runs, the error or notice of the last action, and what the last sync read with the
 * issues it found (per need field, contract and person).
 */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { ProgressEvent } from "../../../application/sharepoint/listGateway";
import type { WorkspaceSync } from "../../../application/sharepoint/sharePointWorkspace";
import { fieldLabel } from "../../../i18n/intakeMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";
import type { PanelSay } from "./panelSay";
import type { PanelTask } from "./usePanelTask";
import type { Sync } from "./useSyncAndPublish";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** Props of SyncSection. */
export interface SyncSectionProps {
  readonly say: PanelSay;
  readonly locale: Locale;
  readonly task: PanelTask;
  readonly sync: Sync;
}

const issueCount = (s: WorkspaceSync) =>
  s.sync.issues.length + s.contractIssues.length + s.personIssues.length;

/** What the last sync read, and its issues. */
function SyncOutcome({ say, locale, synced }: { say: PanelSay; locale: Locale; synced: WorkspaceSync }) {
  const styles = useSharePointPanelStyles();
  return (
    <>
      <MessageBar intent={issueCount(synced) > 0 ? "warning" : "success"}>
        <MessageBarBody role="status">
          {say("pane.synced", {
            list: synced.sync.state.listName,
            mode: say(`sync.mode.${synced.sync.mode}`),
            records: formatNumber(synced.sync.records.length, locale),
            changed: formatNumber(synced.sync.changed, locale),
            deleted: formatNumber(synced.sync.deleted, locale),
            contracts: formatNumber(synced.input.contracts.length, locale),
            people: formatNumber(synced.input.people.length, locale),
          })}
        </MessageBarBody>
      </MessageBar>
      {issueCount(synced) > 0 && (
        <ul aria-label={say("pane.issues", { count: synced.sync.issues.length })} className={styles.list}>
          {synced.sync.issues.map((issue, i) => (
            <li key={`s${i}`}>{say("sync.issue", { ...issue, field: fieldLabel(issue.field, locale) })}</li>
          ))}
          {synced.contractIssues.map((issue, i) => (
            <li key={`c${i}`}>{say("sync.contractIssue", { ...issue })}</li>
          ))}
          {synced.personIssues.map((issue, i) => (
            <li key={`p${i}`}>{say("sync.personIssue", { ...issue })}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The sync buttons, progress, messages and outcome. */
export function SyncSection({ say, locale, task, sync }: SyncSectionProps) {
  const styles = useSharePointPanelStyles();
  const { busy, error, info } = task.state;
  const progressText = (event: ProgressEvent | undefined): string =>
    event
      ? say(`pane.phase.${event.phase}`, {
          done: formatNumber(event.done, locale),
          total: formatNumber(event.total ?? 0, locale),
        })
      : (busy?.label ?? say("pane.busy"));
  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={task.isBusy} onClick={() => void sync.sync(false)}>
          {say("pane.sync")}
        </Button>
        <Button disabled={task.isBusy} onClick={() => void sync.sync(true)}>
          {say("pane.syncFull")}
        </Button>
        {busy?.cancel && <Button onClick={() => busy.cancel?.abort()}>{say("pane.cancel")}</Button>}
      </div>
      {busy && (
        <Field validationMessage={progressText(busy.progress)} validationState="none">
          <ProgressBar
            aria-label={progressText(busy.progress)}
            {...(busy.progress?.total ? { value: busy.progress.done / busy.progress.total } : {})}
          />
        </Field>
      )}
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody role="alert">{say("pane.error", { reason: error })}</MessageBarBody>
        </MessageBar>
      )}
      {info !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody role="status">{info}</MessageBarBody>
        </MessageBar>
      )}
      {sync.synced && <SyncOutcome say={say} locale={locale} synced={sync.synced} />}
    </>
  );
}
