/**
 * The publish part of the SharePoint panel: publish the plan's decisions (with the report's
 * conflicts to resolve and failures to retry) and publish the feedback list to the units. Both
 * need the plan shown to be synced from the lists of the settings shown.
 */
import { Button, Text } from "@fluentui/react-components";
import { LIST_NAMES } from "../../../application/sharepoint/listSchemas";
import type { Locale } from "../../../i18n/locale";
import type { PanelSay } from "./panelSay";
import { FeedbackReportView, PublishReportView } from "./PublishReportView";
import type { PanelTask } from "./usePanelTask";
import type { Publish } from "./useSyncAndPublish";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** Props of PublishSection. */
export interface PublishSectionProps {
  readonly say: PanelSay;
  readonly locale: Locale;
  readonly task: PanelTask;
  readonly publish: Publish;
  /** True when the plan shown is synced from the lists of the settings shown. */
  readonly canPublish: boolean;
  /** The site's time zone, from the last sync (dates in the report). */
  readonly timeZone: string | undefined;
}

/** The two publish sections. */
export function PublishSection({ say, locale, task, publish, canPublish, timeZone }: PublishSectionProps) {
  const styles = useSharePointPanelStyles();
  const { report, feedbackReport } = publish;
  return (
    <>
      <section className={styles.section} aria-label={say("pane.publish")}>
        <p className={styles.note}>{say("pane.publish.intro")}</p>
        <div className={styles.actions}>
          <Button disabled={task.isBusy || !canPublish} onClick={() => void publish.publish()}>
            {say("pane.publish")}
          </Button>
        </div>
        {!canPublish && <Text className={styles.note}>{say("pane.publish.needsSync")}</Text>}
        {report && (
          <PublishReportView
            locale={locale}
            report={report}
            timeZone={timeZone}
            busy={task.isBusy}
            onResolve={(choice, needId) => void publish.resolve(choice, needId)}
            onRetryFailed={() => void publish.retryFailed()}
          />
        )}
      </section>
      <section className={styles.section} aria-label={say("pane.publishFeedback")}>
        <p className={styles.note}>{say("pane.publishFeedback.intro", { list: LIST_NAMES.feedback })}</p>
        <div className={styles.actions}>
          <Button disabled={task.isBusy || !canPublish} onClick={() => void publish.publishFeedback()}>
            {say("pane.publishFeedback")}
          </Button>
        </div>
        {feedbackReport && (
          <FeedbackReportView locale={locale} report={feedbackReport} listName={LIST_NAMES.feedback} />
        )}
      </section>
    </>
  );
}
