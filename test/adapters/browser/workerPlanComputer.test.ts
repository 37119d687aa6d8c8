/**
 * The plan worker's port and protocol without a browser: the client (createWorkerPlanComputer)
 * talks comlink over a real MessageChannel (structured clone, as postMessage to a Worker) to the
 * worker's side (planWorkerApi over the in-process computer). Checks the result equals the plan
 * computed directly — null-prototype records included —, the phases arrive in order with the
 * intake's needs first, the ranked prioritisation, then the schedule and decisions before the
 * frontier (the page keeps the copies told), and Cancel terminates the worker and starts a fresh one.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { expose, type Endpoint } from "comlink";
import {
  createInProcessPlanComputer,
  PlanCancelledError,
  type PlanComputer,
  type PlanProgress,
} from "../../../src/application/planCompute";
import { runPlan } from "../../../src/application/runPlan";
import { createHighsSolver } from "../../../src/adapters/solver/highsSolver";
import { generateDemoTenant } from "../../../src/demo/demoTenant";
import { planWorkerApi } from "../../../src/adapters/browser/planWorkerProtocol";
import {
  createWorkerPlanComputer,
  PlanWorkerError,
  type PlanWorkerHandle,
} from "../../../src/adapters/browser/workerPlanComputer";
import type { PlanInput } from "../../../src/domain/model/planInput";

/** A "worker" on the other end of a MessageChannel, running `computer`; counts starts and stops. */
function fakeWorkers(computer: () => PlanComputer) {
  const ports: MessagePort[] = [];
  const log = { started: 0, terminated: 0 };
  const spawn = (): PlanWorkerHandle => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(planWorkerApi(computer()), port2 as unknown as Endpoint);
    log.started += 1;
    return {
      endpoint: port1 as unknown as Endpoint,
      terminate: () => {
        log.terminated += 1;
        port1.close();
        port2.close();
      },
    };
  };
  return { spawn, log, close: () => ports.forEach((p) => p.close()) };
}

/**
 * Paths where one tree has a null-prototype record and the other an ordinary object. (Node's
 * MessagePort builds what it receives in Node's own realm, not in Jest's: ordinary prototypes are
 * another realm's, so only "null or not" is compared, and toEqual rather than toStrictEqual.)
 */
function prototypeDifferences(a: unknown, b: unknown, path = "", out: string[] = []): string[] {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return out;
  if ((Object.getPrototypeOf(a) === null) !== (Object.getPrototypeOf(b) === null)) out.push(path || "(root)");
  if (a instanceof Map && b instanceof Map)
    for (const [k, v] of a) prototypeDifferences(v, b.get(k), `${path}<${String(k)}>`, out);
  else
    for (const key of Object.keys(a))
      prototypeDifferences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
        out,
      );
  return out;
}

let input: PlanInput;
beforeAll(() => {
  // The demo tenant's first 120 needs: the whole pipeline (HiGHS included) in a few seconds.
  const demo = generateDemoTenant();
  input = { ...demo, needs: demo.needs.slice(0, 120) };
});

