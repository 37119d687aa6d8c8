/**
 * Deadlines and default priorities. A renewal must be signed before the old contract (every
 * option used) expires, minus the renewal buffer; a new need by its needed-by date; a fast-track
 * need by its SLA date (its receipt date + SLA days; the plan year's start when it has no receipt
 * date — never the re-planning date, so the deadline does not slide). The earliest date wins.
 */
import { finalExpiry, type KavContract } from "../model/contract";
import type { Need } from "../model/need";
import { DEFAULT_CRITERIA } from "../prioritisation/defaultCriteria";
import { addDays, type IsoDate } from "../time/isoDate";
import type { SchedulingConfig } from "./schedulingConfig";
import type { DeadlineSource } from "./scheduleTypes";
import { ownValue } from "../model/dataRecord";

/** A need's deadline: the contract must be signed on or before `date`. */
export interface Deadline {
  readonly date: IsoDate;
  readonly source: DeadlineSource;
}

/**
 * The deadline of `need`, or undefined when it has none. `contract` is the one it renews, if known;
 * `planStart` is the plan year's start (config.planStart), the SLA's start when no receipt date is known.
 */
export function deadlineFor(
  need: Need,
  contract: KavContract | undefined,
  planStart: IsoDate,
  config: Pick<SchedulingConfig, "renewalBufferDays" | "fastTrackSlaDays">,
): Deadline | undefined {
  const candidates: Deadline[] = [];
  if (contract) {
    candidates.push({
      date: addDays(finalExpiry(contract), -config.renewalBufferDays),
      source: "contract-expiry",
    });
  }
  if (need.neededBy) candidates.push({ date: need.neededBy, source: "needed-by" });
  if (need.deliveryTrack === "hurtig") {
    const from = need.receivedDate ?? planStart;
    candidates.push({ date: addDays(from, config.fastTrackSlaDays), source: "fast-track-sla" });
  }
  return candidates.reduce<Deadline | undefined>(
    (best, c) => (!best || c.date < best.date ? c : best),
    undefined,
  );
}

/**
 * The documented default priority when the prioritisation gives none: the weighted score of the
 * default criteria (Σ weight × score / 100, on the 1–5 scale; a missing score counts as 3).
 */
export function defaultPriority(need: Need): number {
  let sum = 0;
  for (const c of DEFAULT_CRITERIA) sum += c.weight * (ownValue(need.scores, c.id) ?? 3);
  return sum / 100;
}
