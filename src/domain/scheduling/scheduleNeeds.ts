/**
 * The capacity-levelled scheduler (docs/scheduling.md explains it in full). Serial list
 * scheduling: needs whose dependencies are placed wait in a ready queue (started work, then
 * fast-track, then the dispatch rule; dispatchSearch.ts chooses the rules and improves the order);
 * the first is placed completely — every phase, with the lead (and lawyer) that gives the earliest
 * signature — and booked before the next is taken. Nobody is ever booked beyond their capacity in
 * any week.
 */
import type { KavContract } from "../model/contract";
import type { Need } from "../model/need";
import type { Person } from "../model/people";
import type { PlanConfig } from "../model/planInput";
import { WorkCalendar } from "../calendar/workCalendar";
import { fromDayNumber, isoFromYmd, toDayNumber, yearOf, type IsoDate } from "../time/isoDate";
import { CapacityLedger } from "./capacityLedger";
import { deadlineFor, defaultPriority, type Deadline } from "./deadlines";
import { planPhases, type NeedPhasePlan, type PhaseSpec } from "./phasePlan";
import { placeNominal, placePhase, type Participant, type PendingLoad, type WaitTally } from "./placement";
import {
  addCost,
  chooseDispatch,
  emptyDispatch,
  slackFirst,
  type Booking,
  type Dispatch,
  type DynamicIndex,
  type PlacedNeed,
} from "./dispatchSearch";
import { ReadyQueue } from "./readyQueue";
import { computeMetrics } from "./scheduleMetrics";
import { defaultSchedulingConfig, validateSchedulingConfig, type SchedulingConfig } from "./schedulingConfig";
import {
  PHASES,
  type CompletedNeed,
  type DelayReason,
  type NeedProgress,
  type ScheduledNeed,
  type ScheduledPhase,
  type ScheduleResult,
  type ScheduleWarning,
  type UnscheduledNeed,
  type UtilisationDetail,
} from "./scheduleTypes";
import { ownValue } from "../model/dataRecord";

/** What the scheduler needs. */
export interface ScheduleRequest {
  /** The needs to schedule (e.g. the selected ones). */
  readonly needs: readonly Need[];
  readonly contracts: readonly KavContract[];
  readonly people: readonly Person[];
  /** Plan configuration; `scheduling` falls back to defaultSchedulingConfig(). */
  readonly config: PlanConfig;
  /** Need id → priority, higher = more important (e.g. the prioritisation score); defaultPriority otherwise. */
  readonly priority?: Readonly<Record<string, number>>;
  /** Rolling plan: the re-planning date; new work starts no earlier (default: config.planStart). */
  readonly asOf?: IsoDate;
  /** Rolling plan: actual progress of started needs; their people and past dates are kept. */
  readonly progress?: readonly NeedProgress[];
  /** Weekly utilisation per role (default) or also per person. */
  readonly utilisation?: UtilisationDetail;
}

interface Job {
  readonly need: Need;
  readonly plan: NeedPhasePlan;
  readonly deadline?: Deadline;
  readonly priority: number;
  readonly progress?: NeedProgress;
  /** Phases still to place (the current one shortened to what remains). */
  readonly todo: readonly PhaseSpec[];
  readonly deps: readonly string[];
  /** Started work first, then fast-track: 0 started fast-track, 1 started, 2 fast-track, 3 the rest. */
  readonly tier: number;
  /** Deadline minus capacity-free signature, in days (Infinity without a deadline). */
  slack: number;
  /** Capacity-free days from its earliest start to its signature. */
  span: number;
  /** Capacity-free earliest start (after its dependencies). */
  release: number;
  /** Lead work up to the signature, in full-time days. */
  work: number;
  /** Index of the job's (category, first lead load) pair: jobs of a pair share a lead's first free day. */
  group: number;
}

interface Attempt {
  readonly lead: number;
  readonly lawyer?: number;
  readonly placed: readonly { start: number; end: number }[];
  readonly signed: number;
  readonly finish: number;
  readonly tally: WaitTally;
}

/**
 * At most this many leads of a need's category, and lawyers, are tried for a need: the ones free
 * earliest (then least booked). Every plan with up to this many per category and role tries all of
 * them; the 50 000-need bench (about 400 leads per category) would otherwise try every one for
 * every need, and one dispatch would grow with needs × people (docs/scheduling.md, Scale).
 */
const CANDIDATE_LIMIT = 48;

/** Index of the signature phase in PHASES: a need is signed when the phases up to it are done. */
const SIGNATURE_INDEX = PHASES.indexOf("signature");

