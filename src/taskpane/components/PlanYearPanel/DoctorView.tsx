/**
 * "Sjekk oppsettet": runs the health check (the CLI's `doctor`) and lists every finding with what
 * to do, worded by the go-live catalogue.
 */
import { Button, Text } from "@fluentui/react-components";
import type { HealthReport } from "../../../application/goLive/healthFindings";
import { describeFinding } from "../../../i18n/goLiveMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";

/** Props of DoctorView. */
export interface DoctorViewProps {
  readonly locale: Locale;
  readonly report: HealthReport | undefined;
  readonly busy: boolean;
  readonly onCheck: () => void;
}

/** The health check's button and findings. */
export function DoctorView({ locale, report, busy, onCheck }: DoctorViewProps) {
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  const count = (severity: string) =>
    formatNumber(report?.findings.filter((f) => f.severity === severity).length ?? 0, locale);
  return (
    <section className={styles.section} aria-label={say("doctor.title")}>
      <h3 className={styles.heading}>{say("doctor.title")}</h3>
      <div className={styles.actions}>
        <Button onClick={onCheck} disabled={busy}>
          {say("doctor.run")}
        </Button>
      </div>
      {report && (
        <>
          <Text role="status" weight="semibold">
            {say(report.healthy ? "doctor.healthy" : "doctor.unhealthy", {
              ok: count("ok"),
              warnings: count("warning"),
              errors: count("error"),
            })}
          </Text>
          <ul className={styles.list} aria-label={say("doctor.title")}>
            {report.findings.map((finding, i) => {
              const { text, advice } = describeFinding(finding, locale);
              const tone =
                finding.severity === "error"
                  ? styles.error
                  : finding.severity === "warning"
                    ? styles.warning
                    : undefined;
              return (
                <li key={i} className={tone}>
                  {`${say(`level.${finding.severity}`)}: ${text}`}
                  {finding.severity !== "ok" && <div>{say("doctor.advice", { advice })}</div>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