describe("plan worker protocol", () => {
  it("computes the same plan as runPlan, null prototypes and Maps intact, phases in order", async () => {
    const direct = await runPlan(input, { includeSecurityGraded: false, solver: await createHighsSolver() });
    const workers = fakeWorkers(() => createInProcessPlanComputer(() => createHighsSolver()));
    const computer = createWorkerPlanComputer(workers.spawn);
    const progress: PlanProgress[] = [];
    try {
      const result = await computer.compute(
        input,
        { includeSecurityGraded: false, provisional: true },
        { onProgress: (p) => progress.push(p) },
      );
      expect(prototypeDifferences(direct, result)).toEqual([]);
      expect(result).toEqual(direct);
      // The run has null-prototype records (the check above would catch them arriving as plain objects).
      expect(nullPrototypeCount(direct)).toBeGreaterThan(0);
      expect(nullPrototypeCount(result)).toBe(nullPrototypeCount(direct));
      // Each phase's event was posted long before the result (the client stops listening then).
      expect(progress.map((p) => p.phase)).toEqual([
        "intake",
        "prioritisation",
        "selection",
        "schedule",
        "frontier",
      ]);
      // The selection event carries the ranking and selection before the frontier: the final
      // result's section, frontier and other modes aside (which the early one has empty).
      const ranked = progress[2]?.ranked;
      const final = direct.prioritisation;
      expect(final?.result?.frontier.length).toBeGreaterThan(0);
      expect(ranked?.result?.frontier).toEqual([]);
      expect(ranked?.result?.selection.modes).toEqual([]);
      expect(final?.result?.selection.modes.length).toBeGreaterThan(0);
      const finished = { frontier: final?.result?.frontier, selection: final?.result?.selection };
      expect({ ...ranked, result: { ...ranked?.result, ...finished } }).toEqual(final);
      // The frontier event carries the schedule and decisions; the result keeps the copies told.
      const scheduled = progress[4]?.scheduled;
      expect(scheduled).toEqual({ schedule: direct.schedule, decisions: direct.decisions });
      expect(result.schedule).toBe(scheduled?.schedule);
      expect(result.decisions).toBe(scheduled?.decisions);
      expect(result.prioritisation?.result?.ranking).toBe(ranked?.result?.ranking);
      const intake = progress[1]?.intake;
      expect(intake?.needs).toEqual(direct.needs);
      expect(prototypeDifferences(direct.needs, intake?.needs)).toEqual([]);
      // One copy in the page: the result's needs are the intake's, already shown.
      expect(result.needs).toBe(intake?.needs);
      // The demo input is generated in the worker too.
      await expect(computer.demoInput({ seed: 7 })).resolves.toEqual(generateDemoTenant({ seed: 7 }));
      expect(intake?.counts).toEqual(direct.counts);
    } finally {
      computer.dispose();
      workers.close();
    }
  });

  it("cancels in any phase by terminating the worker, and computes again on a fresh one", async () => {
    let hang = true;
    const workers = fakeWorkers(() =>
      createInProcessPlanComputer(() => (hang ? new Promise(() => undefined) : createHighsSolver())),
    );
    const computer = createWorkerPlanComputer(workers.spawn);
    try {
      const abort = new AbortController();
      const phases: string[] = [];
      const running = computer.compute(
        input,
        { includeSecurityGraded: false },
        {
          signal: abort.signal,
          onProgress: (p) => {
            phases.push(p.phase);
            // The solver never loads: cancel while the prioritisation waits for it.
            if (p.phase === "prioritisation") abort.abort();
          },
        },
      );
      await expect(running).rejects.toThrow(PlanCancelledError);
      expect(phases).toContain("prioritisation");
      expect(phases).not.toContain("schedule");
      expect(workers.log).toEqual({ started: 2, terminated: 1 });
      hang = false;
      const again = await computer.compute(input, { includeSecurityGraded: false });
      expect(again.prioritisation?.result?.ranking.length).toBeGreaterThan(0);
      // Aborted before it starts: rejected at once, the worker is left alone.
      const aborted = new AbortController();
      aborted.abort();
      await expect(
        computer.compute(input, { includeSecurityGraded: false }, { signal: aborted.signal }),
      ).rejects.toThrow(PlanCancelledError);
      expect(workers.log.terminated).toBe(1);
    } finally {
      computer.dispose();
      workers.close();
    }
  });

  it("rejects what waits on a worker that crashes, and starts a fresh one", async () => {
    const listeners: ((error: Error) => void)[] = [];
    const workers = fakeWorkers(() => createInProcessPlanComputer(() => new Promise(() => undefined)));
    const computer = createWorkerPlanComputer(() => {
      const handle = workers.spawn();
      return { ...handle, onFailure: (listener) => listeners.push(listener) };
    });
    try {
      const running = computer.compute(input, { includeSecurityGraded: false });
      await new Promise((resolve) => setTimeout(resolve, 20));
      listeners[0]?.(new Error("worker crashed"));
      await expect(running).rejects.toThrow("worker crashed");
      await expect(running).rejects.toMatchObject({ messageKey: "error.worker.failed" });
      expect(workers.log).toEqual({ started: 2, terminated: 1 });
    } finally {
      computer.dispose();
      workers.close();
    }
  });

  it("rejects a demo input still being generated when the worker crashes", async () => {
    const listeners: ((error: Error) => void)[] = [];
    // A worker that never answers: the demo input waits until the crash.
    const { port1, port2 } = new MessageChannel();
    let terminated = 0;
    const computer = createWorkerPlanComputer(() => ({
      endpoint: port1 as unknown as Endpoint,
      terminate: () => (terminated += 1),
      onFailure: (listener) => listeners.push(listener),
    }));
    try {
      const generating = computer.demoInput({ seed: 7 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      listeners[0]?.(new Error("out of memory"));
      await expect(generating).rejects.toThrow(PlanWorkerError);
      await expect(generating).rejects.toMatchObject({
        messageKey: "error.worker.failed",
        messageParams: { detail: "out of memory" },
      });
      expect(terminated).toBe(1);
    } finally {
      computer.dispose();
      port1.close();
      port2.close();
    }
  });
});

/** How many null-prototype objects a tree holds. */
function nullPrototypeCount(value: unknown, seen = new Set<object>()): number {
  if (typeof value !== "object" || value === null || seen.has(value)) return 0;
  seen.add(value);
  const own = Object.getPrototypeOf(value) === null ? 1 : 0;
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  return own + children.reduce((n: number, v) => n + nullPrototypeCount(v, seen), 0);
}