/** Schedules the needs; throws a RangeError naming the item and field for inconsistent input. */
export function scheduleNeeds(request: ScheduleRequest): ScheduleResult {
  const cfg: SchedulingConfig = request.config.scheduling ?? defaultSchedulingConfig();
  validateSchedulingConfig(cfg);
  const planStart = request.asOf ?? request.config.planStart;
  const planStartDay = toDayNumber(planStart);
  const progressById = indexProgress(request);
  let calendarStart = planStartDay;
  for (const p of progressById.values()) {
    for (const d of [...p.finished.map((f) => f.start), ...(p.current ? [p.current.start] : [])]) {
      calendarStart = Math.min(calendarStart, toDayNumber(d));
    }
  }
  const calendar = new WorkCalendar(cfg.calendar, fromDayNumber(calendarStart));
  const people = request.people;
  validatePeople(people);
  const originWeek = calendar.weekIndex(planStartDay);
  let ledger = new CapacityLedger(calendar, people, originWeek);
  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  const lastStart = toDayNumber(
    isoFromYmd(
      yearOf(planStart) + cfg.horizonYears,
      Number(planStart.slice(5, 7)),
      Math.min(28, Number(planStart.slice(8, 10))),
    ),
  );
  const contracts = new Map(request.contracts.map((c) => [c.id, c]));
  const warnings: ScheduleWarning[] = [];

  const jobs = new Map<string, Job>();
  const requested = new Set(request.needs.map((n) => n.id));
  for (const need of request.needs) {
    if (jobs.has(need.id)) throw new RangeError(`Need ${need.id}: listed twice`);
    const deps: string[] = [];
    for (const dep of need.dependsOn) {
      if (requested.has(dep)) deps.push(dep);
      else warnings.push({ needId: need.id, code: "unknown-dependency", params: { dependsOn: dep } });
    }
    const plan = planPhases(need, cfg, request.config.thresholds, planStart);
    for (const a of plan.adjustments) {
      warnings.push({
        needId: need.id,
        code: "legal-minimum-applied",
        params: { phase: a.phase, requestedDays: a.requestedDays, appliedDays: a.appliedDays },
      });
    }
    const contract = need.existingContractId ? contracts.get(need.existingContractId) : undefined;
    if (need.existingContractId && !contract) {
      warnings.push({
        needId: need.id,
        code: "unknown-contract",
        params: { contractId: need.existingContractId },
      });
    }
    const priority = ownValue(request.priority, need.id) ?? defaultPriority(need);
    if (!Number.isFinite(priority)) throw new RangeError(`Need ${need.id}: priority must be a finite number`);
    const progress = progressById.get(need.id);
    const deadline = deadlineFor(need, contract, request.config.planStart, cfg);
    jobs.set(need.id, {
      need,
      plan,
      deadline,
      priority,
      progress,
      todo: progress ? remainingPhases(plan, progress, planStartDay) : plan.phases,
      deps,
      tier: (progress ? 0 : 2) + (need.deliveryTrack === "hurtig" ? 0 : 1),
      release: planStartDay,
      work: 1,
      slack: Number.POSITIVE_INFINITY,
      span: 1,
      group: 0,
    });
  }
  const groups = new Map<string, number>();
  for (const job of jobs.values()) {
    const key = `${job.need.category}|${job.todo[0]?.leadLoad ?? 0}`;
    if (!groups.has(key)) groups.set(key, groups.size);
    job.group = groups.get(key) as number;
  }
  const order = topologicalOrder(jobs);
  computeSlack(order, calendar, planStartDay);

  const dependents = new Map<string, string[]>();
  for (const job of jobs.values()) {
    for (const d of job.deps) dependents.set(d, [...(dependents.get(d) ?? []), job.need.id]);
  }

  const leadsByCategory = new Map<string, number[]>();
  people.forEach((p, i) => {
    if (p.role === "lead")
      leadsByCategory.set(p.category ?? "", [...(leadsByCategory.get(p.category ?? "") ?? []), i]);
  });
  const best = chooseDispatch(cfg, [...jobs.values()], { byRule, byIndex, bySequence });
  ledger = best.ledger;
  const { scheduled, completed, unscheduled } = best;
  const list = request.needs.flatMap((n) => scheduled.get(n.id)?.detail() ?? []);
  const metrics = computeMetrics(
    list,
    unscheduled.length,
    completed.length,
    people,
    ledger,
    calendar,
    planStart,
    request.utilisation ?? "role",
  );
  return {
    planStart,
    scheduled: list,
    completed,
    unscheduled,
    warnings,
    metrics,
    holidays: calendar.holidaysIn(fromDayNumber(calendarStart), metrics.makespanEnd),
  };

  /**
   * One serial dispatch on a fresh ledger: ready needs (dependencies placed) are taken in the order
   * `compare` gives — started work and fast-track first whatever it says — and placed completely.
   */
  function byRule(compare: (a: Job, b: Job) => number): Dispatch<Job> {
    ledger = ledger.emptyCopy();
    const queue = new ReadyQueue<Job>((a, b) => a.tier - b.tier || compare(a, b));
    const waiting = new Map<string, number>();
    for (const job of jobs.values()) {
      waiting.set(job.need.id, job.deps.length);
      if (job.deps.length === 0) queue.push(job);
    }
    const out = emptyDispatch<Job>(ledger);
    const finishDay = new Map<string, number>();
    for (let job = queue.pop(); job; job = queue.pop()) {
      take(job, out, finishDay);
      release(job, waiting, (next) => queue.push(next));
    }
    out.cost.unscheduled = out.unscheduled.length;
    return out;
  }

  /** Counts `job` as done for the needs waiting on it; `onReady` gets each whose last dependency it was. */
  function release(job: Job, waiting: Map<string, number>, onReady: (next: Job) => void): void {
    for (const next of dependents.get(job.need.id) ?? []) {
      const left = (waiting.get(next) as number) - 1;
      waiting.set(next, left);
      if (left === 0) onReady(jobs.get(next) as Job);
    }
  }

  /** One dispatch taking, of the ready needs (lower tiers first), the one with the highest index when taken. */
  function byIndex(index: DynamicIndex<Job>): Dispatch<Job> {
    ledger = ledger.emptyCopy();
    const ready = [...jobs.values()].filter((j) => j.deps.length === 0);
    const waiting = new Map([...jobs.values()].map((j) => [j.need.id, j.deps.length]));
    const out = emptyDispatch<Job>(ledger);
    const finishDay = new Map<string, number>();
    while (ready.length > 0) {
      const free = new Float64Array(groups.size).fill(Number.NaN);
      let pick = 0;
      let pickIndex = Number.NEGATIVE_INFINITY;
      ready.forEach((job, i) => {
        const value = index(job, startNow(job, finishDay, free));
        const first = ready[pick] as Job;
        const wins = job.tier - first.tier || pickIndex - value || slackFirst(job, first) || 0;
        if (i === 0 || wins < 0) {
          pick = i;
          pickIndex = value;
        }
      });
      const job = ready[pick] as Job;
      ready[pick] = ready[ready.length - 1] as Job;
      ready.pop();
      take(job, out, finishDay);
      release(job, waiting, (next) => ready.push(next));
    }
    out.cost.unscheduled = out.unscheduled.length;
    return out;
  }

  /** The first day `job` could start now: after its dependencies and when a lead of its category has room. */
  function startNow(job: Job, finishDay: ReadonlyMap<string, number>, free: Float64Array): number {
    let earliest = Math.max(planStartDay, resumeDay(job.progress));
    for (const d of job.deps) earliest = Math.max(earliest, (finishDay.get(d) ?? 0) + 1);
    const load = job.todo[0]?.leadLoad ?? 0;
    if (load <= 0) return earliest;
    let day = free[job.group] as number;
    if (Number.isNaN(day)) {
      day = Number.POSITIVE_INFINITY;
      for (const lead of leadsByCategory.get(job.need.category) ?? []) {
        if ((people[lead] as Person).availability + 1e-9 >= load)
          day = Math.min(day, calendar.weekStart(ledger.openFrom(lead, load)));
      }
      free[job.group] = day;
    }
    return Math.max(earliest, Number.isFinite(day) ? day : earliest);
  }

  /** The needs in `sequence`'s order on a fresh ledger; the first `from` replay `base`'s bookings. */
  function bySequence(sequence: readonly Job[], from: number, base: Dispatch<Job>): Dispatch<Job> {
    ledger = ledger.emptyCopy();
    const out = emptyDispatch<Job>(ledger);
    const finishDay = new Map<string, number>();
    sequence.forEach((job, i) => {
      if (i >= from) {
        take(job, out, finishDay);
        return;
      }
      out.sequence.push(job);
      const id = job.need.id;
      const s = base.scheduled.get(id);
      const done = s ? undefined : base.completed.find((c) => c.needId === id);
      if (s) {
        for (const b of base.bookings.get(id) ?? []) ledger.book(b.person, b.start, b.end, b.load);
        out.scheduled.set(id, s);
        out.bookings.set(id, base.bookings.get(id) ?? []);
        finishDay.set(id, s.finishDay);
        addCost(out.cost, s);
      } else if (done) {
        out.completed.push(done);
        finishDay.set(id, toDayNumber(done.finish));
      } else out.unscheduled.push(base.unscheduled.find((u) => u.needId === id) as UnscheduledNeed);
    });
    out.cost.unscheduled = out.unscheduled.length;
    return out;
  }

  /** Takes `job` next: completed, unscheduled (a dependency not placed, no person, horizon) or placed and booked. */
  function take(job: Job, out: Dispatch<Job>, finishDay: Map<string, number>): void {
    out.sequence.push(job);
    const blocked = job.deps.find((d) => !finishDay.has(d));
    if (job.todo.length === 0) {
      const done = completedNeed(job);
      out.completed.push(done);
      finishDay.set(job.need.id, toDayNumber(done.finish));
    } else if (blocked !== undefined) {
      out.unscheduled.push({
        needId: job.need.id,
        reason: "dependency-unscheduled",
        params: { dependsOn: blocked },
      });
    } else {
      const earliest = Math.max(
        planStartDay,
        resumeDay(job.progress),
        ...job.deps.map((d) => (finishDay.get(d) as number) + 1),
      );
      const outcome = placeJob(job, earliest);
      if ("reason" in outcome) out.unscheduled.push(outcome);
      else {
        out.scheduled.set(job.need.id, outcome.need);
        out.bookings.set(job.need.id, outcome.bookings);
        finishDay.set(job.need.id, outcome.need.finishDay);
        addCost(out.cost, outcome.need);
      }
    }
  }

  function placeJob(
    job: Job,
    earliest: number,
  ): { need: PlacedNeed; bookings: readonly Booking[] } | UnscheduledNeed {
    const { need, todo } = job;
    const maxLead = Math.max(0, ...todo.map((p) => p.leadLoad));
    const maxLawyer = Math.max(0, ...todo.map((p) => p.lawyerLoad));
    const keptLead = keptPerson(job.progress?.leadId, maxLead);
    const leads =
      keptLead !== undefined
        ? [keptLead]
        : candidates((p) => p.role === "lead" && p.category === need.category, maxLead);
    if (leads.length === 0)
      return { needId: need.id, reason: "no-lead", params: { category: need.category } };
    const keptLawyer = keptPerson(job.progress?.lawyerId, maxLawyer);
    const lawyers =
      maxLawyer === 0
        ? []
        : keptLawyer !== undefined
          ? [keptLawyer]
          : candidates((p) => p.role === "lawyer", maxLawyer);
    if (maxLawyer > 0 && lawyers.length === 0) return { needId: need.id, reason: "no-lawyer", params: {} };

    // Most promising first, so that the first attempt bounds (and prunes) the others.
    byOpening(leads, (todo[0] as PhaseSpec).leadLoad);
    const firstLawyerPhase = todo.find((p) => p.lawyerLoad > 0);
    if (firstLawyerPhase) byOpening(lawyers, firstLawyerPhase.lawyerLoad);
    // At scale only the most promising are tried, so a need's placement does not grow with the staff.
    leads.length = Math.min(leads.length, CANDIDATE_LIMIT);
    lawyers.length = Math.min(lawyers.length, CANDIDATE_LIMIT);
    let best: Attempt | undefined;
    const firstLoad = (todo[0] as PhaseSpec).leadLoad;
    for (const lead of leads) {
      // Leads come in order of the week they can first start in: once even a capacity-free
      // placement from there signs after the best so far, no later lead can do better.
      if (best && firstLoad > 0 && signedFrom(todo, openDay(lead, firstLoad, earliest)) > best.signed) break;
      const attempt = tryLead(todo, earliest, lead, lawyers, best);
      if (attempt && (!best || better(attempt, best))) best = attempt;
    }
    if (!best)
      return { needId: need.id, reason: "horizon", params: { horizonEnd: fromDayNumber(lastStart) } };
    const chosen = best;
    const bookings: Booking[] = [];
    todo.forEach((spec, i) => {
      const at = chosen.placed[i] as { start: number; end: number };
      bookings.push({ person: chosen.lead, ...at, load: spec.leadLoad });
      if (chosen.lawyer !== undefined) bookings.push({ person: chosen.lawyer, ...at, load: spec.lawyerLoad });
    });
    for (const b of bookings) ledger.book(b.person, b.start, b.end, b.load);
    const deadline = job.deadline ? toDayNumber(job.deadline.date) : Number.POSITIVE_INFINITY;
    const placed: PlacedNeed = {
      daysLate: Math.max(0, signedDayOf(job, chosen) - deadline),
      priority: job.priority,
      finishDay: chosen.finish,
      detail: () => toScheduledNeed(job, chosen, earliest),
    };
    return { need: placed, bookings };
  }

  /** The first day `person` could start a phase of `load` at or after `earliest` (the ledger's open week). */
  function openDay(person: number, load: number, earliest: number): number {
    return Math.max(earliest, calendar.weekStart(ledger.openFrom(person, load)));
  }

  /** The capacity-free signature day of `todo` started on `from` (−∞ when no phase before the signature is left). */
  function signedFrom(todo: readonly PhaseSpec[], from: number): number {
    const placed = placeNominal(calendar, todo, from);
    let signed = Number.NEGATIVE_INFINITY;
    todo.forEach((p, k) => {
      if (PHASES.indexOf(p.phase) <= SIGNATURE_INDEX) signed = (placed[k] as { end: number }).end;
    });
    return signed;
  }

  /** The person a started need keeps, unless they can no longer carry its heaviest load (then anyone fitting). */
  function keptPerson(personId: string | undefined, maxLoad: number): number | undefined {
    if (personId === undefined) return undefined;
    const index = personIndex.get(personId) as number;
    return (people[index] as Person).availability + 1e-9 >= maxLoad && maxLoad > 0 ? index : undefined;
  }

  /** A need done in every phase: its actual dates, nobody booked, never late. */
  function completedNeed(job: Job): CompletedNeed {
    const { need, plan } = job;
    const progress = job.progress as NeedProgress;
    const phases = progress.finished.map((f) => {
      const spec = plan.phases.find((p) => p.phase === f.phase) as PhaseSpec;
      const start = toDayNumber(f.start);
      const end = toDayNumber(f.finish);
      const workingDays = calendar.workingDaysIn(start, end);
      return { phase: f.phase, start: f.start, finish: f.finish, workingDays, ...loadsOf(spec, progress) };
    });
    const first = phases.reduce((d, p) => (p.start < d ? p.start : d), (phases[0] as ScheduledPhase).start);
    const finish = phases.reduce((d, p) => (p.finish > d ? p.finish : d), first);
    return {
      needId: need.id,
      procedure: plan.procedure,
      leadId: progress.leadId,
      ...(progress.lawyerId !== undefined ? { lawyerId: progress.lawyerId } : {}),
      phases,
      start: first,
      contractSigned: fromDayNumber(lastSignedDay(phases, toDayNumber(finish))),
      finish,
    };
  }

  function byOpening(list: number[], load: number): void {
    const key = new Map(list.map((i) => [i, load > 0 ? ledger.openFrom(i, load) : 0]));
    list.sort(
      (a, b) =>
        (key.get(a) as number) - (key.get(b) as number) || ledger.totalUsed(a) - ledger.totalUsed(b) || a - b,
    );
  }

  function candidates(match: (p: Person) => boolean, maxLoad: number): number[] {
    const out: number[] = [];
    people.forEach((p, i) => {
      if (match(p) && p.availability > 0 && p.availability + 1e-9 >= maxLoad) out.push(i);
    });
    return out;
  }

  function better(a: Attempt, b: Attempt): boolean {
    if (a.signed !== b.signed) return a.signed < b.signed;
    if (a.finish !== b.finish) return a.finish < b.finish;
    const ua = ledger.totalUsed(a.lead);
    const ub = ledger.totalUsed(b.lead);
    if (ua !== ub) return ua < ub;
    return a.lead < b.lead;
  }

  /**
   * Places every phase with `lead`; the run of lawyer phases is tried with each lawyer and the one
   * finishing it first is kept. Null when past the horizon or when it cannot beat `bound`.
   */
  function tryLead(
    todo: readonly PhaseSpec[],
    earliest: number,
    lead: number,
    lawyers: readonly number[],
    bound: Attempt | undefined,
  ): Attempt | null {
    const tally: WaitTally = { lead: 0, lawyer: 0 };
    const placed: { start: number; end: number }[] = [];
    const pending: PendingLoad[] = [];
    const { firstLawyer, lastLawyer, restMin, lawyerRunBeforeSignature, run } = shapeOf(todo);
    const limit = bound ? bound.signed : Number.POSITIVE_INFINITY;
    let lawyer: number | undefined;
    let t = earliest;
    for (let i = 0; i < todo.length;) {
      if (i === firstLawyer) {
        let segment:
          { lawyer: number; placed: { start: number; end: number }[]; tally: WaitTally } | undefined;
        // No lawyer can end the run before its capacity-free end: the first who does is kept
        // (lawyers come least-booked first among those free earliest).
        const runNominal = placeNominal(calendar, run, t);
        const runFloor = (runNominal[runNominal.length - 1] as { end: number }).end;
        const runLoad = (todo[i] as PhaseSpec).lawyerLoad;
        for (const j of lawyers) {
          if (segment && (segment.placed[segment.placed.length - 1] as { end: number }).end <= runFloor)
            break;
          const segmentBound = segment
            ? (segment.placed[segment.placed.length - 1] as { end: number }).end
            : Infinity;
          const endBound = Math.min(
            segmentBound,
            lawyerRunBeforeSignature ? limit - (restMin[lastLawyer] as number) : Infinity,
          );
          // Lawyers come in order of the week they can first start in (see placeJob's leads).
          const open = openDay(j, runLoad, t);
          if (open > t && (placeNominal(calendar, run, open).at(-1) as { end: number }).end > endBound) break;
          const trial = placeRun(todo, i, lastLawyer, t, lead, j, pending, endBound);
          if (!trial) continue;
          const end = (trial.placed[trial.placed.length - 1] as { end: number }).end;
          if (
            end < segmentBound ||
            (segment && end === segmentBound && ledger.totalUsed(j) < ledger.totalUsed(segment.lawyer))
          ) {
            segment = { lawyer: j, ...trial };
          }
        }
        if (!segment) return null;
        lawyer = segment.lawyer;
        segment.placed.forEach((at, k) => {
          const spec = todo[i + k] as PhaseSpec;
          pending.push({ index: lead, start: at.start, end: at.end, load: spec.leadLoad });
          pending.push({ index: segment.lawyer, start: at.start, end: at.end, load: spec.lawyerLoad });
        });
        placed.push(...segment.placed);
        tally.lead += segment.tally.lead;
        tally.lawyer += segment.tally.lawyer;
        i = lastLawyer + 1;
      } else {
        const spec = todo[i] as PhaseSpec;
        const who: Participant[] = [{ index: lead, load: spec.leadLoad, role: "lead" }];
        const startLimit =
          (phaseOrder.get(spec.phase) as number) <= SIGNATURE_INDEX
            ? Math.min(lastStart, limit - (restMin[i] as number) - spec.days + 1)
            : lastStart;
        const at = placePhase(calendar, ledger, spec, t, who, pending, startLimit, tally);
        if (!at) return null;
        pending.push({ index: lead, start: at.start, end: at.end, load: spec.leadLoad });
        placed.push(at);
        i += 1;
      }
      const end = (placed[placed.length - 1] as { end: number }).end;
      const beforeSignature = PHASES.indexOf((todo[i - 1] as PhaseSpec).phase) <= SIGNATURE_INDEX;
      if (beforeSignature && end + (restMin[i - 1] as number) > limit) return null;
      t = end + 1;
    }
    let signed = earliest - 1;
    todo.forEach((p, k) => {
      if (PHASES.indexOf(p.phase) <= SIGNATURE_INDEX) signed = (placed[k] as { end: number }).end;
    });
    const finish = (placed[placed.length - 1] as { end: number }).end;
    return { lead, lawyer, placed, signed, finish, tally };
  }

  /**
   * Phases from..to with `lead` and `lawyer`; null past the horizon or when the run would end after
   * `endBound`. The run's phases are pending on `outer` while it is placed and taken off after.
   */
  function placeRun(
    todo: readonly PhaseSpec[],
    from: number,
    to: number,
    t0: number,
    lead: number,
    lawyer: number,
    outer: PendingLoad[],
    endBound: number,
  ) {
    const tally: WaitTally = { lead: 0, lawyer: 0 };
    const placed: { start: number; end: number }[] = [];
    const mark = outer.length;
    const leadP = { index: lead, load: 0, role: "lead" as const };
    const lawyerP = { index: lawyer, load: 0, role: "lawyer" as const };
    const both: Participant[] = [leadP, lawyerP];
    const alone: Participant[] = [leadP];
    let runDays = 0;
    for (let i = from; i <= to; i += 1) runDays += (todo[i] as PhaseSpec).days;
    let t = t0;
    let ok = true;
    for (let i = from; i <= to && ok; i += 1) {
      const spec = todo[i] as PhaseSpec;
      leadP.load = spec.leadLoad;
      lawyerP.load = spec.lawyerLoad;
      const startLimit = Math.min(lastStart, endBound - runDays + 1);
      runDays -= spec.days;
      const who = spec.lawyerLoad > 0 ? both : alone;
      const at = placePhase(calendar, ledger, spec, t, who, outer, startLimit, tally);
      if (!at || at.end > endBound) ok = false;
      else {
        outer.push({ index: lead, start: at.start, end: at.end, load: spec.leadLoad });
        outer.push({ index: lawyer, start: at.start, end: at.end, load: spec.lawyerLoad });
        placed.push(at);
        t = at.end + 1;
      }
    }
    outer.length = mark;
    return ok ? { placed, tally } : null;
  }

  function toScheduledNeed(job: Job, attempt: Attempt, earliest: number): ScheduledNeed {
    const { need, plan, progress, todo } = job;
    const keptLawyer = progress?.lawyerId !== undefined ? personIndex.get(progress.lawyerId) : undefined;
    const a: Attempt = { ...attempt, lawyer: attempt.lawyer ?? keptLawyer };
    const phases: ScheduledPhase[] = [];
    const specOf = (phase: string) => plan.phases.find((p) => p.phase === phase);
    for (const f of progress?.finished ?? []) {
      const spec = specOf(f.phase);
      phases.push(
        phaseOut(
          f.phase,
          toDayNumber(f.start),
          toDayNumber(f.finish),
          spec?.leadLoad ?? 0,
          spec?.lawyerLoad ?? 0,
          a,
        ),
      );
    }
    todo.forEach((spec, i) => {
      const at = a.placed[i] as { start: number; end: number };
      const start = i === 0 && progress?.current ? toDayNumber(progress.current.start) : at.start;
      phases.push(phaseOut(spec.phase, start, at.end, spec.leadLoad, spec.lawyerLoad, a));
    });
    const signedDay = signedDayOf(job, a);
    const deadline = job.deadline;
    const daysLate = deadline ? Math.max(0, signedDay - toDayNumber(deadline.date)) : 0;
    const lawyerUsed = phases.some((p) => p.lawyerLoad > 0);
    return {
      needId: need.id,
      procedure: plan.procedure,
      leadId: (people[a.lead] as Person).id,
      ...(lawyerUsed && a.lawyer !== undefined ? { lawyerId: (people[a.lawyer] as Person).id } : {}),
      phases,
      start: (phases[0] as ScheduledPhase).start,
      contractSigned: fromDayNumber(signedDay),
      finish: (phases[phases.length - 1] as ScheduledPhase).finish,
      ...(deadline ? { deadline: deadline.date, deadlineSource: deadline.source } : {}),
      daysLate,
      ...(daysLate > 0 ? { delayedBy: explainDelay(job, a, earliest) } : {}),
      priority: job.priority,
      adjustments: plan.adjustments,
      ...(progress ? { frozen: true } : {}),
    };
  }

  function phaseOut(
    phase: ScheduledPhase["phase"],
    start: number,
    end: number,
    leadLoad: number,
    lawyerLoad: number,
    a: Attempt,
  ): ScheduledPhase {
    return {
      phase,
      start: fromDayNumber(start),
      finish: fromDayNumber(end),
      workingDays: calendar.workingDaysIn(start, end),
      leadLoad,
      lawyerLoad: a.lawyer !== undefined ? lawyerLoad : 0,
    };
  }

  function explainDelay(job: Job, a: Attempt, earliest: number): DelayReason {
    const deadline = toDayNumber((job.deadline as Deadline).date);
    const signedBy = (phases: readonly PhaseSpec[], from: number): number => {
      const placed = placeNominal(calendar, phases, from);
      let signed = from - 1;
      phases.forEach((p, i) => {
        if (PHASES.indexOf(p.phase) <= SIGNATURE_INDEX) signed = (placed[i] as { end: number }).end;
      });
      return signed;
    };
    if (signedBy(job.todo, planStartDay) > deadline) {
      const asked = job.progress ? job.todo : job.plan.requested;
      return signedBy(asked, planStartDay) <= deadline && job.plan.adjustments.length > 0
        ? "legal-minimum"
        : "plan-start";
    }
    if (signedBy(job.todo, earliest) > deadline) return "dependency";
    return a.tally.lawyer > a.tally.lead ? "lawyer-capacity" : "lead-capacity";
  }
}

