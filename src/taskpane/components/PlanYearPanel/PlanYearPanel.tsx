/**
 * The coordinator's "Planår" tab over the SharePoint tab's connection (same sign-in, same site):
 * the plan-year record's status and annual wheel, or "Opprett planåret"; the versions with their
 * next step; a draft from the plan shown; publishing with conflicts listed; a diff of two
 * versions; the plan documents (.docx) as downloads; and "Sjekk oppsettet". State lives in usePlanYear; the steps are application use cases.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import type {
  PlanYearOverview,
  PlanYearSite,
  ShownPlan,
} from "../../../application/planYear/planYearWorkspace";
import { useEffect } from "react";
import type { WheelDates } from "../../../domain/planYear/planYearTypes";
import type { IsoDate } from "../../../domain/time/isoDate";
import type { Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { PublishReportView } from "../SharePointPanel/PublishReportView";
import { allUnits } from "../../../domain/model/defaults";
import { DocumentDownloads } from "./DocumentDownloads";
import { DoctorView } from "./DoctorView";
import { usePlanYear } from "./usePlanYear";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";
import { VersionDiffView } from "./VersionDiffView";
import { VersionList } from "./VersionList";
import { WheelView } from "./WheelView";
import { YearStatus } from "./YearStatus";

/** Props of PlanYearPanel. */
export interface PlanYearPanelProps {
  readonly locale: Locale;
  /** The connected site's plan-year ports; undefined while the SharePoint tab has no connection. */
  readonly site: (() => Promise<PlanYearSite>) | undefined;
  readonly planYear: number;
  /** The plan shown (memoised: a new object reads the status again). */
  readonly shown: ShownPlan | undefined;
  readonly today: () => IsoDate;
  /** Told the record's annual wheel whenever the record is read (undefined: no record). */
  readonly onWheel?: (wheel: WheelDates | undefined) => void;
}

/** The wheel, the versions with their next steps and a draft button, and the diff of a record. */
function RecordView(props: {
  readonly locale: Locale;
  readonly overview: Extract<PlanYearOverview, { kind: "record" }>;
  readonly year: ReturnType<typeof usePlanYear>;
  readonly sameYear: boolean;
  readonly planYear: number;
}) {
  const { locale, overview, year, sameYear, planYear } = props;
  const { busy, diff } = year.state;
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  return (
    <>
      {overview.wheel ? (
        <WheelView wheel={overview.wheel} locale={locale} />
      ) : (
        <Text className={styles.muted}>{say("wheel.otherYear")}</Text>
      )}
      <section className={styles.section} aria-label={say("versions.title")}>
        <h3 className={styles.heading}>{say("versions.title")}</h3>
        {sameYear ? (
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => void year.draft()}>
              {say("versions.draft")}
            </Button>
          </div>
        ) : (
          <Text className={styles.muted}>{say("versions.noPlan", { year: planYear })}</Text>
        )}
        <VersionList
          locale={locale}
          versions={overview.versions}
          pending={overview.pending}
          busy={busy}
          onSubmit={(id) => void year.submit(id)}
          onApprove={(id, scope) => void year.approve(id, scope)}
          onPublish={(id) => void year.publish(id)}
        />
      </section>
      <VersionDiffView
        locale={locale}
        versions={overview.versions}
        diff={diff}
        busy={busy}
        onDiff={(from, to) => void year.diff(from, to)}
      />
      <DocumentDownloads
        locale={locale}
        planYear={planYear}
        hasShown={sameYear}
        versions={overview.versions}
        units={allUnits(overview.record.config)}
        busy={busy}
        onDownload={(request) => void year.document(request)}
      />
    </>
  );
}

/** The plan-year tab. */
export function PlanYearPanel(props: PlanYearPanelProps) {
  const { locale, planYear, shown } = props;
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  const year = usePlanYear(props);
  const { state } = year;
  const recordWheel = state.overview?.kind === "record" ? state.overview.record.wheel : undefined;
  const { onWheel } = props;
  useEffect(() => onWheel?.(recordWheel), [onWheel, recordWheel]);
  if (!props.site) return <Text>{say("noConnection")}</Text>;
  const overview = state.overview;
  const sameYear = shown?.input.config.planYear === planYear;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Text weight="semibold">{say("title", { year: planYear })}</Text>
        <Button size="small" disabled={state.busy} onClick={() => void year.refresh()}>
          {say("refresh")}
        </Button>
        {state.busy && <Spinner size="tiny" label={say("working")} />}
      </div>
      {state.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody role="alert">{say("error", { reason: state.error })}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice !== undefined && (
        <MessageBar intent={state.publish?.status === "not-published" ? "warning" : "success"}>
          <MessageBarBody role="status">{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.publish?.decisions && <PublishReportView locale={locale} report={state.publish.decisions} />}
      {overview && (
        <YearStatus
          locale={locale}
          overview={overview}
          busy={state.busy}
          onCreate={(from) => void year.create(from)}
        />
      )}
      {overview?.kind === "record" && (
        <RecordView locale={locale} overview={overview} year={year} sameYear={sameYear} planYear={planYear} />
      )}
      <DoctorView
        locale={locale}
        report={state.health}
        busy={state.busy}
        onCheck={() => void year.doctor()}
      />
    </div>
  );
}
