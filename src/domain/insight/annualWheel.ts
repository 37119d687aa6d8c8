/**
 * The annual wheel's status for the coordinator: the stages and their deadlines (the plan-year
 * record's WheelDates), today's stage and the days left to the next deadline, which units have
 * submitted and which have not, late submissions (received after the local submission deadline),
 * and what is still open before the next deadline (unscored needs, unresolved suggestions,
 * approvals pending). A pure function of the wheel, the needs with their receipt dates and the day.
 */
import type { Need } from "../model/need";
import type { ApprovalScope, WheelDates } from "../planYear/planYearTypes";
import {
  WHEEL_MILESTONES,
  wheelStage,
  type WheelMilestone,
  type WheelStage,
} from "../planYear/planYearDefaults";
import { daysBetween, type IsoDate } from "../time/isoDate";

/** A milestone with its date and how far away it is. */
export interface MilestoneStatus {
  readonly id: WheelMilestone | "revision";
  readonly date: IsoDate;
  /** Calendar days from the as-of date (negative when passed). */
  readonly daysLeft: number;
  readonly passed: boolean;
}

/** A need received after the local submission deadline. */
export interface LateSubmission {
  readonly needId: string;
  readonly unit: string;
  readonly receivedDate: IsoDate;
  readonly daysLate: number;
}

/** What is still open before the next deadline. */
export interface WheelOpenItems {
  /** Needs missing a score for at least one criterion. */
  readonly unscoredNeeds: readonly string[];
  /** Suggestions (renewals, consolidations, joint proposals) nobody has accepted or dismissed. */
  readonly openSuggestions: number;
  /** Approval scopes the current version still lacks (from the plan-year record, when known). */
  readonly approvalsPending: readonly ApprovalScope[];
}

/** The wheel's status on one day. */
export interface WheelStatus {
  readonly asOf: IsoDate;
  readonly stage: WheelStage;
  readonly milestones: readonly MilestoneStatus[];
  /** The next milestone on or after the as-of date, if any. */
  readonly next?: MilestoneStatus;
  /** Units with at least one need received by the as-of date: unit → needs. */
  readonly submitted: readonly { readonly unit: string; readonly needs: number; readonly late: number }[];
  /** Expected units without any need received by the as-of date. */
  readonly notSubmitted: readonly string[];
  readonly late: readonly LateSubmission[];
  /** Needs without a receipt date (counted as submitted; their lateness is unknown). */
  readonly withoutReceiptDate: number;
  readonly open: WheelOpenItems;
}

/** What the status is computed from. */
export interface WheelStatusInput {
  readonly wheel: WheelDates;
  readonly asOf: IsoDate;
  /** Ids of every unit expected to submit. */
  readonly units: readonly string[];
  readonly needs: readonly Need[];
  /** Need id → receipt date (SharePoint's `Created`, or `receivedDate`). */
  readonly receivedDates: ReadonlyMap<string, IsoDate>;
  /** The prioritisation's criterion ids; a need lacking one of these scores is unscored … */
  readonly criteriaIds: readonly string[];
  /** … unless the prioritisation can derive that score for the need (default: it cannot). */
  readonly canDerive?: (need: Need, criterionId: string) => boolean;
  readonly openSuggestions?: number;
  readonly approvalsPending?: readonly ApprovalScope[];
  /** Needs created centrally from accepted suggestions: not a unit's submission (still scored). */
  readonly centralNeedIds?: ReadonlySet<string>;
}

function milestones(wheel: WheelDates, asOf: IsoDate): MilestoneStatus[] {
  const dated = [
    ...WHEEL_MILESTONES.map((id) => ({ id, date: wheel[id] })),
    ...wheel.revisions.map((date) => ({ id: "revision" as const, date })),
  ];
  return dated.map(({ id, date }) => {
    const daysLeft = daysBetween(asOf, date);
    return { id, date, daysLeft, passed: daysLeft < 0 };
  });
}

function submissions(
  input: WheelStatusInput,
): Pick<WheelStatus, "submitted" | "notSubmitted" | "late" | "withoutReceiptDate"> {
  const perUnit = new Map<string, { needs: number; late: number }>();
  const late: LateSubmission[] = [];
  let withoutReceiptDate = 0;
  for (const need of input.needs) {
    if (input.centralNeedIds?.has(need.id) === true) continue;
    const received = input.receivedDates.get(need.id);
    if (received === undefined) withoutReceiptDate += 1;
    else if (received > input.asOf) continue;
    const entry = perUnit.get(need.unit) ?? { needs: 0, late: 0 };
    entry.needs += 1;
    if (received !== undefined && need.deliveryTrack === "basis" && received > input.wheel.localSubmission) {
      entry.late += 1;
      late.push({
        needId: need.id,
        unit: need.unit,
        receivedDate: received,
        daysLate: daysBetween(input.wheel.localSubmission, received),
      });
    }
    perUnit.set(need.unit, entry);
  }
  const order = new Map(input.units.map((u, i) => [u, i]));
  const rank = (u: string) => order.get(u) ?? Number.MAX_SAFE_INTEGER;
  return {
    submitted: [...perUnit.entries()]
      .sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))
      .map(([unit, e]) => ({ unit, ...e })),
    notSubmitted: input.units.filter((u) => !perUnit.has(u)),
    late,
    withoutReceiptDate,
  };
}

/** The wheel's status on `input.asOf`. */
export function wheelStatus(input: WheelStatusInput): WheelStatus {
  const all = milestones(input.wheel, input.asOf);
  const next = [...all].filter((m) => !m.passed).sort((a, b) => a.daysLeft - b.daysLeft)[0];
  const unscoredNeeds = input.needs
    .filter((n) =>
      input.criteriaIds.some((c) => n.scores[c] === undefined && !(input.canDerive?.(n, c) ?? false)),
    )
    .map((n) => n.id);
  return {
    asOf: input.asOf,
    stage: wheelStage(input.wheel, input.asOf),
    milestones: all,
    ...(next ? { next } : {}),
    ...submissions(input),
    open: {
      unscoredNeeds,
      openSuggestions: input.openSuggestions ?? 0,
      approvalsPending: input.approvalsPending ?? [],
    },
  };
}