/** What tryLead needs to know of a need's phases to place, computed once per phase list. */
interface TodoShape {
  /** First and last phase with a lawyer load (-1 when none). */
  readonly firstLawyer: number;
  readonly lastLawyer: number;
  readonly restMin: readonly number[];
  readonly lawyerRunBeforeSignature: boolean;
  /** The phases firstLawyer..lastLawyer. */
  readonly run: readonly PhaseSpec[];
}

const phaseOrder = new Map<string, number>(PHASES.map((p, i) => [p, i]));
const shapes = new WeakMap<readonly PhaseSpec[], TodoShape>();

/** The shape of `todo` (cached: the same list is placed again in every dispatch). */
function shapeOf(todo: readonly PhaseSpec[]): TodoShape {
  let shape = shapes.get(todo);
  if (!shape) {
    const firstLawyer = todo.findIndex((p) => p.lawyerLoad > 0);
    let lastLawyer = -1;
    todo.forEach((p, i) => {
      if (p.lawyerLoad > 0) lastLawyer = i;
    });
    shape = {
      firstLawyer,
      lastLawyer,
      restMin: minDaysToSignature(todo),
      lawyerRunBeforeSignature:
        lastLawyer >= 0 && PHASES.indexOf((todo[lastLawyer] as PhaseSpec).phase) <= SIGNATURE_INDEX,
      run: firstLawyer >= 0 ? todo.slice(firstLawyer, lastLawyer + 1) : [],
    };
    shapes.set(todo, shape);
  }
  return shape;
}

