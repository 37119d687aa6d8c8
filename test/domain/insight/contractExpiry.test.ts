// Contract expiry analysis: lead times on the scheduler's own model (cross-checked by scheduling the
// renewal), coverage by needs, suggestions with accept/dismiss, and a property test over generated
// contract sets: every contract in scope has exactly one covering need or one suggestion.
import fc from "fast-check";
import { WorkCalendar } from "../../../src/domain/calendar/workCalendar";
import {
  analyseContractExpiry,
  defaultHorizon,
  suggestionIdFor,
  type ContractExpiryInput,
} from "../../../src/domain/insight/contractExpiry";
import { renewalLeadTime, renewalNeedOf } from "../../../src/domain/insight/renewalLeadTime";
import { finalExpiry, type KavContract } from "../../../src/domain/model/contract";
import { defaultPlanConfig } from "../../../src/domain/model/defaults";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/rules/thresholds";
import { scheduleNeeds } from "../../../src/domain/scheduling/scheduleNeeds";
import { defaultSchedulingConfig } from "../../../src/domain/scheduling/schedulingConfig";
import { addDays, fromDayNumber, toDayNumber } from "../../../src/domain/time/isoDate";
import { aContract, aLawyer, aLead, aNeed } from "../scheduling/builders";

const scheduling = defaultSchedulingConfig();
const horizon = defaultHorizon(2027, "2027-01-15");

function input(contracts: KavContract[], over: Partial<ContractExpiryInput> = {}): ContractExpiryInput {
  return { contracts, needs: [], scheduling, thresholds: DEFAULT_THRESHOLDS, horizon, ...over };
}

/** Schedules the renewal alone with free capacity from `start`; returns its signature date. */
function signedFrom(contract: KavContract, start: string): string {
  const config = { ...defaultPlanConfig(2027), planStart: start, scheduling };
  const need = renewalNeedOf(contract, "services", "R1");
  const result = scheduleNeeds({
    needs: [need],
    contracts: [contract],
    people: [aLead("L1", { category: contract.category }), aLawyer("J1")],
    config,
  });
  return (result.scheduled[0] as { contractSigned: string }).contractSigned;
}

describe("renewal lead time", () => {
  it.each([
    ["direct (part I)", 800_000],
    ["part II", 1_400_000],
    ["open (part III)", 20_000_000],
  ])("%s: the scheduler signs in time from the latest start and late one working day after", (_, value) => {
    const contract = aContract("K1", "2028-06-30", { value, category: "ikt" });
    const calendar = new WorkCalendar(scheduling.calendar, "2025-01-01");
    const lead = renewalLeadTime(
      contract,
      "services",
      scheduling,
      DEFAULT_THRESHOLDS,
      "2027-01-15",
      calendar,
    );
    expect(lead.signBy).toBe(addDays("2028-06-30", -scheduling.renewalBufferDays));
    expect(signedFrom(contract, lead.latestStart) <= lead.signBy).toBe(true);
    const nextWorking = fromDayNumber(calendar.nextWorkingDay(toDayNumber(lead.latestStart) + 1));
    expect(signedFrom(contract, nextWorking) > lead.signBy).toBe(true);
    expect(lead.leadDays).toBe(toDayNumber(lead.signBy) - toDayNumber(lead.latestStart));
  });

  it("the procedure follows value and thresholds; the open procedure's lead time includes the legal minimum", () => {
    const calendar = new WorkCalendar(scheduling.calendar, "2025-01-01");
    const at = (value: number) =>
      renewalLeadTime(
        aContract("K", "2028-06-30", { value }),
        "services",
        scheduling,
        DEFAULT_THRESHOLDS,
        "2027-01-15",
        calendar,
      );
    expect(at(800_000).procedure).toBe("direct");
    expect(at(1_400_000).procedure).toBe("part-II");
    expect(at(20_000_000).procedure).toBe("open");
    expect(at(20_000_000).leadDays).toBeGreaterThan(at(1_400_000).leadDays);
    expect(at(1_400_000).leadDays).toBeGreaterThan(at(800_000).leadDays);
  });
});

