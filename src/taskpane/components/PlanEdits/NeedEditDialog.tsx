/**
 * One need's edits: a score per criterion (1–5, overriding the submitted or derived one), force in
 * or out with a required reason and an optional comment, and the feedback text to the unit. Saving
 * sends only what changed, as the same PlanEdit list the workbook's read-back gives.
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
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import type { PlanRankedNeed } from "../../../application/prioritisationStage";
import { FORCE_REASONS } from "../../../application/workbook/selectionSheet";
import type { PlanEdit } from "../../../domain/planYear/planEdits";
import type { ForceDecision, ForceReason } from "../../../domain/prioritisation/prioritisationTypes";
import { excelMessages } from "../../../i18n/excelMessages";
import { translate, type Locale } from "../../../i18n/locale";
import { planEditsSay } from "../../../i18n/planEditsMessages";
import { usePlanEditsStyles } from "./usePlanEditsStyles.styles";

/** Props of NeedEditDialog. */
export interface NeedEditDialogProps {
  readonly need: PlanRankedNeed;
  readonly title: string;
  /** Criterion id → name in the UI language. */
  readonly criteria: ReadonlyMap<string, string>;
  /** The feedback text to the unit now. */
  readonly feedback: string;
  readonly locale: Locale;
  readonly onSave: (edits: readonly PlanEdit[]) => void;
  readonly onClose: () => void;
}

/** What the dialog edits. */
export interface NeedDraft {
  readonly scores: ReadonlyMap<string, number>;
  readonly direction: "none" | "in" | "out";
  readonly reason: ForceReason | "";
  readonly comment: string;
  readonly feedback: string;
}

/** The draft of a need as it is now. */
export function draftOf(need: PlanRankedNeed, feedback: string): NeedDraft {
  return {
    scores: new Map(need.breakdown.map((b) => [b.criterionId, b.score])),
    direction: need.force?.direction ?? "none",
    reason: need.force?.reason ?? "",
    comment: need.force?.comment ?? "",
    feedback,
  };
}

/** The edits from `before` to `after` of one need (only what changed). */
export function needEdits(needId: string, before: NeedDraft, after: NeedDraft): PlanEdit[] {
  const edits: PlanEdit[] = [];
  for (const [criterionId, to] of after.scores)
    if (before.scores.get(criterionId) !== to) edits.push({ kind: "score", needId, criterionId, to });
  const forceChanged =
    before.direction !== after.direction ||
    (after.direction !== "none" && (before.reason !== after.reason || before.comment !== after.comment));
  if (forceChanged) {
    const comment = after.comment.trim();
    const to: ForceDecision | undefined =
      after.direction === "none"
        ? undefined
        : {
            needId,
            direction: after.direction,
            reason: after.reason as ForceReason,
            ...(comment !== "" ? { comment } : {}),
          };
    edits.push({ kind: "force", needId, to });
  }
  if (before.feedback.trim() !== after.feedback.trim())
    edits.push({ kind: "feedback", needId, to: after.feedback.trim() });
  return edits;
}

/** The need's edit dialog. */
export function NeedEditDialog(props: NeedEditDialogProps) {
  const { need, locale } = props;
  const styles = usePlanEditsStyles();
  const say = (key: string, params?: Record<string, string | number>) => planEditsSay(locale, key, params);
  const [before] = useState(() => draftOf(need, props.feedback));
  const [draft, setDraft] = useState(before);
  const [tried, setTried] = useState(false);
  const reasonMissing = draft.direction !== "none" && draft.reason === "";
  const edits = needEdits(need.needId, before, draft);
  const save = () => {
    setTried(true);
    if (!reasonMissing && edits.length > 0) props.onSave(edits);
  };
  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}>
      <DialogSurface className={styles.dialog}>
        <DialogBody>
          <DialogTitle>{say("need.dialogTitle", { id: need.needId, title: props.title })}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            <ScoreFields
              need={need}
              draft={draft}
              criteria={props.criteria}
              locale={locale}
              onChange={setDraft}
            />
            <ForceFields
              draft={draft}
              locale={locale}
              showMissing={tried && reasonMissing}
              onChange={setDraft}
            />
            <Field label={say("need.feedback")}>
              <Textarea
                value={draft.feedback}
                resize="vertical"
                onChange={(_, data) => setDraft({ ...draft, feedback: data.value })}
              />
            </Field>
            {tried && edits.length === 0 && <div role="status">{say("need.nothing")}</div>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={save}>
              {say("need.save")}
            </Button>
            <Button onClick={props.onClose}>{say("need.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** One score select per criterion. */
function ScoreFields(props: {
  need: PlanRankedNeed;
  draft: NeedDraft;
  criteria: ReadonlyMap<string, string>;
  locale: Locale;
  onChange: (draft: NeedDraft) => void;
}) {
  const say = (key: string, params?: Record<string, string | number>) =>
    planEditsSay(props.locale, key, params);
  return (
    <fieldset>
      <legend>{say("need.scores")}</legend>
      {props.need.breakdown.map((b) => {
        const criterion = props.criteria.get(b.criterionId) ?? b.criterionId;
        return (
          <Field
            key={b.criterionId}
            label={say(b.derived ? "need.scoreDerived" : "need.score", { criterion })}
          >
            <Select
              value={String(props.draft.scores.get(b.criterionId) ?? b.score)}
              onChange={(_, data) =>
                props.onChange({
                  ...props.draft,
                  scores: new Map(props.draft.scores).set(b.criterionId, Number(data.value)),
                })
              }
            >
              {[1, 2, 3, 4, 5].map((s) => (
                <option key={s} value={String(s)}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}

/** Force direction, reason (required) and comment. */
function ForceFields(props: {
  draft: NeedDraft;
  locale: Locale;
  showMissing: boolean;
  onChange: (draft: NeedDraft) => void;
}) {
  const { draft, locale, onChange } = props;
  const say = (key: string, params?: Record<string, string | number>) => planEditsSay(locale, key, params);
  return (
    <>
      <Field label={say("need.force")}>
        <RadioGroup
          value={draft.direction}
          onChange={(_, data) => onChange({ ...draft, direction: data.value as NeedDraft["direction"] })}
        >
          {(["none", "in", "out"] as const).map((d) => (
            <Radio key={d} value={d} label={say(`need.force.${d}`)} />
          ))}
        </RadioGroup>
      </Field>
      {draft.direction !== "none" && (
        <>
          <Field
            label={say("need.reason")}
            required
            validationState={props.showMissing ? "error" : "none"}
            {...(props.showMissing ? { validationMessage: say("need.reasonMissing") } : {})}
          >
            <Select
              value={draft.reason}
              onChange={(_, data) => onChange({ ...draft, reason: data.value as ForceReason | "" })}
            >
              <option value="">{say("need.reasonPlaceholder")}</option>
              {FORCE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {translate(excelMessages, locale, `forceReason.${r}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={say("need.comment")}>
            <Input
              value={draft.comment}
              onChange={(_, data) => onChange({ ...draft, comment: data.value })}
            />
          </Field>
        </>
      )}
    </>
  );
}