/**
 * restMin[i] = fewest calendar days the phases after i need before the contract is signed
 * (a phase of d working or calendar days spans at least d calendar days).
 */
function minDaysToSignature(todo: readonly PhaseSpec[]): number[] {
  const rest = new Array<number>(todo.length).fill(0);
  for (let i = todo.length - 2; i >= 0; i -= 1) {
    const next = todo[i + 1] as PhaseSpec;
    rest[i] = (rest[i + 1] as number) + (PHASES.indexOf(next.phase) <= SIGNATURE_INDEX ? next.days : 0);
  }
  return rest;
}

/**
 * The day a placed need's contract is signed: the end of its last phase up to the signature among
 * the phases placed now, else among those finished before (rolling plan), else `attempt.signed`.
 */
function signedDayOf(job: Pick<Job, "todo" | "progress">, attempt: Pick<Attempt, "signed">): number {
  if (job.todo.some((p) => PHASES.indexOf(p.phase) <= SIGNATURE_INDEX)) return attempt.signed;
  let signed = attempt.signed;
  for (const f of job.progress?.finished ?? []) {
    if (PHASES.indexOf(f.phase) <= SIGNATURE_INDEX) signed = toDayNumber(f.finish);
  }
  return signed;
}

function lastSignedDay(phases: readonly ScheduledPhase[], fallback: number): number {
  let signed = fallback;
  for (const p of phases) if (PHASES.indexOf(p.phase) <= SIGNATURE_INDEX) signed = toDayNumber(p.finish);
  return signed;
}

