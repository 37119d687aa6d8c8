/**
 * The record's status: where it is stored and what it lacks, or — when the site has no record
 * for the year — "Opprett planåret" (from the seed's defaults, or from the previous year's record).
 */
import { Button, Text } from "@fluentui/react-components";
import type { PlanYearOverview } from "../../../application/planYear/planYearWorkspace";
import { findingLine } from "../../../application/planYear/planYearReport";
import type { Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";

/** Props of YearStatus. */
export interface YearStatusProps {
  readonly locale: Locale;
  readonly overview: PlanYearOverview;
  readonly busy: boolean;
  readonly onCreate: (from?: number) => void;
}

/** Status line, findings, or the set-up buttons. */
export function YearStatus({ locale, overview, busy, onCreate }: YearStatusProps) {
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  if (overview.kind === "missing")
    return (
      <section className={styles.section}>
        <Text>{say("record.missing", { year: overview.planYear, location: overview.location })}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => onCreate()}>
            {say("record.create")}
          </Button>
          <Button disabled={busy} onClick={() => onCreate(overview.planYear - 1)}>
            {say("record.createFrom", { year: overview.planYear - 1 })}
          </Button>
        </div>
      </section>
    );
  return (
    <section className={styles.section}>
      <Text className={styles.muted}>{say("record.at", { location: overview.location })}</Text>
      {overview.findings.length > 0 && (
        <>
          <h3 className={styles.heading}>{say("findings.title")}</h3>
          <ul className={styles.list}>
            {overview.findings.map((f, i) => (
              <li key={i} className={f.blocking ? styles.error : styles.warning}>
                {findingLine(f, locale)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
