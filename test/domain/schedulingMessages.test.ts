// The scheduling catalogue covers every code the scheduler emits, in both languages.
import { PUBLIC_HOLIDAY_CODES } from "../../src/domain/calendar/norwegianHolidays";
import { PHASES, DELAY_REASONS } from "../../src/domain/scheduling/scheduleTypes";
import { PROCEDURES } from "../../src/domain/rules/thresholds";
import { SCHEDULING_MESSAGES } from "../../src/i18n/schedulingMessages";
import { ROLLING_MESSAGES } from "../../src/i18n/rollingMessages";
import { scheduleSummary } from "../../src/i18n/scheduleSummary";
import { scheduleNeeds } from "../../src/domain/scheduling/scheduleNeeds";
import { aNeed, aRequest } from "./scheduling/builders";

describe("scheduling messages", () => {
  it("has the same keys in nb and en", () => {
    expect(Object.keys(SCHEDULING_MESSAGES.en).sort()).toEqual(Object.keys(SCHEDULING_MESSAGES.nb).sort());
    expect(Object.keys(ROLLING_MESSAGES.en).sort()).toEqual(Object.keys(ROLLING_MESSAGES.nb).sort());
  });
  it("names every phase, procedure, delay reason, unscheduled reason and holiday", () => {
    const keys = [
      ...PHASES.map((p) => `phase.${p}`),
      ...PROCEDURES.map((p) => `procedure.${p}`),
      ...DELAY_REASONS.map((r) => `delay.${r}`),
      ...DELAY_REASONS.map((r) => `reason.${r}`),
      ...["no-lead", "no-lawyer", "horizon", "dependency-unscheduled"].map((r) => `unscheduled.${r}`),
      ...PUBLIC_HOLIDAY_CODES.map((c) => `holiday.${c}`),
    ];
    for (const k of keys) expect(SCHEDULING_MESSAGES.nb[k]).toBeDefined();
  });
  it("summarises a schedule in bokmål with the late need and its reason", () => {
    const result = scheduleNeeds(
      aRequest([aNeed("A", { estimatedValue: 5_000_000, neededBy: "2027-03-01" })]),
    );
    const lines = scheduleSummary(result, "nb");
    expect(lines[0]).toBe("Tidsplan fra 15.01.2027");
    expect(lines).toContain("1 behov planlagt, 0 ikke planlagt.");
    expect(lines.some((l) => l.startsWith("A: ") && l.includes("For lite tid"))).toBe(true);
  });
});