/** Loads of a finished phase as reported: the lawyer's share only when the need had a lawyer. */
function loadsOf(spec: PhaseSpec, progress: NeedProgress): { leadLoad: number; lawyerLoad: number } {
  return { leadLoad: spec.leadLoad, lawyerLoad: progress.lawyerId !== undefined ? spec.lawyerLoad : 0 };
}

/** The first day a started need's remaining work may take: after its last finished phase and not before the current phase's start. */
function resumeDay(progress: NeedProgress | undefined): number {
  if (!progress) return Number.NEGATIVE_INFINITY;
  let day = Number.NEGATIVE_INFINITY;
  for (const f of progress.finished) day = Math.max(day, toDayNumber(f.finish) + 1);
  if (progress.current) day = Math.max(day, toDayNumber(progress.current.start));
  return day;
}

function validatePeople(people: readonly Person[]): void {
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.id)) throw new RangeError(`Person ${p.id}: listed twice`);
    seen.add(p.id);
    if (!(p.availability >= 0 && p.availability <= 1)) {
      throw new RangeError(`Person ${p.id}: availability must be between 0 and 1`);
    }
  }
}

function indexProgress(request: ScheduleRequest): Map<string, NeedProgress> {
  const byId = new Map<string, NeedProgress>();
  const needIds = new Set(request.needs.map((n) => n.id));
  const roleOf = new Map(request.people.map((p) => [p.id, p.role]));
  for (const p of request.progress ?? []) {
    const where = `Progress of need ${p.needId}`;
    if (!needIds.has(p.needId)) throw new RangeError(`${where}: needId is not among the needs to schedule`);
    if (byId.has(p.needId)) throw new RangeError(`${where}: listed twice`);
    if (roleOf.get(p.leadId) !== "lead")
      throw new RangeError(`${where}: leadId ${p.leadId} is not a procurement lead`);
    if (p.lawyerId !== undefined && roleOf.get(p.lawyerId) !== "lawyer") {
      throw new RangeError(`${where}: lawyerId ${p.lawyerId} is not a lawyer`);
    }
    if (p.current && !(p.current.percentComplete >= 0 && p.current.percentComplete <= 1)) {
      throw new RangeError(`${where}: current.percentComplete must be between 0 and 1`);
    }
    byId.set(p.needId, p);
  }
  return byId;
}

