// Independent checks of a schedule's invariants, recomputed from the output alone.
import { WorkCalendar } from "../../../src/domain/calendar/workCalendar";
import type { ScheduleRequest } from "../../../src/domain/scheduling/scheduleNeeds";
import { planPhases } from "../../../src/domain/scheduling/phasePlan";
import {
  defaultSchedulingConfig,
  PHASE_DURATION_KIND,
} from "../../../src/domain/scheduling/schedulingConfig";
import { PHASES, type ScheduleResult } from "../../../src/domain/scheduling/scheduleTypes";
import { daysBetween, toDayNumber } from "../../../src/domain/time/isoDate";

/** Returns a list of violated invariants (empty when the schedule is sound). */
export function violations(request: ScheduleRequest, result: ScheduleResult): string[] {
  const out: string[] = [];
  const cfg = request.config.scheduling ?? defaultSchedulingConfig();
  const cal = new WorkCalendar(cfg.calendar, result.planStart);
  const loads = new Map<string, Map<number, number>>();
  const add = (person: string, week: number, x: number) => {
    const m = loads.get(person) ?? new Map<number, number>();
    m.set(week, (m.get(week) ?? 0) + x);
    loads.set(person, m);
  };
  const finish = new Map(result.scheduled.map((s) => [s.needId, s.finish]));
  for (const s of result.scheduled) {
    const need = request.needs.find((n) => n.id === s.needId);
    if (!need) {
      out.push(`${s.needId}: not requested`);
      continue;
    }
    const plan = planPhases(need, cfg, request.config.thresholds, result.planStart);
    if (s.start < result.planStart) out.push(`${s.needId}: starts before the plan start`);
    for (const dep of need.dependsOn) {
      const f = finish.get(dep);
      if (f && s.start <= f)
        out.push(`${s.needId}: starts ${s.start} before dependency ${dep} finishes ${f}`);
    }
    let prev = "";
    s.phases.forEach((p, i) => {
      if (i > 0 && PHASES.indexOf(p.phase) <= PHASES.indexOf(s.phases[i - 1]!.phase))
        out.push(`${s.needId}: phase order`);
      if (prev && p.start <= prev) out.push(`${s.needId}.${p.phase}: overlaps the previous phase`);
      prev = p.finish;
      const spec = plan.phases.find((x) => x.phase === p.phase)!;
      const a = toDayNumber(p.start);
      const b = toDayNumber(p.finish);
      if (p.workingDays !== cal.workingDaysIn(a, b)) out.push(`${s.needId}.${p.phase}: workingDays wrong`);
      if (PHASE_DURATION_KIND[p.phase] === "calendar-days") {
        if (daysBetween(p.start, p.finish) + 1 !== spec.days)
          out.push(`${s.needId}.${p.phase}: calendar length`);
        const legal = plan.adjustments.find((x) => x.phase === p.phase)?.appliedDays ?? 0;
        if (daysBetween(p.start, p.finish) + 1 < legal)
          out.push(`${s.needId}.${p.phase}: below legal minimum`);
      } else if (p.workingDays !== spec.days)
        out.push(`${s.needId}.${p.phase}: ${p.workingDays} ≠ ${spec.days} working days`);
      if (!cal.isWorkingDay(a)) out.push(`${s.needId}.${p.phase}: starts on a non-working day`);
      for (let w = cal.weekIndex(a); w <= cal.weekIndex(b); w += 1) {
        const ws = cal.weekStart(w);
        const days = cal.workingDaysIn(Math.max(a, ws), Math.min(b, ws + 6));
        add(s.leadId, w, (p.leadLoad * days) / 5);
        if (s.lawyerId) add(s.lawyerId, w, (p.lawyerLoad * days) / 5);
      }
    });
    const signedLate = s.deadline ? Math.max(0, daysBetween(s.deadline, s.contractSigned)) : 0;
    if (signedLate !== s.daysLate) out.push(`${s.needId}: daysLate ${s.daysLate}, expected ${signedLate}`);
    if (s.daysLate > 0 !== (s.delayedBy !== undefined))
      out.push(`${s.needId}: delayedBy must be set exactly when late`);
  }
  for (const person of request.people) {
    for (const [w, load] of loads.get(person.id) ?? []) {
      const ws = cal.weekStart(w);
      let days = cal.workingDaysIn(ws, ws + 6);
      for (const ab of person.absences) {
        days -= cal.workingDaysIn(Math.max(toDayNumber(ab.from), ws), Math.min(toDayNumber(ab.to), ws + 6));
      }
      const capacity = (person.availability * days) / 5;
      if (load > capacity + 1e-6)
        out.push(`${person.id}: week ${w} load ${load.toFixed(3)} > capacity ${capacity.toFixed(3)}`);
    }
  }
  return out;
}
