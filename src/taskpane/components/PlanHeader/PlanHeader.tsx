/**
 * Header of the task pane: the plan's name and year, and which host the pane runs in.
 */
import { Caption1, Title3 } from "@fluentui/react-components";
import type { Host } from "../../../adapters/office/hostInfo";
import type { Translate } from "../../messages";
import { usePlanHeaderStyles } from "./usePlanHeaderStyles.styles";

/** Props of PlanHeader. */
export interface PlanHeaderProps {
  readonly host: Host;
  /** The plan year, once the plan is loaded. */
  readonly planYear?: number;
  readonly t: Translate;
}

/** The page heading with plan year and host. */
export function PlanHeader({ host, planYear, t }: PlanHeaderProps) {
  const styles = usePlanHeaderStyles();
  return (
    <header className={styles.root}>
      <img className={styles.icon} src="assets/icon-32.png" alt="" width={32} height={32} />
      <div>
        <Title3 as="h1" block className={styles.title}>
          {planYear === undefined ? t("app.name") : t("app.title", { year: planYear })}
        </Title3>
        <Caption1 className={styles.host}>{t(`host.${host}`)}</Caption1>
      </div>
    </header>
  );
}
