/**
 * The difference between two plan versions, for the CLI text, the "Endringer" sheet and the pane:
 * needs added and dropped, moved (rank, planned start or finish changed), newly late, and decision
 * changed (in/out or the reason), with counts. Needs are matched by id; titles of security-graded
 * needs are always hidden (the diff is shown to people who may not see them). Newly late reuses the
 * rolling plan's schedule diff (src/domain/scheduling/rollingPlan.ts).
 */
import { planPartOfArea } from "../../domain/planYear/versionLifecycle";
import { REDACT_BY_DEFAULT, redactNeed } from "../../domain/rules/redaction";
import { diffSchedules } from "../../domain/scheduling/rollingPlan";
import type {
  Change,
  DecisionChange,
  DecisionState,
  DiffNeed,
  MovedNeed,
  NewlyLateNeed,
  VersionDiff,
  VersionDiffCounts,
} from "../../domain/planYear/versionDiffTypes";
import type { SelectionReason } from "../../domain/prioritisation/prioritisationTypes";
import type { PlanDecision } from "../decisionsStage";
import type { PlanResult } from "../planResult";

/** One side of a diff: a version's id and its plan result. */
export interface DiffSide {
  readonly id: string;
  readonly result: PlanResult;
}

/** What the diff compares of one need in one version. */
interface NeedState extends DiffNeed {
  readonly decision?: PlanDecision;
  readonly reason: SelectionReason | null;
}

function needStates(result: PlanResult): Map<string, NeedState> {
  const decisions = new Map(result.decisions.map((d) => [d.needId, d]));
  const reasons = new Map((result.prioritisation?.result?.ranking ?? []).map((r) => [r.needId, r.reason]));
  const states = new Map<string, NeedState>();
  for (const entry of result.needs) {
    const known = states.get(entry.id);
    if (known && known.part !== null) continue; // an accepted need wins over a rejected duplicate
    const need = entry.need ? redactNeed(entry.need, REDACT_BY_DEFAULT) : undefined;
    const decision = decisions.get(entry.id);
    states.set(entry.id, {
      needId: entry.id,
      title: need?.title ?? "",
      part: need ? (planPartOfArea(need.area) ?? null) : null,
      ...(decision ? { decision } : {}),
      reason: reasons.get(entry.id) ?? null,
    });
  }
  return states;
}

const named = (s: NeedState): DiffNeed => ({ needId: s.needId, title: s.title, part: s.part });

function change<T>(from: T, to: T): Change<T> | undefined {
  return from === to ? undefined : { from, to };
}

function moveOf(a: NeedState, b: NeedState): MovedNeed | undefined {
  const rank = change(a.decision?.rank ?? null, b.decision?.rank ?? null);
  const start = change(a.decision?.plannedStart ?? null, b.decision?.plannedStart ?? null);
  const finish = change(a.decision?.plannedFinish ?? null, b.decision?.plannedFinish ?? null);
  if (!rank && !start && !finish) return undefined;
  return {
    ...named(b),
    ...(rank ? { rank } : {}),
    ...(start ? { start } : {}),
    ...(finish ? { finish } : {}),
  };
}

function decisionChangeOf(a: NeedState, b: NeedState): DecisionChange | undefined {
  const from: DecisionState = { decision: a.decision?.decision ?? null, reason: a.reason };
  const to: DecisionState = { decision: b.decision?.decision ?? null, reason: b.reason };
  if (from.decision === to.decision && from.reason === to.reason) return undefined;
  return { ...named(b), from, to };
}

function newlyLateOf(from: DiffSide, to: DiffSide, after: Map<string, NeedState>): NewlyLateNeed[] {
  const deadlines = new Map(to.result.schedule.scheduled.map((s) => [s.needId, s.deadline]));
  const diff = diffSchedules(from.result.schedule.scheduled, to.result.schedule.scheduled);
  return diff.newlyLate.map((l) => {
    const state = after.get(l.needId);
    const deadline = deadlines.get(l.needId);
    const need = state ? named(state) : { needId: l.needId, title: "", part: null };
    return { ...need, daysLate: l.daysLate, ...(deadline ? { deadline } : {}) };
  });
}

/** The difference from version `from` to version `to`. */
export function diffVersions(from: DiffSide, to: DiffSide): VersionDiff {
  const before = needStates(from.result);
  const after = needStates(to.result);
  const added = [...after.values()].filter((s) => !before.has(s.needId)).map(named);
  const dropped = [...before.values()].filter((s) => !after.has(s.needId)).map(named);
  const newlyLate = newlyLateOf(from, to, after);
  const late = new Set(newlyLate.map((l) => l.needId));
  const moved: MovedNeed[] = [];
  const decisionChanged: DecisionChange[] = [];
  let unchanged = 0;
  for (const b of after.values()) {
    const a = before.get(b.needId);
    if (!a) continue;
    const move = moveOf(a, b);
    const decision = decisionChangeOf(a, b);
    if (move) moved.push(move);
    if (decision) decisionChanged.push(decision);
    if (!move && !decision && !late.has(b.needId)) unchanged += 1;
  }
  const counts: VersionDiffCounts = {
    added: added.length,
    dropped: dropped.length,
    moved: moved.length,
    newlyLate: newlyLate.length,
    decisionChanged: decisionChanged.length,
    unchanged,
  };
  return { from: from.id, to: to.id, added, dropped, moved, newlyLate, decisionChanged, counts };
}