/** The phases a started need still has to do; the current one shrinks to what remains from the re-plan date. */
function remainingPhases(plan: NeedPhasePlan, progress: NeedProgress, asOf: number): PhaseSpec[] {
  const where = `Progress of need ${progress.needId}`;
  const order = (phase: string) => {
    const i = plan.phases.findIndex((p) => p.phase === phase);
    if (i < 0)
      throw new RangeError(`${where}: phase ${phase} is not part of the ${plan.procedure} procedure`);
    return i;
  };
  let after = -1;
  for (const f of progress.finished) {
    const i = order(f.phase);
    if (i <= after) throw new RangeError(`${where}: finished phases must be in phase order (${f.phase})`);
    if (f.finish < f.start) throw new RangeError(`${where}: phase ${f.phase} finishes before it starts`);
    after = i;
  }
  const rest = plan.phases.slice(after + 1);
  const current = progress.current;
  if (!current) return rest;
  if (order(current.phase) !== after + 1) {
    throw new RangeError(`${where}: current phase ${current.phase} must follow the finished phases`);
  }
  const spec = rest[0] as PhaseSpec;
  const startDay = toDayNumber(current.start);
  let days: number;
  if (spec.kind === "calendar-days") days = Math.max(1, startDay + spec.days - Math.max(asOf, startDay));
  else days = Math.max(1, Math.ceil(spec.days * (1 - current.percentComplete) - 1e-9));
  return [{ ...spec, days }, ...rest.slice(1)];
}

