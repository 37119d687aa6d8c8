/**
 * Fast-track follow-up (hurtigleveranse): for each fast-track need its receipt date, the SLA
 * deadline (the scheduler's rule, deadlineFor: the SLA days counted from the receipt date, from the
 * plan start when the need has none), its status against the as-of date, and the share delivered
 * within the SLA — the figure the twice-yearly operations meetings follow up. "Delivered" means the
 * contract is signed (as scheduled, or as reported for a rolling re-plan) on or before the as-of date.
 */
import type { Need } from "../model/need";
import { deadlineFor } from "../scheduling/deadlines";
import type { SchedulingConfig } from "../scheduling/schedulingConfig";
import type { ScheduledNeed } from "../scheduling/scheduleTypes";
import { daysBetween, type IsoDate } from "../time/isoDate";

/** Where a fast-track need stands on the as-of date. */
export type FastTrackStatus =
  "delivered-in-time" | "delivered-late" | "planned-in-time" | "planned-late" | "not-scheduled" | "withdrawn";

/** One fast-track need's follow-up. */
export interface FastTrackItem {
  readonly needId: string;
  readonly unit: string;
  /** Receipt date, when known. */
  readonly receivedDate?: IsoDate;
  readonly slaDeadline: IsoDate;
  /** The contract's signing date as scheduled, when scheduled. */
  readonly signed?: IsoDate;
  readonly status: FastTrackStatus;
  /** Calendar days the signing falls after the SLA deadline (0 when in time or not scheduled). */
  readonly daysLate: number;
}

/** The follow-up of every fast-track need. */
export interface FastTrackFollowUp {
  readonly slaDays: number;
  readonly items: readonly FastTrackItem[];
  readonly delivered: number;
  readonly deliveredInTime: number;
  /** deliveredInTime / delivered, or null when nothing is delivered yet. */
  readonly shareInTime: number | null;
}

/** What the follow-up is computed from. */
export interface FastTrackInput {
  readonly needs: readonly Need[];
  readonly scheduled: readonly ScheduledNeed[];
  readonly receivedDates: ReadonlyMap<string, IsoDate>;
  readonly scheduling: Pick<SchedulingConfig, "renewalBufferDays" | "fastTrackSlaDays">;
  readonly planStart: IsoDate;
  readonly asOf: IsoDate;
}

function statusOf(
  need: Need,
  signed: IsoDate | undefined,
  deadline: IsoDate,
  asOf: IsoDate,
): FastTrackStatus {
  if (need.status === "withdrawn" || need.status === "declined") return "withdrawn";
  if (signed === undefined) return "not-scheduled";
  const inTime = signed <= deadline;
  if (signed <= asOf) return inTime ? "delivered-in-time" : "delivered-late";
  return inTime ? "planned-in-time" : "planned-late";
}

/** The fast-track follow-up on `input.asOf`. */
export function fastTrackFollowUp(input: FastTrackInput): FastTrackFollowUp {
  const signedBy = new Map(input.scheduled.map((s) => [s.needId, s.contractSigned]));
  const items = input.needs
    .filter((n) => n.deliveryTrack === "hurtig")
    .map((need): FastTrackItem => {
      const receivedDate = input.receivedDates.get(need.id);
      const sla = deadlineFor(
        { ...need, neededBy: undefined },
        undefined,
        receivedDate ?? input.planStart,
        input.scheduling,
      );
      if (!sla)
        throw new RangeError(
          `Need ${need.id}, field deliveryTrack: a fast-track need without an SLA deadline`,
        );
      const signed = signedBy.get(need.id);
      return {
        needId: need.id,
        unit: need.unit,
        ...(receivedDate !== undefined ? { receivedDate } : {}),
        slaDeadline: sla.date,
        ...(signed !== undefined ? { signed } : {}),
        status: statusOf(need, signed, sla.date, input.asOf),
        daysLate: signed !== undefined ? Math.max(0, daysBetween(sla.date, signed)) : 0,
      };
    });
  const delivered = items.filter(
    (i) => i.status === "delivered-in-time" || i.status === "delivered-late",
  ).length;
  const deliveredInTime = items.filter((i) => i.status === "delivered-in-time").length;
  return {
    slaDays: input.scheduling.fastTrackSlaDays,
    items,
    delivered,
    deliveredInTime,
    shareInTime: delivered > 0 ? deliveredInTime / delivered : null,
  };
}
