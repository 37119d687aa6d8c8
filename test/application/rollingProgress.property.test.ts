// Property test of the rolling re-plan over random progress read from Project: any mix, per phase,
// of not started, partly done, done, done early and done late. A finished phase never moves, a
// need done in every phase is completed (never scheduled, never late), the re-plan never throws
// and nobody is booked beyond their capacity from the re-planning date on (recomputed from the
// output alone: finished phases book nothing, a phase under way books only what remains).
import fc from "fast-check";
import { scheduleAccepted, rollingProgress, type RollingInput } from "../../src/application/scheduleStage";
import { WorkCalendar } from "../../src/domain/calendar/workCalendar";
import { replanProgress } from "../../src/domain/projectPlan/replanProgress";
import type { ProgressRecord } from "../../src/domain/projectPlan/taskSync";
import type { PlanInput } from "../../src/domain/model/planInput";
import { planPhases } from "../../src/domain/scheduling/phasePlan";
import { scheduleNeeds } from "../../src/domain/scheduling/scheduleNeeds";
import { defaultSchedulingConfig } from "../../src/domain/scheduling/schedulingConfig";
import type { NeedProgress, ScheduledNeed } from "../../src/domain/scheduling/scheduleTypes";
import { addDays, toDayNumber, type IsoDate } from "../../src/domain/time/isoDate";
import { generateSchedulingInstance } from "../../src/demo/schedulingInstance";

const instance = generateSchedulingInstance({ seed: 11, needs: 40, horizonYears: 6 });
// The schedule stage reads config, contracts and people from the input; the needs come validated.
const input: PlanInput = {
  config: instance.config,
  contracts: instance.contracts,
  people: instance.people,
  needs: [],
  spend: [],
};
const first = scheduleNeeds(instance);
const cfg = instance.config.scheduling ?? defaultSchedulingConfig();
const calendar = new WorkCalendar(cfg.calendar, "2026-01-01");

/** 0 not started, 1 partly done, 2 done as planned, 3 done early, 4 done late. */
const phaseState = fc.record({
  kind: fc.integer({ min: 0, max: 4 }),
  shift: fc.integer({ min: 1, max: 20 }),
});
interface NeedState {
  readonly covered: boolean;
  readonly phases: readonly { readonly kind: number; readonly shift: number }[];
  readonly percent: number;
}
const needState: fc.Arbitrary<NeedState> = fc.record({
  covered: fc.boolean(),
  phases: fc.array(phaseState, { minLength: 8, maxLength: 8 }),
  percent: fc.integer({ min: 1, max: 99 }),
});

function records(s: ScheduledNeed, state: NeedState): ProgressRecord[] {
  return s.phases.map((p, i) => {
    const { kind, shift } = state.phases[i] as { kind: number; shift: number };
    const base = { key: `ap:phase:${s.needId}:${p.phase}`, needId: s.needId, phase: p.phase };
    if (kind === 0) return { ...base, percentComplete: 0 };
    if (kind === 1) return { ...base, percentComplete: state.percent, actualStart: p.start };
    if (kind === 2) return { ...base, percentComplete: 100 };
    const finish = kind === 3 ? addDays(p.finish, -shift) : addDays(p.finish, shift);
    return {
      ...base,
      percentComplete: 100,
      actualStart: p.start,
      actualFinish: finish < p.start ? p.start : finish,
    };
  });
}

