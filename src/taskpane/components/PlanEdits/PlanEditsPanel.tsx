/**
 * "Vekter og valg": the procurement lead's edits in the pane, in every host — the weights (numbers
 * or pairwise), and per need the scores, force in/out with a reason and the feedback to the unit.
 * Each edit is stored in the plan-year record through the composition root's one edit function
 * and the plan is made again; the panel then shows what came in and went out, and why.
 */
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { EditedPlan } from "../../../application/planYear/paneEdits";
import type { PlanResult } from "../../../application/planResult";
import type { PlanInput } from "../../../domain/model/planInput";
import type { PlanProgress } from "../../../application/planCompute";
import type { PlanEdit } from "../../../domain/planYear/planEdits";
import type { Locale } from "../../../i18n/locale";
import { planEditsSay } from "../../../i18n/planEditsMessages";
import type { PlanStore } from "../../planStore";
import { ChangeSummary } from "./ChangeSummary";
import { NeedEditDialog } from "./NeedEditDialog";
import { PairwiseDialog } from "./PairwiseDialog";
import { usePlanEdits } from "./usePlanEdits";
import { usePlanEditsStyles } from "./usePlanEditsStyles.styles";
import { WeightsEditor, type EditableCriterion } from "./WeightsEditor";

/** Props of PlanEditsPanel. */
export interface PlanEditsPanelProps {
  readonly plan: PlanResult;
  readonly input: PlanInput;
  readonly store: PlanStore;
  readonly locale: Locale;
  /**
   * Stores the edits in the plan-year record of the plan shown and plans again (the composition
   * root's re-plan puts its provisional and finished plans in the store as they come).
   */
  readonly edit: (
    edits: readonly PlanEdit[],
    onProgress?: (progress: PlanProgress) => void,
  ) => Promise<EditedPlan>;
  /** Where the edits are stored: the site's record as an account, or this browser. */
  readonly storedIn: { readonly kind: "site"; readonly who: string } | { readonly kind: "local" };
}

/** The edits panel. */
export function PlanEditsPanel({ plan, input, store, locale, edit, storedIn }: PlanEditsPanelProps) {
  const styles = usePlanEditsStyles();
  const say = (key: string, params?: Record<string, string | number>) => planEditsSay(locale, key, params);
  const { state, open, apply } = usePlanEdits(store, edit, locale);
  const result = plan.prioritisation?.result;
  const criteria = useMemo(
    (): EditableCriterion[] =>
      (result?.criteria ?? []).map((c) => ({
        id: c.id,
        name: locale === "nb" ? c.nameNb : c.nameEn,
        weight: c.weight,
      })),
    [result, locale],
  );
  if (!result) return <Text role="status">{say("noPrioritisation")}</Text>;
  const weightEdits = (weights: ReadonlyMap<string, number>): PlanEdit[] =>
    [...weights].map(([criterionId, to]) => ({ kind: "weight", criterionId, to }));
  const busy = state.status === "working";
  const where = storedIn.kind === "site" ? say("where.site", { who: storedIn.who }) : say("where.local");
  return (
    <div className={styles.root}>
      <Text size={200}>{say("intro", { where })}</Text>
      {busy && <Spinner size="tiny" label={say("working")} />}
      {state.status === "ranked" && <Text role="status">{say("working.ranked")}</Text>}
      {state.status === "failed" && state.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.conflicts.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{say("conflicts", { paths: state.conflicts.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {state.change && <ChangeSummary change={state.change} locale={locale} />}
      <WeightsEditor
        criteria={criteria}
        locale={locale}
        disabled={busy}
        onApply={(weights) => void apply(weightEdits(weights))}
        onPairwise={() => open({ kind: "pairwise" })}
      />
      <NeedPicker
        plan={plan}
        locale={locale}
        disabled={busy}
        onEdit={(needId) => open({ kind: "need", needId })}
      />
      {state.dialog.kind === "pairwise" && (
        <PairwiseDialog
          open
          criteria={criteria}
          locale={locale}
          onApply={(weights) => void apply(weightEdits(weights))}
          onClose={() => open({ kind: "none" })}
        />
      )}
      {state.dialog.kind === "need" && (
        <NeedDialogFor
          needId={state.dialog.needId}
          plan={plan}
          input={input}
          criteria={criteria}
          locale={locale}
          onSave={(edits) => void apply(edits)}
          onClose={() => open({ kind: "none" })}
        />
      )}
    </div>
  );
}

/** Title of a need as the plan shows it (hidden for security-graded needs). */
const titleOf = (plan: PlanResult, needId: string) =>
  plan.needs.find((n) => n.id === needId)?.need?.title ?? "";

/** Choose a ranked need and open its dialog. */
function NeedPicker(props: {
  plan: PlanResult;
  locale: Locale;
  disabled: boolean;
  onEdit: (needId: string) => void;
}) {
  const styles = usePlanEditsStyles();
  const say = (key: string) => planEditsSay(props.locale, key);
  const ranked = (props.plan.prioritisation?.result?.ranking ?? []).filter((r) => r.rank > 0);
  const [needId, setNeedId] = useState("");
  return (
    <section className={styles.section} aria-labelledby="need-heading">
      <h3 id="need-heading" className={styles.heading}>
        {say("need.title")}
      </h3>
      <div className={styles.pick}>
        <Field label={say("need.pick")}>
          <Select
            className={styles.select}
            select={{ className: styles.nativeSelect }}
            value={needId}
            onChange={(_, data) => setNeedId(data.value)}
          >
            <option value="">{say("need.pickPlaceholder")}</option>
            {ranked.map((r) => (
              <option key={r.needId} value={r.needId}>
                {`${r.rank}. ${r.needId} ${titleOf(props.plan, r.needId)}`}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button disabled={props.disabled || needId === ""} onClick={() => props.onEdit(needId)}>
            {say("need.edit")}
          </Button>
        </div>
      </div>
    </section>
  );
}

/** The need dialog for one ranked need of the plan shown. */
function NeedDialogFor(props: {
  needId: string;
  plan: PlanResult;
  input: PlanInput;
  criteria: readonly EditableCriterion[];
  locale: Locale;
  onSave: (edits: readonly PlanEdit[]) => void;
  onClose: () => void;
}) {
  const need = props.plan.prioritisation?.result?.ranking.find((r) => r.needId === props.needId);
  if (!need) return null;
  const feedback = props.input.config.comments?.feedback;
  return (
    <NeedEditDialog
      need={need}
      title={titleOf(props.plan, props.needId)}
      criteria={new Map(props.criteria.map((c) => [c.id, c.name]))}
      feedback={feedback && Object.hasOwn(feedback, props.needId) ? (feedback[props.needId] ?? "") : ""}
      locale={props.locale}
      onSave={props.onSave}
      onClose={props.onClose}
    />
  );
}
