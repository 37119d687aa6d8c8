/**
 * What a publish did: the counts in one sentence, then every conflict (need, field, the value
 * someone else set, the value the plan wanted) and every need that could not be written.
 */
import { retryableFailures } from "../../../application/sharepoint/heldConflicts";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { PublishReport } from "../../../application/sharepoint/publishDecisions";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../../application/sharepoint/zonedDates";
import type { IsoDate } from "../../../domain/time/isoDate";
import { feedbackSummary, GRAPH_MESSAGES, publishFailureText } from "../../../i18n/graphMessages";
import type { FeedbackReport } from "../../../application/sharepoint/feedbackList";
import { formatDate, formatNumber, translate, type Locale } from "../../../i18n/locale";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** A column value for people: dates as Norwegian dates, numbers grouped, empty as a dash. */
function shown(field: string, value: unknown, locale: Locale, timeZone: string): string {
  if (value === undefined || value === null || value === "") return "–";
  if ((field === "plannedStart" || field === "plannedFinish") && typeof value === "string") {
    try {
      return formatDate(calendarDateOfInstant(value, timeZone) as IsoDate, locale);
    } catch {
      return value;
    }
  }
  if (typeof value === "number") return formatNumber(value, locale);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Props of PublishReportView. */
export interface PublishReportViewProps {
  readonly locale: Locale;
  readonly report: PublishReport;
  readonly timeZone?: string;
  /** Resolves one need's conflicts (or all when `needId` is absent); buttons shown when given. */
  readonly onResolve?: (choice: "keep-theirs" | "take-ours", needId?: string) => void;
  /** Retries the decisions not written; the button shows when given and some can be retried. */
  readonly onRetryFailed?: () => void;
  /** True while an action runs: the buttons are disabled. */
  readonly busy?: boolean;
}

/** The report of one publish. */
export function PublishReportView(props: PublishReportViewProps) {
  const { locale, report, timeZone } = props;
  const styles = useSharePointPanelStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(GRAPH_MESSAGES, locale, key, params);
  const zone = timeZone ?? DEFAULT_SITE_TIME_ZONE;
  const trouble = report.conflicts.length + report.failed.length + report.missing.length;
  const retryable = retryableFailures(report.failed).length;
  return (
    <>
      <MessageBar intent={trouble > 0 ? "warning" : "success"}>
        <MessageBarBody role="status">
          {t("pane.published", {
            written: formatNumber(report.written.length, locale),
            merged: formatNumber(report.merged.length, locale),
            unchanged: formatNumber(report.unchanged.length, locale),
            missing: formatNumber(report.missing.length, locale),
            conflicts: formatNumber(report.conflicts.length, locale),
            failed: formatNumber(report.failed.length, locale),
          })}
        </MessageBarBody>
      </MessageBar>
      {report.conflicts.length > 0 && (
        <Table size="small" aria-label={t("pane.conflicts")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("pane.conflict.need")}</TableHeaderCell>
              <TableHeaderCell>{t("pane.conflict.field")}</TableHeaderCell>
              <TableHeaderCell>{t("pane.conflict.theirs")}</TableHeaderCell>
              <TableHeaderCell>{t("pane.conflict.ours")}</TableHeaderCell>
              {props.onResolve && <TableHeaderCell>{t("pane.conflict.resolve")}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.conflicts.map((c) => (
              <TableRow key={`${c.needId}:${c.field}`}>
                <TableCell>{c.needId}</TableCell>
                <TableCell>{t(`writeBack.${c.field}`)}</TableCell>
                <TableCell>{shown(c.field, c.theirs, locale, zone)}</TableCell>
                <TableCell>{shown(c.field, c.ours, locale, zone)}</TableCell>
                {props.onResolve && (
                  <TableCell>
                    <ResolveButtons
                      locale={locale}
                      disabled={props.busy === true}
                      onResolve={(choice) => props.onResolve?.(choice, c.needId)}
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {props.onResolve && report.conflicts.length > 1 && (
        <ResolveButtons
          locale={locale}
          all
          disabled={props.busy === true}
          onResolve={(choice) => props.onResolve?.(choice)}
        />
      )}
      {report.failed.length + report.missing.length > 0 && (
        <ul aria-label={t("pane.failed")} className={styles.list}>
          {report.failed.map((f) => (
            <li key={`f:${f.needId}`}>{publishFailureText(locale, f)}</li>
          ))}
          {report.missing.map((needId) => (
            <li key={`m:${needId}`}>{t("publish.missing", { needId })}</li>
          ))}
        </ul>
      )}
      {props.onRetryFailed && retryable > 0 && (
        <Button disabled={props.busy === true} onClick={props.onRetryFailed}>
          {t("pane.retryFailed", { count: formatNumber(retryable, locale) })}
        </Button>
      )}
    </>
  );
}

/** "Keep theirs" and "Take the plan's" for one need's conflicts, or for all of them. */
function ResolveButtons(props: {
  readonly locale: Locale;
  readonly all?: boolean;
  readonly disabled: boolean;
  readonly onResolve: (choice: "keep-theirs" | "take-ours") => void;
}) {
  const t = (key: string) => translate(GRAPH_MESSAGES, props.locale, key);
  return (
    <span>
      <Button size="small" disabled={props.disabled} onClick={() => props.onResolve("keep-theirs")}>
        {t(props.all ? "pane.conflict.keepAll" : "pane.conflict.keepTheirs")}
      </Button>{" "}
      <Button size="small" disabled={props.disabled} onClick={() => props.onResolve("take-ours")}>
        {t(props.all ? "pane.conflict.takeAll" : "pane.conflict.takeOurs")}
      </Button>
    </span>
  );
}

/** Props of FeedbackReportView. */
export interface FeedbackReportViewProps {
  readonly locale: Locale;
  readonly report: FeedbackReport;
  /** The feedback list's name, as the summary names it. */
  readonly listName: string;
}

/** The report of one publish to the feedback list: counts, then every need not written. */
export function FeedbackReportView({ locale, report, listName }: FeedbackReportViewProps) {
  const styles = useSharePointPanelStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(GRAPH_MESSAGES, locale, key, params);
  const trouble = report.conflicts.length + report.failed.length;
  return (
    <>
      <MessageBar intent={trouble > 0 ? "warning" : "success"}>
        <MessageBarBody role="status">{feedbackSummary(locale, report, listName)}</MessageBarBody>
      </MessageBar>
      {report.failed.length > 0 && (
        <ul aria-label={t("pane.failed")} className={styles.list}>
          {report.failed.map((f) => (
            <li key={f.needId}>{publishFailureText(locale, f)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
