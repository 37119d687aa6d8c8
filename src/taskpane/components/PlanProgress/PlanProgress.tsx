/**
 * The plan's computation while it runs: which phase (intake, prioritisation, selection, schedule),
 * each phase done, running or waiting, and a Cancel button that stops the computation in any phase.
 */
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { PLAN_PHASES } from "../../../application/planCompute";
import { COMPUTE_MESSAGES } from "../../../i18n/computeMessages";
import { translate, type Locale } from "../../../i18n/locale";
import type { PlanComputing } from "../../planStore";
import { usePlanProgressStyles } from "./usePlanProgressStyles.styles";

/** Props of PlanProgress. */
export interface PlanProgressProps {
  readonly computing: PlanComputing;
  readonly locale: Locale;
}

/** Progress bar, phase list and Cancel of the computation under way. */
export function PlanProgress({ computing, locale }: PlanProgressProps) {
  const styles = usePlanProgressStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(COMPUTE_MESSAGES, locale, key, params);
  const current = PLAN_PHASES.indexOf(computing.phase);
  const phaseName = (index: number) => say(`compute.phase.${PLAN_PHASES[index] ?? "intake"}`);
  return (
    <section aria-label={say("compute.label")} className={styles.root}>
      <div className={styles.row}>
        <Text role="status" size={200} className={styles.status}>
          {say("compute.status", { phase: phaseName(current), step: current + 1, total: PLAN_PHASES.length })}
        </Text>
        <Button size="small" onClick={computing.cancel}>
          {say("compute.cancel")}
        </Button>
      </div>
      <ProgressBar value={(current + 0.5) / PLAN_PHASES.length} aria-label={say("compute.label")} />
      <ol className={styles.phases}>
        {PLAN_PHASES.map((phase, index) => {
          const state = index < current ? "done" : index === current ? "running" : "waiting";
          return (
            <li key={phase} className={styles[state]} aria-current={state === "running" ? "step" : undefined}>
              {state === "done" ? "✓ " : ""}
              {phaseName(index)}
              <span className={styles.visuallyHidden}>{` (${say(`compute.${state}`)})`}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