/** Load per person and week from the output: what remains of the phase under way, every later phase. */
function bookedLoads(
  scheduled: readonly ScheduledNeed[],
  progress: ReadonlyMap<string, NeedProgress>,
  asOf: IsoDate,
) {
  const loads = new Map<string, number>();
  const add = (person: string, from: number, to: number, load: number) => {
    for (let w = calendar.weekIndex(from); w <= calendar.weekIndex(to); w += 1) {
      const ws = calendar.weekStart(w);
      const days = calendar.workingDaysIn(Math.max(from, ws), Math.min(to, ws + 6));
      loads.set(`${person}|${w}`, (loads.get(`${person}|${w}`) ?? 0) + (load * days) / 5);
    }
  };
  for (const s of scheduled) {
    const p = progress.get(s.needId);
    const need = instance.needs.find((n) => n.id === s.needId)!;
    const plan = planPhases(need, cfg, instance.config.thresholds, first.planStart);
    const done = new Set(p?.finished.map((f) => f.phase));
    for (const ph of s.phases) {
      if (done.has(ph.phase)) continue;
      let from = toDayNumber(ph.start);
      const to = toDayNumber(ph.finish);
      if (p?.current?.phase === ph.phase) {
        const spec = plan.phases.find((x) => x.phase === ph.phase)!;
        const asOfDay = Math.max(toDayNumber(asOf), from);
        if (spec.kind === "calendar-days") from = to - Math.max(1, from + spec.days - asOfDay) + 1;
        else {
          const left = Math.max(1, Math.ceil(spec.days * (1 - p.current.percentComplete) - 1e-9));
          while (calendar.workingDaysIn(from, to) > left) from += 1;
        }
      }
      add(s.leadId, from, to, ph.leadLoad);
      if (s.lawyerId) add(s.lawyerId, from, to, ph.lawyerLoad);
    }
  }
  return loads;
}

function capacityOf(personId: string, week: number): number {
  const person = instance.people.find((x) => x.id === personId)!;
  const ws = calendar.weekStart(week);
  let days = calendar.workingDaysIn(ws, ws + 6);
  for (const ab of person.absences) {
    days -= calendar.workingDaysIn(Math.max(toDayNumber(ab.from), ws), Math.min(toDayNumber(ab.to), ws + 6));
  }
  return (person.availability * days) / 5;
}

describe("rolling re-plan over random progress", () => {
  it("never moves a finished phase, never schedules a completed need, never throws, nobody over capacity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(needState, { minLength: first.scheduled.length, maxLength: first.scheduled.length }),
        (offset, states) => {
          const asOf = addDays(first.planStart, offset);
          const read = first.scheduled.flatMap((s, i) =>
            (states[i] as NeedState).covered ? records(s, states[i]!) : [],
          );
          const rolling: RollingInput = {
            previous: first.scheduled,
            asOf,
            actual: replanProgress(first.scheduled, read),
          };
          const result = scheduleAccepted(input, instance.needs, instance.priority, rolling);
          const progress = new Map(rollingProgress(input, rolling).map((p) => [p.needId, p]));
          const completed = new Map((result.completed ?? []).map((c) => [c.needId, c]));
          const scheduled = new Map(result.scheduled.map((s) => [s.needId, s]));
          // Every need once: scheduled, completed or unscheduled.
          const seen = [...scheduled.keys(), ...completed.keys(), ...result.unscheduled.map((u) => u.needId)];
          expect(seen.sort()).toEqual(instance.needs.map((n) => n.id).sort());
          for (const [id, p] of progress) {
            const plan = first.scheduled.find((s) => s.needId === id)!;
            const allDone = p.finished.length === plan.phases.length;
            if (allDone) {
              expect(scheduled.has(id)).toBe(false);
              expect(
                completed.get(id)?.phases.map(({ phase, start, finish }) => ({ phase, start, finish })),
              ).toEqual(p.finished);
            } else {
              expect(completed.has(id)).toBe(false);
              const out = scheduled.get(id);
              if (!out) continue;
              for (const f of p.finished) expect(out.phases).toContainEqual(expect.objectContaining(f));
              const lastDone = p.finished.reduce((d, f) => (f.finish > d ? f.finish : d), "");
              for (const ph of out.phases.slice(p.finished.length + (p.current ? 1 : 0))) {
                expect(ph.start >= asOf && ph.start > lastDone).toBe(true);
              }
            }
          }
          for (const s of result.scheduled) if (!progress.has(s.needId)) expect(s.start >= asOf).toBe(true);
          for (const [key, load] of bookedLoads(result.scheduled, progress, asOf)) {
            const [person, week] = key.split("|") as [string, string];
            expect(load).toBeLessThanOrEqual(capacityOf(person, Number(week)) + 1e-6);
          }
        },
      ),
      { numRuns: 30, seed: 2027 },
    );
  }, 120_000);
});
