/**
 * The pairwise comparison of the criteria (AHP, Saaty's 1–9 scale): one choice per pair, the
 * weights from the principal eigenvector and the consistency ratio shown as the user chooses.
 * Above CR 0.10 the dialog says which comparison departs most and what the weights imply, and the
 * weights cannot be applied; at or below it "Bruk disse vektene" applies them (normalised).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { normaliseWeights } from "../../../application/planYear/paneEdits";
import { ahpWeights, nearestSaaty, SAATY_VALUES, type AhpResult } from "../../../domain/prioritisation/ahp";
import { formatNumber, type Locale } from "../../../i18n/locale";
import { planEditsSay } from "../../../i18n/planEditsMessages";
import type { EditableCriterion } from "./WeightsEditor";
import { usePlanEditsStyles } from "./usePlanEditsStyles.styles";

/** Props of PairwiseDialog. */
export interface PairwiseDialogProps {
  readonly open: boolean;
  readonly criteria: readonly EditableCriterion[];
  readonly locale: Locale;
  readonly onApply: (weights: ReadonlyMap<string, number>) => void;
  readonly onClose: () => void;
}

/** The choices of one pair, strongest for the first criterion first: 9 … 2, 1, 1/2 … 1/9. */
const CHOICES: readonly number[] = [
  ...[...SAATY_VALUES].reverse().filter((v) => v > 1),
  1,
  ...SAATY_VALUES.filter((v) => v > 1).map((v) => 1 / v),
];

/** A judgement as the select's value ("3", "1/3"). */
export const judgementText = (v: number): string =>
  v >= 1 ? String(Math.round(v)) : `1/${Math.round(1 / v)}`;

/** The pairs i < j of n criteria, in reading order. */
function pairsOf(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) pairs.push([i, j]);
  return pairs;
}

/** The judgements the current weights imply (nearest on the scale), keyed "i-j". */
function initialJudgements(criteria: readonly EditableCriterion[]): Map<string, number> {
  const w = criteria.map((c) => Math.max(c.weight, 0.1));
  return new Map(pairsOf(criteria.length).map(([i, j]) => [`${i}-${j}`, nearestSaaty(w[i]! / w[j]!)]));
}

/** The AHP result of the judgements. */
export function judgedWeights(
  criteria: readonly EditableCriterion[],
  judgements: ReadonlyMap<string, number>,
) {
  const n = criteria.length;
  const matrix = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      if (i === j) return 1;
      const a = judgements.get(i < j ? `${i}-${j}` : `${j}-${i}`) ?? 1;
      return i < j ? a : 1 / a;
    }),
  );
  return ahpWeights({ criteria: criteria.map((c) => c.id), matrix });
}

/** The pairwise dialog. */
export function PairwiseDialog({ open, criteria, locale, onApply, onClose }: PairwiseDialogProps) {
  const styles = usePlanEditsStyles();
  const say = (key: string, params?: Record<string, string | number>) => planEditsSay(locale, key, params);
  const initial = useMemo(() => initialJudgements(criteria), [criteria]);
  const [judgements, setJudgements] = useState(initial);
  const result = useMemo(() => judgedWeights(criteria, judgements), [criteria, judgements]);
  const names = new Map(criteria.map((c) => [c.id, c.name]));
  const weightsText = criteria
    .map((c) => `${c.name} ${formatNumber(result.weights[c.id] ?? 0, locale, 1)} %`)
    .join(", ");
  return (
    <Dialog open={open} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.dialog}>
        <DialogBody>
          <DialogTitle>{say("pairwise.title")}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            <Text size={200}>{say("pairwise.help")}</Text>
            <div className={styles.pairs}>
              {pairsOf(criteria.length).map(([i, j]) => (
                <PairChoice
                  key={`${i}-${j}`}
                  a={criteria[i]!.name}
                  b={criteria[j]!.name}
                  value={judgements.get(`${i}-${j}`) ?? 1}
                  locale={locale}
                  onChange={(v) => setJudgements(new Map(judgements).set(`${i}-${j}`, v))}
                />
              ))}
            </div>
            <div className={styles.verdict}>
              <Text role="status" size={200}>
                {say("pairwise.weights", { weights: weightsText })}
              </Text>
              <Consistency result={result} names={names} locale={locale} />
            </div>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!result.acceptable}
              onClick={() => onApply(normaliseWeights(new Map(Object.entries(result.weights))))}
            >
              {say("pairwise.apply")}
            </Button>
            <Button onClick={onClose}>{say("pairwise.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** One pair's choice. */
function PairChoice(props: {
  a: string;
  b: string;
  value: number;
  locale: Locale;
  onChange: (v: number) => void;
}) {
  const styles = usePlanEditsStyles();
  const say = (key: string, params?: Record<string, string | number>) =>
    planEditsSay(props.locale, key, params);
  const label = (v: number) =>
    v === 1
      ? say("pairwise.value.1")
      : v > 1
        ? say("pairwise.value.more", { value: v, a: props.a })
        : say("pairwise.value.less", { value: Math.round(1 / v), b: props.b });
  return (
    <Field label={say("pairwise.pair", { a: props.a, b: props.b })}>
      <Select
        className={styles.select}
        select={{ className: styles.nativeSelect }}
        value={judgementText(props.value)}
        onChange={(_, data) => props.onChange(CHOICES.find((v) => judgementText(v) === data.value) ?? 1)}
      >
        {CHOICES.map((v) => (
          <option key={judgementText(v)} value={judgementText(v)}>
            {label(v)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The consistency ratio and, above 0.10, the comparison that departs most. */
function Consistency(props: { result: AhpResult; names: ReadonlyMap<string, string>; locale: Locale }) {
  const { result, names, locale } = props;
  const cr = formatNumber(result.consistencyRatio, locale, 2);
  const worst = result.mostInconsistent;
  if (result.acceptable)
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          {planEditsSay(locale, "pairwise.cr", { cr })} {planEditsSay(locale, "pairwise.crOk")}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {planEditsSay(locale, "pairwise.crHigh", {
          cr,
          a: names.get(worst?.rowCriterion ?? "") ?? "",
          b: names.get(worst?.columnCriterion ?? "") ?? "",
          given: judgementText(worst?.given ?? 1),
          suggested: judgementText(worst?.suggested ?? 1),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
