/**
 * The criteria weights as numbers: one field per criterion, the sum shown, and what the weights
 * become once scaled to 100 %. "Bruk vektene" applies the normalised set (every criterion's weight
 * is one edit); "Parvis sammenligning …" opens the AHP dialog.
 */
import { Button, Input, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { normaliseWeights } from "../../../application/planYear/paneEdits";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { planEditsSay } from "../../../i18n/planEditsMessages";
import { usePlanEditsStyles } from "./usePlanEditsStyles.styles";

/** A criterion as the editor shows it. */
export interface EditableCriterion {
  readonly id: string;
  readonly name: string;
  /** Weight in percent now. */
  readonly weight: number;
}

/** Props of WeightsEditor. */
export interface WeightsEditorProps {
  readonly criteria: readonly EditableCriterion[];
  readonly locale: Locale;
  readonly disabled: boolean;
  /** Applies the weights (normalised to sum 100). */
  readonly onApply: (weights: ReadonlyMap<string, number>) => void;
  readonly onPairwise: () => void;
}

/** A typed number with `,` or `.` decimals; NaN when it is not a number. */
export function parseWeight(text: string): number {
  const s = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** A weight in percent as the pane shows it: whole numbers without decimals, else one. */
const percent = (value: number, locale: Locale): string => {
  const tenths = Math.round(value * 10) / 10;
  return formatNumber(tenths, locale, Number.isInteger(tenths) ? 0 : 1);
};

const draftsOf = (criteria: readonly EditableCriterion[], locale: Locale) =>
  new Map(criteria.map((c) => [c.id, percent(c.weight, locale)]));

/** The weights editor. */
export function WeightsEditor({ criteria, locale, disabled, onApply, onPairwise }: WeightsEditorProps) {
  const styles = usePlanEditsStyles();
  const say = (key: string, params?: Record<string, string | number>) => planEditsSay(locale, key, params);
  const initial = useMemo(() => draftsOf(criteria, locale), [criteria, locale]);
  const [drafts, setDrafts] = useState(initial);
  const [shownFor, setShownFor] = useState(initial);
  if (shownFor !== initial) {
    // A new plan (after an edit or a sync): start from its weights.
    setShownFor(initial);
    setDrafts(initial);
  }
  const values = new Map(criteria.map((c) => [c.id, parseWeight(drafts.get(c.id) ?? "")]));
  const valid = [...values.values()].every((v) => Number.isFinite(v));
  const sum = [...values.values()].reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
  const normalised = normaliseWeights(values);
  const changed = criteria.some((c) => Math.abs((normalised.get(c.id) ?? 0) - c.weight) > 1e-9);
  const preview = criteria.map((c) => `${c.name} ${percent(normalised.get(c.id) ?? 0, locale)} %`);
  return (
    <section className={styles.section} aria-labelledby="weights-heading">
      <h3 id="weights-heading" className={styles.heading}>
        {say("weights.title")}
      </h3>
      <div className={styles.weights}>
        {criteria.map((c) => (
          <WeightField
            key={c.id}
            criterion={c}
            value={drafts.get(c.id) ?? ""}
            label={say("weights.label", { criterion: c.name })}
            onChange={(text) => setDrafts(new Map(drafts).set(c.id, text))}
          />
        ))}
      </div>
      <Text role="status" size={200}>
        {say("weights.sum", { sum: percent(sum, locale) })}
        {valid && sum > 0 && Math.abs(sum - 100) > 1e-9 && (
          <> {say("weights.sumOff", { sum: percent(sum, locale), normalised: preview.join(", ") })}</>
        )}
        {valid && sum === 0 && <> {say("weights.allZero")}</>}
      </Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={disabled || !valid || sum === 0 || !changed}
          onClick={() => onApply(normalised)}
        >
          {say("weights.apply")}
        </Button>
        <Button disabled={disabled} onClick={() => setDrafts(initial)}>
          {say("weights.reset")}
        </Button>
        <Button disabled={disabled} onClick={onPairwise}>
          {say("weights.pairwise")}
        </Button>
      </div>
    </section>
  );
}

/** One criterion's name and weight field. */
function WeightField(props: {
  criterion: EditableCriterion;
  value: string;
  label: string;
  onChange: (text: string) => void;
}) {
  const styles = usePlanEditsStyles();
  const id = `weight-${props.criterion.id}`;
  return (
    <>
      <label htmlFor={id} className={styles.weightName}>
        {props.criterion.name}
      </label>
      <Input
        id={id}
        className={styles.weightInput}
        inputMode="decimal"
        aria-label={props.label}
        aria-invalid={!Number.isFinite(parseWeight(props.value))}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </>
  );
}