describe("contract expiry analysis", () => {
  const expiring = aContract("K-EXP", "2027-12-31", { value: 20_000_000 });
  const covered = aContract("K-COV", "2027-10-31", { value: 2_000_000 });
  const later = aContract("K-LATE", "2031-12-31", { value: 2_000_000 });
  const gone = aContract("K-GONE", "2026-06-30");
  const withOption = aContract("K-OPT", "2027-03-31", { options: [{ until: "2028-03-31" }] });

  it("suggests renewals for uncovered contracts in scope, links covered ones, leaves out the rest", () => {
    const needs = [aNeed("N1", { existingContractId: "K-COV" })];
    const a = analyseContractExpiry(input([expiring, covered, later, gone, withOption], { needs }));
    expect(a.contracts.map((c) => c.contractId).sort()).toEqual(["K-COV", "K-EXP", "K-OPT"]);
    const byId = new Map(a.contracts.map((c) => [c.contractId, c]));
    expect(byId.get("K-COV")?.coveredBy).toEqual(["N1"]);
    expect(byId.get("K-COV")?.suggestion).toBeUndefined();
    expect(byId.get("K-EXP")?.suggestion).toMatchObject({
      id: "FORSLAG-K-EXP",
      status: "open",
      estimatedValue: 20_000_000,
      neededBy: "2027-12-01",
    });
    expect(byId.get("K-OPT")).toMatchObject({ finalExpiry: "2028-03-31", optionsRemaining: 1 });
    expect(a.counts).toMatchObject({ inScope: 3, covered: 1, suggested: 2, uncovered: 0 });
    expect(a.suggestedValue).toBe(20_000_000 + 1_000_000);
  });

  it("a withdrawn need does not cover its contract", () => {
    const needs = [aNeed("N1", { existingContractId: "K-COV", status: "withdrawn" })];
    const a = analyseContractExpiry(input([covered], { needs }));
    expect(a.contracts[0]?.suggestion?.id).toBe("FORSLAG-K-COV");
  });

  it("a dismissed suggestion stays listed with its reason and leaves the open total", () => {
    const decisions = [
      { suggestionId: "FORSLAG-K-EXP", action: "dismissed" as const, reason: "Behovet bortfaller" },
    ];
    const a = analyseContractExpiry(input([expiring], { decisions }));
    expect(a.contracts[0]?.suggestion).toMatchObject({
      status: "dismissed",
      dismissReason: "Behovet bortfaller",
    });
    expect(a.counts).toMatchObject({ dismissed: 1, uncovered: 0 });
    expect(a.suggestedValue).toBe(0);
  });

  it("a dismissal without a reason is refused, naming the suggestion and the field", () => {
    const decisions = [{ suggestionId: "FORSLAG-K-EXP", action: "dismissed" as const, reason: " " }];
    expect(() => analyseContractExpiry(input([expiring], { decisions }))).toThrow(
      "Suggestion FORSLAG-K-EXP, field reason",
    );
  });
});

const dayIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(from, d));

const contractArb = (i: number) =>
  fc
    .record({
      start: dayIn("2020-01-01", 2000),
      fixedDays: fc.integer({ min: 30, max: 2500 }),
      options: fc.array(fc.integer({ min: 30, max: 800 }), { maxLength: 3 }),
      value: fc.oneof(
        fc.integer({ min: 50_000, max: 2_000_000 }),
        fc.integer({ min: 2_000_000, max: 300_000_000 }),
      ),
      category: fc.constantFrom("ikt", "materiell", "tjenester-eiendom"),
    })
    .map(({ start, fixedDays, options, value, category }): KavContract => {
      const end = addDays(start, fixedDays);
      let until = end;
      const opts = options.map((d) => ({ until: (until = addDays(until, d)) }));
      return aContract(`K${i}`, end, { start, options: opts, value, category });
    });

describe("property: every contract in scope has exactly one need or one suggestion", () => {
  it("holds over generated contract sets, needs and horizons", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 25 })
          .chain((n) =>
            fc.tuple(
              fc.tuple(...Array.from({ length: n }, (_, i) => contractArb(i))),
              fc.array(fc.integer({ min: 0, max: Math.max(0, n - 1) }), { maxLength: n }),
              dayIn("2025-01-01", 1500),
              fc.integer({ min: 30, max: 1100 }),
            ),
          ),
        ([contracts, linked, start, length]) => {
          const h = { start, end: addDays(start, length) };
          const needs = [...new Set(linked)]
            .filter((i) => i < contracts.length)
            .map((i) => aNeed(`N${i}`, { existingContractId: `K${i}` }));
          const a = analyseContractExpiry(input(contracts, { needs, horizon: h }));
          const calendar = new WorkCalendar(scheduling.calendar, "2020-01-01");
          const expected = contracts.filter((c) => {
            if (finalExpiry(c) < h.start) return false;
            const lead = renewalLeadTime(c, "services", scheduling, DEFAULT_THRESHOLDS, h.start, calendar);
            return lead.latestStart <= h.end;
          });
          expect(a.contracts.map((c) => c.contractId).sort()).toEqual(expected.map((c) => c.id).sort());
          for (const c of a.contracts) {
            const covering = needs.filter((n) => n.existingContractId === c.contractId).map((n) => n.id);
            expect(c.coveredBy).toEqual(covering);
            expect((c.coveredBy.length === 1 ? 1 : 0) + (c.suggestion ? 1 : 0)).toBe(1);
            if (c.suggestion) expect(c.suggestion.id).toBe(suggestionIdFor(c.contractId));
          }
          expect(a.counts.uncovered).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