/** Kahn's algorithm; throws naming the needs on a dependency cycle. */
function topologicalOrder(jobs: ReadonlyMap<string, Job>): Job[] {
  const indegree = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const job of jobs.values()) {
    indegree.set(job.need.id, job.deps.length);
    for (const d of job.deps) out.set(d, [...(out.get(d) ?? []), job.need.id]);
  }
  const ready = [...jobs.keys()].filter((id) => indegree.get(id) === 0);
  const order: Job[] = [];
  while (ready.length > 0) {
    const id = ready.pop() as string;
    order.push(jobs.get(id) as Job);
    for (const n of out.get(id) ?? []) {
      const left = (indegree.get(n) as number) - 1;
      indegree.set(n, left);
      if (left === 0) ready.push(n);
    }
  }
  if (order.length < jobs.size) {
    const cycle = [...jobs.keys()].filter((id) => (indegree.get(id) as number) > 0).sort();
    throw new RangeError(`Needs ${cycle.join(", ")}: dependsOn forms a cycle`);
  }
  return order;
}

/** Slack = deadline − capacity-free signature, where each need starts after its dependencies' capacity-free finish. */
function computeSlack(order: readonly Job[], calendar: WorkCalendar, planStartDay: number): void {
  const nominalFinish = new Map<string, number>();
  for (const job of order) {
    const earliest = Math.max(planStartDay, ...job.deps.map((d) => (nominalFinish.get(d) as number) + 1));
    const placed = placeNominal(calendar, job.todo, earliest);
    let signed = earliest - 1;
    job.todo.forEach((p, i) => {
      if (PHASES.indexOf(p.phase) <= SIGNATURE_INDEX) signed = (placed[i] as { end: number }).end;
    });
    nominalFinish.set(
      job.need.id,
      placed.length > 0 ? (placed[placed.length - 1] as { end: number }).end : earliest - 1,
    );
    job.span = Math.max(1, signed - earliest + 1);
    job.release = earliest;
    job.work = job.todo.reduce(
      (sum, p) => sum + (PHASES.indexOf(p.phase) <= SIGNATURE_INDEX ? p.leadLoad * p.days : 0),
      0,
    );
    if (job.deadline) job.slack = toDayNumber(job.deadline.date) - signed;
  }
}
