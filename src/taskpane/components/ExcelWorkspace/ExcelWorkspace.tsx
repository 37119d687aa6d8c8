/**
 * The Excel workspace panel: write the workbook (with the security-graded opt-in asked each time,
 * never stored), read the edits back with "Oppdater" (which plans again), and show warnings, the
 * summary and every conflict. A write that would overwrite edits that cannot be taken in asks
 * first ("Skriv likevel"). The work is done by the use case the composition root passes in.
 */
import { useState } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { errorText } from "../../../i18n/errorMessages";
import { excelMessages } from "../../../i18n/excelMessages";
import { translate, type Locale } from "../../../i18n/locale";
import { workbookLinkMessages } from "../../../i18n/workbookLinkMessages";
import type { RefreshOutcome, WriteOutcome } from "../../../application/workbook/workbookWorkspace";
import { useExcelWorkspaceStyles } from "./useExcelWorkspaceStyles.styles";

/** Props of ExcelWorkspace. */
export interface ExcelWorkspaceProps {
  readonly locale: Locale;
  readonly onWrite: (includeSecurityGraded: boolean, overwrite?: boolean) => Promise<WriteOutcome>;
  readonly onRefresh: () => Promise<RefreshOutcome>;
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | { readonly kind: "done"; readonly intent: "success" | "warning"; readonly lines: readonly string[] }
  | { readonly kind: "unsaved" }
  | { readonly kind: "error"; readonly message: string };

/** Buttons to write and refresh the workbook, with the outcome below them. */
export function ExcelWorkspace({ locale, onWrite, onRefresh }: ExcelWorkspaceProps) {
  const styles = useExcelWorkspaceStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(excelMessages, locale, key, params);
  const tl = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(workbookLinkMessages, locale, key, params);
  const [includeGraded, setIncludeGraded] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [conflicts, setConflicts] = useState<readonly string[]>([]);

  const run = async (work: () => Promise<Status>) => {
    setStatus({ kind: "busy" });
    try {
      setStatus(await work());
    } catch (e) {
      setStatus({ kind: "error", message: errorText(e, locale) });
    }
  };
  const write = (overwrite: boolean) =>
    run(async () => {
      const r = await onWrite(includeGraded, overwrite);
      if (r.kind === "unsaved") {
        setConflicts(r.conflicts);
        return { kind: "unsaved" };
      }
      setIncludeGraded(false);
      setConflicts([]);
      const lines = [
        t("pane.written", { syncs: r.syncs }),
        ...(r.takenIn > 0 ? [tl("pane.takenIn", { changes: r.takenIn })] : []),
        ...(r.warning ? [r.warning] : []),
      ];
      return { kind: "done", intent: r.warning ? "warning" : "success", lines };
    });
  const refresh = () =>
    run(async () => {
      const r = await onRefresh();
      setConflicts(r.conflicts);
      const summary = t("readBack.summary", { changes: r.changes, conflicts: r.conflicts.length });
      const lines = [summary, tl("pane.replanned")];
      return { kind: "done", intent: r.conflicts.length > 0 ? "warning" : "success", lines };
    });
  const busy = status.kind === "busy";

  return (
    <section aria-label={t("pane.title")} className={styles.root}>
      <p className={styles.intro}>{t("pane.intro")}</p>
      <Checkbox
        checked={includeGraded}
        onChange={(_, data) => setIncludeGraded(data.checked === true)}
        label={t("pane.includeGraded")}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void write(false)}>
          {t("pane.write")}
        </Button>
        <Button disabled={busy} onClick={() => void refresh()}>
          {t("pane.refresh")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("pane.busy")} />}
      {status.kind === "done" && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>
            {status.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "unsaved" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <div>{tl("pane.unsaved", { count: conflicts.length })}</div>
            <Button disabled={busy} onClick={() => void write(true)}>
              {tl("pane.writeAnyway")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("pane.failed", { message: status.message })}</MessageBarBody>
        </MessageBar>
      )}
      {conflicts.length > 0 && (
        <ul aria-label={t("pane.conflicts")} className={styles.conflicts}>
          {conflicts.map((c, i) => (
            <li key={`${i}:${c}`}>{c}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
